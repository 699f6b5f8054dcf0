# error: 17:13: g, with 2 parameters, where a Callable with 1 is declared (its defaults filling the others) is not supported by unicc; name the function itself there
# A function value held in a variable does not carry its defaults, so it
# cannot be adapted to a Callable with fewer parameters (this crashed);
# `apply(greet, "a")` names the function and works.
from typing import Callable


def greet(name: str, punct: str = "!") -> str:
    return "hi " + name + punct


def apply(f: Callable[[str], str], x: str) -> str:
    return f(x)


g = greet
print(apply(g, "a"))
