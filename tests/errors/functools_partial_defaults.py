# error: 9:5: functools.partial() leaving parameters with defaults is not supported by unicc
import functools


def greet(name: str, punct: str = "!") -> str:
    return name + punct


p = functools.partial(greet, "bob")
print(p())
