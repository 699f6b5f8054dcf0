# error: 4:14: (items stored differently) is not supported by unicc
sa: set[int] = {1, 2}
sb: set[float] = {1.5, 2.0}
print(sorted(sa | sb))
