# io.UnsupportedOperation derives from OSError and ValueError (CPython): an
# except ValueError, an except tuple naming ValueError, isinstance and
# issubclass (in __exit__) all see it, with no file system needed.
import io
from types import TracebackType


def attempt(what: str, sio: io.StringIO | io.BytesIO) -> None:
    try:
        if what == "fileno":
            sio.fileno()
        else:
            raise io.UnsupportedOperation(what)
    except ValueError as e:
        print("ValueError caught", type(e).__name__, e, e.args, isinstance(e, OSError))


def kinds(e: Exception) -> list[str]:
    return [name for name, yes in [("ValueError", isinstance(e, ValueError)), ("OSError", isinstance(e, OSError)),
                                   ("UnsupportedOperation", isinstance(e, io.UnsupportedOperation)),
                                   ("KeyError", isinstance(e, KeyError)),
                                   ("either", isinstance(e, (KeyError, ValueError)))] if yes]


class Guard:
    def __enter__(self) -> "Guard":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> bool:
        swallow = t is not None and issubclass(t, ValueError)
        print("exit:", t is not None and issubclass(t, OSError), swallow)
        return swallow


attempt("fileno", io.StringIO("abc"))
attempt("fileno", io.BytesIO(b"abc"))
attempt("custom", io.StringIO())
try:
    io.StringIO().fileno()
except (KeyError, ValueError) as e:
    print("tuple caught", type(e).__name__, kinds(e))
try:
    io.BytesIO().fileno()
except OSError as e:
    print("OSError caught", type(e).__name__, kinds(e))
for exc in [io.UnsupportedOperation("x"), ValueError("v"), OSError("o"), KeyError("k"), TypeError("t")]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError:", type(e).__name__, kinds(e))
    except Exception as e:
        print("other:", type(e).__name__, kinds(e))
with Guard():
    io.StringIO().fileno()
print("after the guard")
try:
    with Guard():
        raise OSError("not swallowed")
except OSError as e:
    print("OSError passed the guard:", e)
