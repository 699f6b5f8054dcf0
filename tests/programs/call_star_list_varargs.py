"""f(*xs) with xs a list or a tuple of any length where f has named
positional parameters, then *args (and keyword-only parameters with
defaults, **kwargs): the items fill the named parameters first, defaults
for those they leave, the rest go to *args; too few raise CPython's
TypeError."""


def kwo(a: int, b: int = 10, *rest: int, scale: int = 2) -> int:
    print("  kwo", a, b, rest, scale)
    return (a + b + sum(rest)) * scale


def need2(a: str, b: str, *more: str) -> str:
    return a + b + "|" + ",".join(more)


def kw(a: int, *rest: int, **opts: int) -> str:
    return f"{a} {rest} {sorted(opts.items())}"


class Acc:
    def __init__(self) -> None:
        self.seen: list[int] = []

    def add(self, first: int, *others: int) -> int:
        self.seen += [first, *others]
        return len(self.seen)


def main() -> None:
    for n in range(5):
        xs = list(range(1, n + 1))
        t = tuple(xs)
        print(n, kwo(*xs) if xs else "-", kwo(7, *xs), kwo(*t) if t else "-")
        try:
            print(need2(*[str(x) for x in xs]))
        except TypeError as e:
            print("TypeError", e)
        if xs:
            print(kw(*xs), kw(*t))
    try:
        print(kwo(*[]))
    except TypeError as e:
        print("TypeError", e)
    acc = Acc()
    print(acc.add(*[1, 2, 3]), acc.add(*(4,)), acc.add(9, *[]), acc.seen)
    try:
        acc.add(*[])
    except TypeError as e:
        print("TypeError", e)


main()
