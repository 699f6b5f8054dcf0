"""Exceptions dispatched through user hierarchies, thrown into generators,
raised in lambdas, properties, constructors, comprehensions and recursion,
BaseException subclasses, a stored exception raised twice, __str__ overrides;
the last one is uncaught."""

from typing import Callable, Generator


class AppError(Exception):
    pass


class NetError(AppError):
    def __init__(self, host: str, code: int) -> None:
        super().__init__(f"{host}: {code}")
        self.host = host
        self.code = code


class Timeout(NetError):
    pass


class Loud(Exception):
    def __str__(self) -> str:
        return "LOUD"


def classify(e: Exception) -> str:
    try:
        raise e
    except Timeout as t:
        return f"timeout {t.host} {t.code} {t}"
    except NetError as n:
        return f"net {n} {n.args}"
    except AppError as a:
        return f"app {a!r}"
    except Exception as x:
        return f"other {x!r} [{x}]"


print(classify(Timeout("h", 1)))
print(classify(NetError("n", 2)))
print(classify(AppError()))
print(classify(Loud("ignored")))
print(classify(ZeroDivisionError("z")))


def gen() -> Generator[int, None, str]:
    try:
        yield 1
        try:
            yield 2
        except ValueError as e:
            print("gen caught", e)
            yield 3
        return "done"
    finally:
        print("gen finally")


g = gen()
print(next(g), next(g))
print(g.throw(ValueError("thrown")))
try:
    next(g)
except StopIteration as s:
    print("stop", s.value, s.args)


def run(f: Callable[[], int]) -> str:
    try:
        return str(f())
    except ArithmeticError as e:
        return f"arith {e!r}"
    except LookupError as e:
        return f"lookup {e!r}"


print(run(lambda: 1 // 0))
print(run(lambda: [1][5]))
print(run(lambda: {"a": 1}["b"]))
print(run(lambda: int(2.0 ** 2000) if False else 7))


def caught_base() -> None:
    for exc in [KeyboardInterrupt("k"), SystemExit(4), GeneratorExit()]:
        try:
            raise exc
        except Exception:
            print("wrong")
        except BaseException as b:
            print("base", repr(b))


caught_base()
errs: list[Exception] = []
for i in range(4):
    try:
        [10, 20][i]
    except IndexError as e:
        errs.append(e)
print([str(e) for e in errs], len(errs))
stored = ValueError("stored")


def raise_stored() -> None:
    raise stored


for _ in range(2):
    try:
        raise_stored()
    except ValueError as e:
        print(e is stored, e)


def comp() -> list[int]:
    return [10 // x for x in [1, 2, 0]]


try:
    comp()
except ZeroDivisionError as e:
    print("comp", e)


class Acct:
    def __init__(self, bal: int) -> None:
        if bal < 0:
            raise ValueError(f"negative {bal}")
        self.bal = bal

    @property
    def half(self) -> int:
        if self.bal % 2:
            raise ArithmeticError("odd")
        return self.bal // 2


try:
    Acct(-1)
except ValueError as e:
    print(e)
try:
    print(Acct(4).half, Acct(3).half)
except ArithmeticError as e:
    print("prop", e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print(repr(e), str(e) == "")
try:
    raise Loud()
except Loud as e:
    print(f"{e}", repr(e), e.args)
try:
    try:
        raise ValueError("x")
    except ValueError:
        raise TypeError("y")
except TypeError as e:
    print(repr(e), repr(e.__context__))


def deep(n: int) -> int:
    if n == 0:
        raise Timeout("deep", n)
    try:
        return deep(n - 1)
    finally:
        if n == 3:
            print("unwinding", n)


try:
    deep(5)
except AppError as e:
    print("deep", e)
raise Loud("x")
