# error: 9:2: @functools.wraps on a module-level function is not supported by unicc
import functools


def base(n: int) -> int:
    return n


@functools.wraps(base)
def alias(n: int) -> int:
    return base(n)


print(alias.__name__)
