"""raise ... from e / from None / from a class: __cause__, __context__ and
__suppress_context__; an exception raised (by a raise or by a call) inside an
except block or a finally block running for an exception takes it as
__context__; the uncaught chain ends with the last exception."""


class AppError(Exception):
    pass


def parse(s: str) -> int:
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad {s!r}") from e


def quiet(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        raise AppError("quiet") from None


try:
    parse("x")
except AppError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    quiet("x")
except AppError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    finally:
        print("fin")
        x = [1][2]
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("t")
        except TypeError:
            raise ValueError("v")
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else "")
try:
    raise RuntimeError("r") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise
except KeyError as e:
    print(repr(e), e.__context__)
e2 = ValueError("plain")
print(e2.__cause__, e2.__context__, e2.__suppress_context__)


def convert(xs: list[str]) -> list[int]:
    out: list[int] = []
    for x in xs:
        try:
            out.append(int(x))
        except ValueError:
            out.append(len(x) // 0 if x == "boom" else -1)
    return out


print(convert(["1", "a", "3"]))
try:
    convert(["boom"])
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        {"k": 1}["j"]
    except KeyError as ke:
        raise LookupError("wrapped", ke.args[0]) from ke
except LookupError as e:
    print(e, e.args, repr(e.__cause__), e.__cause__ is e.__context__)
parse("zz")
