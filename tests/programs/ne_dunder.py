"""A class's own __ne__ answers `!=` (it was `not ==`); without one, `!=` is
the negation of __eq__; inherited by subclasses."""


class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, V) and self.x == other.x

    def __ne__(self, other: object) -> bool:
        print("ne", self.x)
        return not self.__eq__(other)


class W(V):
    pass


class Odd:
    """__ne__ that disagrees with __eq__: CPython asks each its own question."""

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return True


class EqOnly:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EqOnly) and self.x == other.x


def main() -> None:
    a, b = V(1), V(2)
    print(a != b, a != V(1), a.__ne__(b), [a] == [V(1)])
    print(W(1) != W(2), V(3) != W(3), W(4) != V(4))
    o = Odd()
    print(o != o, o == o, o != 1, not (o == o))
    print(EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))


main()
