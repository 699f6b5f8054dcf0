from dataclasses import dataclass


@dataclass(frozen=True)
class D:
    x: float


@dataclass(order=True)
class E:
    x: float
    y: int


@dataclass
class F:
    name: str
    vals: list[float]


def main() -> None:
    # dataclass == compares the field tuples, and a tuple compares items by
    # identity first: the same NaN object equals itself.
    n = float("nan")
    d = D(n)
    print(d == d, D(n) == D(n), d != d, hash(d) == hash(D(n)))
    xs = [n]
    print(xs == xs, [n] == [n], (n,) == (n,), n in xs, xs.count(n), n == n)
    e = E(n, 1)
    print(e < E(n, 2), e == e, e <= e, E(1.0, 2) < E(2.0, 1), E(1.0, 2) <= E(1.0, 2), E(1.0, 3) > E(1.0, 2))
    f = F("a", [n, 1.5])
    print(f == f, f == F("a", f.vals), f == F("a", [n, 1.5]), f == F("b", f.vals))
    print(D(0.0) == D(-0.0), E(0.0, 1) < E(-0.0, 2))


main()
