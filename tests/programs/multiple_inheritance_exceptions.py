"""Exception classes with several bases: an exception first, then builtin
exceptions (`except KeyError` catches it) and plain mixins; uncaught, it ends
the program as CPython does."""

class AppError(Exception):
    def __init__(self, msg: str, code: int = 1) -> None:
        super().__init__(msg)
        self.code = code


class Tagged:
    def tag(self) -> str:
        return f"[{type(self).__name__}]"


class NotFound(AppError, KeyError, Tagged):
    pass


class BadValue(ValueError, Tagged):
    def __init__(self, what: str) -> None:
        super().__init__(what, len(what))
        self.what = what


def fail(k: int) -> None:
    if k == 0:
        raise NotFound("no such key", 404)
    if k == 1:
        raise BadValue("oops")
    raise AppError("plain")


for k in range(3):
    try:
        fail(k)
    except KeyError as e:
        print("KeyError", repr(e), str(e), e.args, isinstance(e, AppError), isinstance(e, Tagged))
        if isinstance(e, NotFound):
            print(e.code, e.tag())
    except ValueError as e:
        print("ValueError", repr(e), e.args, isinstance(e, Tagged))
        if isinstance(e, BadValue):
            print(e.what, e.tag())
    except AppError as e:
        print("AppError", e, e.code)
try:
    fail(0)
except LookupError as e:
    print("LookupError", e)
fail(0)
