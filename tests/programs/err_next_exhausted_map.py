# next() on an exhausted map() object raises StopIteration; uncaught, it ends the program.

doubled = map(lambda x: 2 * x, [1, 2])
print(next(doubled), next(doubled))
print(next(doubled))
print("not reached")
