"""CPython's `operator` for compiled programs (under CPython its own module
runs): the functions of Python's operators, to pass to map, sorted, reduce.

typeshed types most of them with Any; here each is an @overload of the
types it works on (int, float, and str where the operator takes strs), so
that mypy knows the result: `operator.add(1, 2)` is an int.  The
implementation takes objects and lets their types decide, as CPython's
operators do.  itemgetter, attrgetter and methodcaller are the compiler's where what
they are given is known (irbuild/getters.py: key= of sorted, list.sort,
min and max, map, filter, and a call at once).
"""

from __future__ import annotations

import builtins
from typing import Any, overload

@overload
def add(a: int, b: int, /) -> int: ...
@overload
def add(a: float, b: float, /) -> float: ...
@overload
def add(a: str, b: str, /) -> str: ...
def add(a: object, b: object, /) -> object:
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a + b
    if isinstance(a, str) and isinstance(b, str):
        return a + b
    raise TypeError("unsupported operand type(s) for +")


@overload
def sub(a: int, b: int, /) -> int: ...
@overload
def sub(a: float, b: float, /) -> float: ...
def sub(a: object, b: object, /) -> object:
    if isinstance(a, int) and isinstance(b, int):
        return a - b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a - b
    raise TypeError("unsupported operand type(s) for -")


@overload
def mul(a: int, b: int, /) -> int: ...
@overload
def mul(a: float, b: float, /) -> float: ...
def mul(a: object, b: object, /) -> object:
    if isinstance(a, int) and isinstance(b, int):
        return a * b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a * b
    raise TypeError("unsupported operand type(s) for *")


@overload
def truediv(a: int, b: int, /) -> float: ...
@overload
def truediv(a: float, b: float, /) -> float: ...
def truediv(a: object, b: object, /) -> object:
    if isinstance(a, int) and isinstance(b, int):
        return a / b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a / b
    raise TypeError("unsupported operand type(s) for /")


@overload
def floordiv(a: int, b: int, /) -> int: ...
@overload
def floordiv(a: float, b: float, /) -> float: ...
def floordiv(a: object, b: object, /) -> object:
    if isinstance(a, int) and isinstance(b, int):
        return a // b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a // b
    raise TypeError("unsupported operand type(s) for //")


@overload
def mod(a: int, b: int, /) -> int: ...
@overload
def mod(a: float, b: float, /) -> float: ...
def mod(a: object, b: object, /) -> object:
    if isinstance(a, int) and isinstance(b, int):
        return a % b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a % b
    raise TypeError("unsupported operand type(s) for %")


@overload
def and_(a: bool, b: bool, /) -> bool: ...
@overload
def and_(a: int, b: int, /) -> int: ...
@overload
def and_(a: float, b: float, /) -> float: ...
def and_(a: object, b: object, /) -> object:
    if isinstance(a, bool) and isinstance(b, bool):
        return a & b
    if isinstance(a, int) and isinstance(b, int):
        return a & b
    raise TypeError("unsupported operand type(s) for &")


@overload
def or_(a: bool, b: bool, /) -> bool: ...
@overload
def or_(a: int, b: int, /) -> int: ...
@overload
def or_(a: float, b: float, /) -> float: ...
def or_(a: object, b: object, /) -> object:
    if isinstance(a, bool) and isinstance(b, bool):
        return a | b
    if isinstance(a, int) and isinstance(b, int):
        return a | b
    raise TypeError("unsupported operand type(s) for |")


@overload
def xor(a: bool, b: bool, /) -> bool: ...
@overload
def xor(a: int, b: int, /) -> int: ...
@overload
def xor(a: float, b: float, /) -> float: ...
def xor(a: object, b: object, /) -> object:
    if isinstance(a, bool) and isinstance(b, bool):
        return a ^ b
    if isinstance(a, int) and isinstance(b, int):
        return a ^ b
    raise TypeError("unsupported operand type(s) for ^")


@overload
def lt(a: int, b: int, /) -> bool: ...
@overload
def lt(a: float, b: float, /) -> bool: ...
@overload
def lt(a: str, b: str, /) -> bool: ...
def lt(a: object, b: object, /) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return a < b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a < b
    if isinstance(a, str) and isinstance(b, str):
        return a < b
    raise TypeError("'<' not supported")


@overload
def le(a: int, b: int, /) -> bool: ...
@overload
def le(a: float, b: float, /) -> bool: ...
@overload
def le(a: str, b: str, /) -> bool: ...
def le(a: object, b: object, /) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return a <= b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a <= b
    if isinstance(a, str) and isinstance(b, str):
        return a <= b
    raise TypeError("'<=' not supported")


@overload
def gt(a: int, b: int, /) -> bool: ...
@overload
def gt(a: float, b: float, /) -> bool: ...
@overload
def gt(a: str, b: str, /) -> bool: ...
def gt(a: object, b: object, /) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return a > b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a > b
    if isinstance(a, str) and isinstance(b, str):
        return a > b
    raise TypeError("'>' not supported")


@overload
def ge(a: int, b: int, /) -> bool: ...
@overload
def ge(a: float, b: float, /) -> bool: ...
@overload
def ge(a: str, b: str, /) -> bool: ...
def ge(a: object, b: object, /) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return a >= b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a >= b
    if isinstance(a, str) and isinstance(b, str):
        return a >= b
    raise TypeError("'>=' not supported")


@overload
def neg(a: int, /) -> int: ...
@overload
def neg(a: float, /) -> float: ...
def neg(a: object, /) -> object:
    if isinstance(a, int):
        return -a
    if isinstance(a, float):
        return -a
    raise TypeError("bad operand type for neg()")


@overload
def pos(a: int, /) -> int: ...
@overload
def pos(a: float, /) -> float: ...
def pos(a: object, /) -> object:
    if isinstance(a, int):
        return +a
    if isinstance(a, float):
        return +a
    raise TypeError("bad operand type for pos()")


@overload
def abs(a: int, /) -> int: ...
@overload
def abs(a: float, /) -> float: ...
def abs(a: object, /) -> object:
    if isinstance(a, int):
        return builtins.abs(a)
    if isinstance(a, float):
        return builtins.abs(a)
    raise TypeError("bad operand type for abs()")


def eq(a: object, b: object, /) -> bool:
    return a == b


def ne(a: object, b: object, /) -> bool:
    return a != b


def not_(a: object, /) -> bool:
    return not a


def truth(a: object, /) -> bool:
    return bool(a)


def is_(a: object, b: object, /) -> bool:
    return a is b


def is_not(a: object, b: object, /) -> bool:
    return a is not b


def index(a: int, /) -> int:
    return a


def invert(a: int, /) -> int:
    return ~a


inv = invert


def lshift(a: int, b: int, /) -> int:
    return a << b


def rshift(a: int, b: int, /) -> int:
    return a >> b


class itemgetter:
    """itemgetter(item, ...): declared for mypy (typeshed's types); calls of it
    are the compiler's."""

    def __init__(self, item: object, /, *items: object) -> None:
        raise NotImplementedError

    def __call__(self, obj: object, /) -> Any:
        raise NotImplementedError


class attrgetter:
    def __init__(self, attr: str, /, *attrs: str) -> None:
        raise NotImplementedError

    def __call__(self, obj: object, /) -> Any:
        raise NotImplementedError


class methodcaller:
    def __init__(self, name: str, /, *args: object, **kwargs: object) -> None:
        raise NotImplementedError

    def __call__(self, obj: object) -> Any:
        raise NotImplementedError
