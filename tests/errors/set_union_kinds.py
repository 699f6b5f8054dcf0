# error: 4:14: set.union() making a set[int | float] from a set[int] is not supported
a = {1, 2}
b = {2.5}
print(sorted(a.union(b)))
