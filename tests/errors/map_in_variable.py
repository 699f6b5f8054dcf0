# error: 6:10: map() results held in variables are not supported by unicc
def double(x: int) -> int:
    return 2 * x

doubled = map(double, [1, 2, 3])
for x in doubled:
    print(x)
