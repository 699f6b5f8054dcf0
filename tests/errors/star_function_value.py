# error: 9:25: using 'total', a function with *args or **kwargs, as a value is not supported
from typing import Callable


def total(*nums: int) -> int:
    return sum(nums)


f: Callable[..., int] = total
print(f(1, 2))
