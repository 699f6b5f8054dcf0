# range with one, two and three arguments, negative steps, len and membership.

for args in [(5,), (2, 8), (0, 10, 3), (10, 0, -1), (10, 0, -3), (-5, 5, 2), (3, 3), (5, 1)]:
    if len(args) == 1:
        r = range(args[0])
    elif len(args) == 2:
        r = range(args[0], args[1])
    else:
        r = range(args[0], args[1], args[2])
    print(args, list(r), len(r), 4 in r, sum(r))
r = range(100, 0, -7)
print(len(r), list(r)[:4], list(r)[-2:], 93 in r, 94 in r)
print(list(range(0, -10, -2)), list(reversed(range(4))))
acc: list[tuple[int, int]] = []
for i in range(3):
    for j in range(i, 3):
        acc.append((i, j))
print(acc)
n = 0
for _ in range(1000):
    n += 1
print(n, sum(range(1, 101)), max(range(7)), min(range(3, 9)))
print(list(range(3)), sum(range(1, 9, 2)), [i * i for i in range(0, 4)])
