# error: 9:7: *nums in the call of add3: *args/**kwargs in calls are not supported


def add3(a: int, b: int, *, c: int) -> int:
    return a + b + c


nums = [1, 2]
print(add3(*nums, c=3))
