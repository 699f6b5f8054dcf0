"""Class patterns with positional sub-patterns on a plain class that writes
its own `__match_args__ = ("x", "y")` (mypy types it tuple[str, str], not
literals), and on a subclass that inherits it."""


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


class P3(P):
    def __init__(self, x: int, y: int, z: int) -> None:
        super().__init__(x, y)
        self.z = z


class Named:
    __match_args__ = ("label",)

    def __init__(self, label: str) -> None:
        self.label = label


def where(p: object) -> str:
    match p:
        case P3(0, 0, z=z):
            return f"origin3 {z}"
        case P(0, 0):
            return "origin"
        case P(x, 0) | P(0, x):
            return f"axis {x}"
        case P(x, y) if x == y:
            return f"diag {x}"
        case P(_, y=yy):
            return f"other P {yy}"
        case Named("a" | "b" as lab):
            return f"named {lab}"
        case Named(lab):
            return f"named other {lab}"
        case _:
            return "not P"


def main() -> None:
    for p in [P(0, 0), P(3, 0), P(0, 4), P(2, 2), P(1, 2), P3(0, 0, 7), P3(5, 5, 1), Named("b"), Named("q"), 5]:
        print(where(p))


main()
