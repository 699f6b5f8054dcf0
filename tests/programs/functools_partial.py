"""functools.partial: values fixed by position and by keyword, calls by
position and by keyword, .func / .args / .keywords, partials of nested
functions, lambdas, function values and decorated functions, passed where
a Callable is expected (map, sorted's key, a parameter)."""

import functools
from typing import Callable


def join3(a: int, b: int, c: str) -> str:
    return f"{a}+{b}{c}"


def weigh(x: float, factor: float, label: str, loud: bool) -> str:
    s = f"{label}: {x * factor}"
    return s.upper() if loud else s


def check(x: int, limit: int) -> int:
    if x > limit:
        raise ValueError(f"{x} is over {limit}")
    return x


def apply(f: Callable[[int], str], x: int) -> str:
    return f(x)


def traced(f: Callable[[int, int], int]) -> Callable[[int, int], int]:
    def wrapper(a: int, b: int) -> int:
        print("traced", a, b)
        return f(a, b)
    return wrapper


@traced
def sub(a: int, b: int) -> int:
    return a - b


def make_adder(n: int) -> Callable[[int], int]:
    def add(a: int, b: int) -> int:
        return a + b + n
    return functools.partial(add, 100)


def main() -> None:
    p = functools.partial(join3, 1)
    print(p(2, "!"), p(b=3, c="."), p(4, c="?"))
    print(p.args, p.keywords, p.func is join3)
    q = functools.partial(join3, c="?")
    print(q(1, 2), q(b=5, a=6), q.args, q.keywords)
    r = functools.partial(join3, 5, c="#")
    print(apply(r, 7), r.args, r.keywords)
    print(list(map(functools.partial(join3, 1, c="x"), [1, 2, 3])))
    w = functools.partial(weigh, 2.5, label="w", loud=True)
    print(w(4.0), w(factor=0.5), w.args, w.keywords)
    scale = 2.5
    s = functools.partial(lambda x, y: x * y + scale, 2.0)
    print(s(4.0), s(-1.0))
    lim = functools.partial(check, limit=10)
    print(lim(3))
    try:
        lim(11)
    except ValueError as e:
        print(type(e).__name__, e)
    print(sorted([5, 1, 12, 7], key=functools.partial(check, limit=100)))
    d = functools.partial(sub, 10)
    print(d(3))
    print(make_adder(1)(2))
    fs: list[Callable[[int], str]] = [functools.partial(join3, i, c=str(i)) for i in range(3)]
    print([f(9) for f in fs])
    f: Callable[[int, int, str], str] = join3
    g = functools.partial(f, 7, 8)
    print(g("~"), g.args)


main()
