"""The methods of bytearray: each returns a new bytearray (the bytes
methods applied to a copy) or answers a question about it."""

ba = bytearray(b"  Hello World\tx  ")
print(ba.upper(), ba.lower(), ba.title(), ba.swapcase(), ba.capitalize(), ba.strip(), ba.lstrip(), ba.rstrip(b" x"))
print(ba.center(24, b"."), ba.ljust(20), ba.rjust(20), bytearray(b"-3").zfill(4), ba.removeprefix(b"  "), ba.removesuffix(b"  "))
print(ba.expandtabs(), ba.replace(b"l", b"L", 2), ba.split(), ba.rsplit(None, 1), ba.splitlines(), ba.copy() == ba, ba.copy() is ba, isinstance(ba.upper(), bytearray))
print(ba.startswith(b"  H"), ba.endswith(b"x"), ba.count(b"l"), ba.rfind(b"o"), ba.index(b"o"), ba.rindex(b"o"))
print(ba.isascii(), ba.isalpha(), bytearray(b"12").isdigit(), bytearray(b"a1").isalnum(), bytearray(b" ").isspace(), ba.islower(), ba.isupper(), ba.istitle())
print(b"a,b,,c".rsplit(b","), b"a,b,,c".rsplit(b",", 2), b"  a b  c ".rsplit(), b" a b c".rsplit(maxsplit=1))
try:
    ba.center(30, b"ab")
except TypeError as e:
    print(e)
try:
    b"a".rsplit(b"")
except ValueError as e:
    print(e)
for sample in (bytearray(), bytearray(b"abc"), bytearray(b"A b\tC\r\nd"), bytearray(b"\x00\xff")):
    print(sample.upper(), sample.title(), sample.splitlines(True), sample.isascii(), sample.isalpha(), sample.istitle(), sample.expandtabs(2))
    c = sample.copy()
    c.append(33)
    print(sample, c)
pad = bytearray(b"abcabc")
print(pad.index(b"c"), pad.rindex(bytearray(b"c")), b"xabc".removeprefix(bytearray(b"xa")), pad.center(10, b"-"))
hexed = bytearray.fromhex("61 62 0a")
print(hexed, hexed.partition(b"b"), hexed.rpartition(b"z"))
hexed.remove(98)
print(hexed)
try:
    hexed.remove(120)
except ValueError as e:
    print("ValueError", e)
