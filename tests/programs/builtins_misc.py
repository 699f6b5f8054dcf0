# zip and map over several iterables, filter(None), pow with a modulus, round
# to tens, dict merge, tuple repetition and tuple(), strict subsets, flush.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ("Oslo", "Rome", "Lima")
for n, a, c in zip(names, ages, cities):
    print(n, a, c, flush=True)
print(list(zip("ab", [1, 2, 3], [True, False])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 3, 0, 4])))
print(pow(3, 200, 1000), pow(-7, 3, 5), pow(7, 3, -5), pow(2, 10))
for v in [1234, 1250, 1350, -1250, 5]:
    print(v, round(v, -2), round(v, -1), round(v, 1))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print(d1 | d2, d2 | d1, d1)
t = (1, "x")
print(t * 3, t * 0, tuple([4, 5, 6]), tuple(c.upper() for c in "hey"))
small, big = {1, 2}, {1, 2, 3}
print(small < big, big < big, big > small, small <= small, big >= {9})
try:
    print(pow(2, -1, 5), pow(3, -2, 7), pow(2, -1, -5))
    pow(4, -1, 6)
except ValueError as e:
    print("ValueError:", e)
print(pow(5, 3, 0))
