# error: 2:1: mypy_extensions.i64 (mypyc's native integer type) is not supported by unicc
from mypy_extensions import i64


def digit(n: i64) -> str:
    return chr(ord("0") + n)


print(digit(3))
