# enumerate, zip, reversed, map, filter, range and their combinations.

names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, 1):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
print(list(zip(names, ages)), list(zip(range(3), "abc", [True, False, True])))
print(list(reversed(names)), list(reversed(range(5))), list(enumerate("ab", start=10)))
print(list(map(len, names)), list(map(str.upper, names)), list(map(lambda x: x * 2, ages)))
print(list(filter(lambda a: a > 30, ages)), list(filter(None, [0, 1, 2, 0, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(-3)))
r = range(0, 20, 4)
print(len(r), 8 in r, 9 in r, list(r))
print(dict(zip(names, ages)), dict(enumerate(names)))
total = 0
for idx, (n, a) in enumerate(zip(names, ages)):
    total += idx * a
    print(idx, n, a, total)
for a, b in zip(ages, ages[1:]):
    print("diff", b - a)
print(sum(map(int, "1 2 3 4".split())), max(map(len, names)), sorted(map(abs, [-3, 2, -1])))
evens = filter(lambda v: v % 2 == 0, range(10))
print(list(map(lambda v: v * v, evens)))
print(list(reversed([1, 2, 3])), [x for x in reversed("abc")])
