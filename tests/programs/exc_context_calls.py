# An exception raised and caught inside a function called from an except block
# takes the exception being handled there as its __context__ (CPython's
# exc_info), however deep the call, and only while that block runs.

def inner() -> str:
    try:
        raise KeyError("k")
    except KeyError as e:
        return repr(e.__context__)


def deeper() -> str:
    return inner()


def clean() -> str:
    try:
        raise ValueError("v")
    except ValueError as e:
        return repr(e.__context__)


try:
    raise RuntimeError("outer")
except RuntimeError:
    print(inner(), deeper())
    try:
        raise OSError("mid")
    except OSError:
        print(inner())
    print(inner())
print(clean(), inner())
for i in range(3):
    try:
        raise IndexError(i)
    except IndexError:
        if i == 1:
            continue
        print(i, inner())
        if i == 2:
            break
print(clean())


class Boom(Exception):
    pass


def handler_calls() -> None:
    table: dict[str, int] = {}
    try:
        table["missing"]
    except KeyError:
        try:
            deeper_raise()
        except Boom as b:
            print("boom context:", repr(b.__context__))


def deeper_raise() -> None:
    try:
        raise ZeroDivisionError("inner")
    except ZeroDivisionError as z:
        print("inner context:", repr(z.__context__))
        raise Boom("from inner")


handler_calls()
print(clean())
