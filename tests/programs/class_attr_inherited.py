"""A class attribute read through a subclass's name finds the base class's
(Sub.LIMIT of Base's), unless the subclass's body defines its own; the same
object (a list) is shared."""


class Shape:
    LIMIT = 10
    RATIO = 0.5
    NAME = "shape"
    names: list[str] = []


class Circle(Shape):
    pass


class Square(Shape):
    LIMIT = 3


class Tiny(Square):
    pass


def main() -> None:
    print(Circle.LIMIT, Shape.LIMIT, Circle.RATIO * 2, Circle.NAME.upper(), Circle.names)
    print(Square.LIMIT, Tiny.LIMIT, Tiny.RATIO, Tiny.names is Shape.names)
    Tiny.names.append("t")
    print(Shape.names, Circle.names, len(Square.names))


main()
