# error: 4:11: *args


def total(*args: int) -> int:
    return sum(args)


print(total(1, 2, 3))
