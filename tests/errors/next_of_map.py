# error: 6:7: next() of a map() result is not supported by unicc
def double(x: int) -> int:
    return 2 * x

doubled = map(double, [1, 2, 3])
print(next(doubled))
