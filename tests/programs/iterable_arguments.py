"""Builtins and methods given every kind of iterable: str.join, bytes.join,
list.extend, set.update, dict.update, reversed() of tuples and bytes (each
crashed when given other than a list)."""

print("-".join({"a"}), "-".join(("a", "b")), "-".join({"k": 1, "j": 2}), "-".join(x for x in "ab"), "-".join(sorted({"z", "y"})))
xs = [1]
xs.extend({2})
xs.extend({3: "a"})
xs.extend((4, 5))
xs.extend(range(6, 8))
xs.extend(x for x in [8])
print(xs)
cs = ["a"]
cs.extend("bc")
print(cs)
ba = bytearray(b"a")
ba.extend([98, 99])
ba.extend(b"d")
ba.extend(bytearray(b"e"))
ba.extend(x for x in [102])
ba.extend((103,))
print(ba)
print(b"-".join((b"a", b"b")), b"-".join([bytearray(b"x"), b"y"]))
s = {1}
s.update((2, 3), [4], range(5, 6), {6: 0})
print(s)
chars = set("hello")
print(sorted(chars))
d = {"a": 1}
d.update([("b", 2)])
d.update(zip(["c"], [3]))
d.update({"d": 4}.items())
print(d)
print(list({"x": 1, "y": 2}), tuple({3, 4}), sorted({5: 0, 1: 0}), min({4, 2}), max("hello"), sum({1: 0, 2: 0}))
print("abc".startswith(("x", "a")), "abc".endswith(("c",)))
print(list(zip({1: "a"}, (2,), "s")), list(enumerate({7})), [x for x in {"k": 0}.values()])
print(any({0: 1}), all((1, 2)), list(map(str, {1, 2})), list(filter(None, (0, 1, 2))), list(reversed((1, 2, 3))))

t = (1, 2, 3)
print(list(reversed(t)))
for x in reversed(t):
    print(x)
print(list(reversed("abc")), list(reversed(b"ab")), list(reversed(range(3))), list(reversed([1, 2])))
d = {"a": 1, "b": 2}
print(list(reversed(d)))
v: tuple[int, ...] = (4, 5)
print(list(reversed(v)), [x for x in reversed(v)])

t2 = (1, 2, 3)
r = reversed(t2)
print(next(r), list(r))
rb = reversed(b"xyz")
print(next(rb), list(rb))
print(list(zip(reversed(t), reversed(b"ab"))), list(enumerate(reversed("ab"))), sorted(reversed(t)), sum(reversed(t)), max(reversed(b"az")))
print(tuple(reversed(t)), set(reversed(t)), ",".join(reversed(("a", "b"))), list(map(str, reversed(t))))
fl: list[float] = [0.5]
fl.extend([1, 2])
fl.extend({3})
print(len(fl), sum(fl), fl[0])  # the ints themselves print as 1.0 in unicc: docs/conformance.md

# a dict of ints into a dict[str, float]: item by item, each int a float
df: dict[str, float] = {"a": 0.5}
di: dict[str, int] = {"b": 2}
df.update(di)
d2: dict[str, float] = dict(di)
print(len(df), sum(df.values()), sum(d2.values()) == 2.0)
