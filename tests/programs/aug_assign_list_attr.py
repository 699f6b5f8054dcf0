from typing import Generic, TypeVar

T = TypeVar("T")


class Bag:
    def __init__(self) -> None:
        self.xs: list[int] = [1]
        self.names: list[str] = []
        self.n = 3


class Sub(Bag):
    pass


class Box(Generic[T]):
    def __init__(self, first: T) -> None:
        self.items: list[T] = [first]

    def add(self, more: list[T]) -> None:
        self.items += more


def main() -> None:
    b = Bag()
    alias = b.xs
    b.xs += [5, 6]          # extends in place: alias sees it
    b.names += ["a"]
    b.names += "bc"         # any iterable
    b.n += 2
    print(b.xs, alias, alias is b.xs, b.names, b.n)
    s = Sub()
    s.xs += s.xs
    s.xs += (7, 8)
    print(s.xs)
    bx = Box(1.5)
    bx.add([2.5])
    bx.items += [3.0]
    bs = Box("x")
    bs.add(["y"])
    print(bx.items, bs.items)
    rows = [b.xs]
    rows[0] += [9]
    print(rows, alias)


main()


def extend_any() -> None:
    xs: list[int] = [0]
    xs.extend((1, 2))
    xs.extend(range(3, 5))
    xs.extend({5: "a", 6: "b"})
    xs.extend({7})
    xs.extend(x * 10 for x in range(2))
    xs += (8, 9)
    xs += range(2)
    words: list[str] = []
    words.extend("hé")
    words += "yo"
    words += {"k": 1}
    print(xs, words)
    try:
        xs.extend([1 // 0])
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, xs[-1])


extend_any()

# a list of ints added to a list[float]: each int becomes a float item
floats: list[float] = [0.5]
ints: list[int] = [1, 2]
floats += ints
print(len(floats), sum(floats), floats[0])
