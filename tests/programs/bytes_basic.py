# bytes literals, indexing (ints), slicing, len, +, *, comparison and repr.

b = b"hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[5], b[1:4], b[::-1], b[::2])
print(b"abc" + b"def", b"ab" * 3, b"" + b"x", bytes(3), bytes([65, 66, 67]))
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" < b"\x00")
print(b"\x00\x01 \x7f\x80 \\ ' \" \t\r", repr(b"it's"), repr(b'"q"'), repr(b"'both\""))
print(list(b"AZaz"), [x for x in b"\x01\x02\x03"], sum(b"\x01\x02\x03"))
for i, x in enumerate(b"hi!"):
    print(i, x, chr(x))
print(b"a" in b"cat", b"at" in b"cat", 97 in b"cat", 120 in b"cat")
print(b"one two  three".split(), b"a,b,c".split(b","), b"-".join([b"x", b"y", b"z"]))
print(b"  pad  ".strip(), b"Hello".upper(), b"Hello".lower(), b"hello".replace(b"l", b"L"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"))
print(b"hello".endswith(b"lo"), b"abc".find(b"z"), bytes(b"copy"), bytes("text", "utf-8"))
data = bytes(range(0, 256, 17))
print(data, len(data), data[3], max(data), min(data))
print(b"%" + b"\x25", bytes([0x7e, 0x7f, 0x80]), b"\xe2\x82\xac".decode())
