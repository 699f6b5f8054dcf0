# error: 4:26: Expected `:`


def twice(x: int) -> int
    return 2 * x


print(twice(3))
