# error: 9:7: *args


def add3(a: int, b: int, c: int) -> int:
    return a + b + c


nums = [1, 2, 3]
print(add3(*nums))
