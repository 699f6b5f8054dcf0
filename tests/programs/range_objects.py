# range objects as values: len, indexing, slicing, in, index, count, ==, hash, repr, iter().

rs = [range(5), range(2, 9), range(10, 0, -3), range(0), range(5, 5), range(-4, 4, 3), range(3, -9, -4)]
for r in rs:
    print(r, len(r), list(r), 0 in r, -1 in r, r.count(2), bool(r), list(reversed(r)))
r = range(100, 0, -7)
print(r[0], r[-1], r[3], r[1:4], r[::-1], r[::2], r[-3:], r[5:1:-2], list(r[10:2]))
print(r.start, r.stop, r.step, r[2:].start, range(7).step)
print(r.index(86), r.count(93), r.count(94), 2.0 in range(3), 93 in r, 92 in r)
print(range(0) == range(5, 5), range(1, 2) == range(1, 3, 7), range(0, 6, 2) == range(0, 5, 2), range(3) != range(4))
print(hash(range(0, 6, 2)) == hash(range(0, 5, 2)), {range(3): "a"}[range(0, 3)])
it = iter(range(3))
print(next(it), list(it), next(it, -1), sum(range(1, 11)), max(range(4)), sorted(range(3, 0, -1)))
big = range(0, 2 ** 62, 2 ** 60)
print(len(big), big[-1], list(big), 2 ** 61 in big)
pairs = list(zip(range(3), range(10, 20)))
print(pairs, dict(zip("abc", range(3))), set(range(4)), tuple(range(2)), [x * 2 for x in range(3)])
try:
    print(r[100])
except IndexError as e:
    print("IndexError", e)
try:
    print(r.index(5))
except ValueError as e:
    print("ValueError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
