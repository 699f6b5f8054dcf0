# error: 11:16: a @cache function as a value ('double') is not supported by unicc
from functools import cache


@cache
def double(n: int) -> int:
    return 2 * n


print(double(2))
print(list(map(double, [1, 2])))
