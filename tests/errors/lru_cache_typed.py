# error: 5:2: lru_cache(typed=True) is not supported by unicc
from functools import lru_cache


@lru_cache(maxsize=8, typed=True)
def double(n: int) -> int:
    return 2 * n


print(double(2))
