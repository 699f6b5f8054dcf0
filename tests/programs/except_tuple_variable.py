"""`except errs` where errs is a variable holding a tuple of exception
classes: a fixed tuple (module-level or local), a `tuple[type[E], ...]`
parameter of any length (empty: nothing matches), built with `+`, with the
program's own classes and subclasses matching by isinstance; an exception no
item matches goes on to the next handler or out."""

from __future__ import annotations


class AppError(Exception):
    pass


class RetryError(AppError):
    def __init__(self, n: int) -> None:
        super().__init__(f"retry {n}")
        self.n = n


RETRYABLE = (KeyError, RetryError)


def fail(k: int) -> None:
    if k == 0:
        raise KeyError("k")
    if k == 1:
        raise ValueError("v")
    if k == 2:
        raise RetryError(2)
    if k == 3:
        raise AppError("app")
    if k == 4:
        raise IndexError("i")


def fixed(k: int) -> str:
    local = (ValueError, IndexError)
    try:
        fail(k)
    except RETRYABLE as e:
        return f"retryable {type(e).__name__} {e}"
    except local:
        return "local"
    except Exception as e:
        return f"other {type(e).__name__}"
    return "none"


def variadic(k: int, errs: tuple[type[Exception], ...]) -> str:
    try:
        fail(k)
    except errs as e:
        return f"caught {type(e).__name__} {e}"
    except Exception as e:
        return f"missed {type(e).__name__}"
    return "none"


def nested(k: int, outer: tuple[type[Exception], ...], inner: tuple[type[Exception], ...]) -> str:
    try:
        try:
            fail(k)
        except inner:
            return "inner"
        finally:
            print("  finally", k)
    except outer as e:
        return f"outer {e}"
    return "none"


def main() -> None:
    base: tuple[type[Exception], ...] = (KeyError,)
    grown = base + (AppError, LookupError)
    for k in range(6):
        print(k, fixed(k))
        print(k, variadic(k, RETRYABLE), variadic(k, ()), variadic(k, (Exception,)))
        print(k, variadic(k, grown), variadic(k, tuple([ValueError, AppError])))
        print(k, nested(k, (ValueError, LookupError, AppError), (RetryError, IndexError)))
    try:
        variadic_raise = (OSError, ArithmeticError)
        try:
            fail(3)
        except variadic_raise:
            print("wrong")
    except AppError as e:
        print("escaped", e)


main()
