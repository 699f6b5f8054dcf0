# dict creation, lookup, assignment, deletion, in, len, iteration order, printing.

ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages["ann"] = 32
print(ages, len(ages), ages["bob"], "cy" in ages, "dan" in ages, "dan" not in ages)
del ages["bob"]
print(ages)
ages["bob"] = 26
print(ages, list(ages), list(ages.keys()), list(ages.values()), list(ages.items()))
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(f"{name:>4} -> {age}")
squares = {i: i * i for i in range(6)}
print(squares, squares[5], sum(squares.values()))
inv = {v: k for k, v in squares.items()}
print(inv)
empty: dict[str, list[int]] = {}
print(empty, len(empty), bool(empty))
empty["a"] = []
empty["a"].append(1)
empty["a"].append(2)
empty.setdefault("b", []).append(3)
empty.setdefault("a", []).append(4)
print(empty)
d2 = dict(ages)
d2["zed"] = 1
print(ages == d2, len(d2), d2)
print({1: "one", 2: "two"} == {2: "two", 1: "one"}, {1: 1} != {1: 2})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"])
counts: dict[str, int] = {}
for w in "to be or not to be that is".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=lambda k: counts[k]))
tk = {(1, "a"): 1, (2, "b"): 2}
print(tk, tk[(2, "b")], (1, "a") in tk, (1, "b") in tk)
