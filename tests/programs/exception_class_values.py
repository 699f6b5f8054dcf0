"""Exception classes as values: in tuples and variables, called to make
exceptions (builtin and the program's own, with and without __init__),
raised bare, caught through a tuple variable, given to issubclass, their
__name__ and __qualname__."""


class AppError(Exception):
    pass


class RetryError(AppError):
    def __init__(self, what: str, tries: int = 3) -> None:
        super().__init__(f"{what} after {tries} tries")
        self.tries = tries


class Quiet(RetryError):
    pass


RETRYABLE = (ConnectionResetError, BrokenPipeError, TimeoutError)


def fail(cls: type[Exception], msg: str) -> None:
    raise cls(msg)


def attempt(n: int) -> str:
    kinds = (ConnectionResetError, BrokenPipeError, ValueError)
    try:
        raise kinds[n % 3](f"attempt {n}")
    except RETRYABLE as e:
        return f"retry {type(e).__name__}: {e}"
    except Exception as e:
        return f"give up {type(e).__name__}: {e}"


for cls in (ConnectionResetError, BrokenPipeError, KeyError, AppError, RetryError):
    try:
        raise cls("x")
    except OSError as e:
        print("OSError", type(e).__name__, e, e.args, isinstance(e, ConnectionError))
    except Exception as e:
        print("other", type(e).__name__, e, e.args, isinstance(e, AppError))

kind: type[Exception] = ValueError
try:
    raise kind("m")
except ValueError as e:
    print(type(e).__name__, e)
kind = RetryError
try:
    raise kind("connect")
except AppError as e:
    print(type(e).__name__, e, isinstance(e, RetryError))

for n in range(4):
    print(attempt(n))

errs: list[type[Exception]] = [ZeroDivisionError, AppError, Quiet, IndexError, LookupError]
for c in errs:
    print(c.__name__, c.__qualname__, c.__module__ == __name__ or c.__module__,
          issubclass(c, OSError), issubclass(c, (LookupError, AppError)), issubclass(c, Exception),
          c is AppError, c == IndexError)
    try:
        fail(c, "boom")
    except (LookupError, RetryError) as e:
        print("caught", type(e).__name__, e)
    except Exception as e:
        print("late", type(e).__name__, e)

bare: type[BaseException] = KeyboardInterrupt
try:
    raise bare
except KeyboardInterrupt as e:
    print("bare", type(e).__name__, repr(e), e.args)

one = TimeoutError
try:
    raise one("slow", "very")
except one as e:
    print(type(e).__name__, e.args)

multi = (AppError, KeyError)
for c2 in (AppError, KeyError, ValueError):
    try:
        try:
            raise c2()
        except multi as e:
            print("multi", type(e).__name__, repr(e))
    except ValueError as e:
        print("escaped", type(e).__name__)

print(ValueError.__name__, KeyError.__qualname__, OSError.__module__, AppError.__name__, Quiet.__qualname__)
shown: type[Exception] = Quiet
print(shown, ValueError, f"[{shown!r:>40}]", str(KeyError), hash(shown) == hash(Quiet))
by_name: dict[str, type[Exception]] = {"value": ValueError, "app": AppError}
for name, c3 in sorted(by_name.items()):
    print(name, c3.__name__, c3 is by_name[name], issubclass(c3, AppError))
pool = [ValueError, KeyError, AppError]
print(max(pool, key=lambda c: c.__name__), min(pool, key=lambda c: c.__name__).__name__)
print(shown in RETRYABLE, BrokenPipeError in RETRYABLE, TimeoutError not in RETRYABLE)
