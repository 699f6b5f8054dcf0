"""Joining containers whose items are stored otherwise: ints boxed into a
set[object], list[object] or dict[str, object] result; set[int] - set[object]
computed on objects, the result stored as ints again."""
si = {1, 2, 3}
so: set[object] = {2, "x", 3.0}
print(sorted(si - so), sorted(map(str, si | so)), sorted(map(str, si ^ so)))
li = [1, 2]
lo: list[object] = ["a", None]
print(li + lo, lo + li)
di = {"a": 1}
do: dict[str, object] = {"b": "x"}
print(di | do, do | di)
fs = {1.0, 2.5}

