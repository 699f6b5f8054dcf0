"""A nested function defined in both branches of an if: the name is bound to
the function of the branch that ran."""
from typing import Callable


def pick(flag: bool, n: int) -> int:
    if flag:
        def f(x: int) -> int:
            return x + n
    else:
        def f(x: int) -> int:
            return x * n
    return f(10)


def maker(kind: str) -> Callable[[int], str]:
    if kind == "hex":
        def fmt(x: int) -> str:
            return hex(x)
    elif kind == "bin":
        def fmt(x: int) -> str:
            return bin(x)
    else:
        def fmt(x: int) -> str:
            return str(x)
    return fmt


print(pick(True, 3), pick(False, 3))
print([maker(k)(10) for k in ("hex", "bin", "dec")])
