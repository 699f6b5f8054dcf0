# error: 10:7: giving c= again to a functools.partial that fixed it is not supported by unicc
import functools


def join3(a: int, b: int, c: str) -> str:
    return f"{a}+{b}{c}"


q = functools.partial(join3, c="?")
print(q(1, 2, c="!"))
