# dict methods: get, pop, popitem, setdefault, update, copy, clear, keys/values/items.

d: dict[str, int] = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", -1), d.pop("b"), d.pop("z", 0), d)
d.update({"d": 4, "a": 10})
print(d)
d.update([("e", 5)])
print(d, d.popitem(), d)
print(d.setdefault("a", 99), d.setdefault("f", 6), d)
c = d.copy()
c["a"] = -1
print(d, c)
print(list(d.keys()), list(d.values()), list(d.items()), len(d.items()))
print(sorted(d), sorted(d.values(), reverse=True), sum(d.values()), "a" in d.keys(), 6 in d.values())
merged = d | {"g": 7}
print(merged, d | {"h": 8})
d.clear()
print(d, len(d))
for k, v in sorted(c.items(), key=lambda kv: kv[1]):
    print(k, v)
keys = list(c)
for k in keys:
    if c[k] % 2 == 0:
        del c[k]
print(c)
order: dict[str, int] = {}
for k in ["z", "y", "x", "y", "z"]:
    order[k] = len(order)
print(order, list(reversed(order)))
