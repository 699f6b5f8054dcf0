# error: 9:9: functools.singledispatch() is not supported by unicc
import functools


def show(x: object) -> str:
    return "object"


show2 = functools.singledispatch(show)
print(show2(1))
