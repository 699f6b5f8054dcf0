"""del of slices on bytearray and list, plain and extended, every sign of
start, stop and step, against CPython (a step of 0 raises ValueError)."""

SIZES = (0, 1, 5, 8)
BOUNDS = (-10, -6, -3, -1, 0, 1, 2, 4, 5, 7, 12)
STEPS = (1, 2, 3, -1, -2, -4, 9, -9)

total = 0
for n in SIZES:
    for a in BOUNDS:
        for c in BOUNDS:
            for k in STEPS:
                ba = bytearray(range(65, 65 + n))
                del ba[a:c:k]
                xs = list(range(n))
                del xs[a:c:k]
                total += len(ba) * 7 + sum(ba) + len(xs) * 3 + sum(xs)
                if n == 8 and a in (-3, 1) and c in (-1, 7):
                    print(n, a, c, k, ba, xs)
            ba = bytearray(b"abcdefgh"[:n])
            del ba[a:c]
            cs = list("abcdefgh"[:n])
            del cs[a:c]
            total += len(ba) + len(cs)
            if n == 5:
                print(n, a, c, bytes(ba), "".join(cs))
print("total", total)

ba = bytearray(b"0123456789")
del ba[::2]
print(ba)
del ba[::-1]
print(ba)
ba = bytearray(b"0123456789")
del ba[1::3]
print(ba)
del ba[:-2]
print(ba)
ba = bytearray(b"0123456789")
del ba[-3:]
print(ba)
del ba[:]
print(ba, len(ba))
ba.extend(b"again")
del ba[2:2]
print(ba)
ba = bytearray(b"hello world")
del ba[5], ba[0:1]
print(ba)
ba = bytearray(b"xyz" * 300)
del ba[10:-10]
print(ba, len(ba))
ba = bytearray(b"xyz" * 300)
del ba[::-7]
print(len(ba), bytes(ba[:20]))
ba.append(33)
print(ba[-3:])

xs = list(range(20))
del xs[::3]
print(xs)
del xs[::-2]
print(xs)
del xs[-2:1:-3]
print(xs)
ys = ["a", "b", "c", "d"]
del ys[1:3], ys[0]
print(ys)

for step in (0,):
    b2 = bytearray(b"abc")
    try:
        del b2[::step]
    except ValueError as e:
        print(type(e).__name__, e)
    l2 = [1, 2, 3]
    try:
        del l2[1:2:step]
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b3 = bytearray(b"abc")
    del b3[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l3 = [1]
    del l3[-2]
except IndexError as e:
    print(type(e).__name__, e)
