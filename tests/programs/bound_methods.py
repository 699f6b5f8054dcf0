"""obj.method as a value: passed as a Callable, kept in variables, lists and
dicts, called later; the method is the one of the object's class (inherited
or overridden); Class.method is the plain function; static methods."""
from typing import Callable, Dict, Generic, List, Optional, TypeVar

T = TypeVar("T")


class Adder:
    def __init__(self, n: int) -> None:
        self.n = n

    def add(self, x: int) -> int:
        return self.n + x

    def scale(self, x: float, k: float = 2.0) -> float:
        return (x + self.n) * k

    def show(self, prefix: str) -> None:
        print(prefix, self.n)

    def label(self) -> str:
        return f"Adder({self.n})"

    @staticmethod
    def twice(x: int) -> int:
        return 2 * x


class Adder2(Adder):
    def add(self, x: int) -> int:
        return self.n + x + 1

    def label(self) -> str:
        return "Adder2/" + super().label()


class Adder3(Adder2):
    pass


def adjust(n: int, add: Callable[[int], int]) -> int:
    for _ in range(3):
        n = add(n)
    return n


def checked(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative {x}")
    return x


class Checker:
    def __init__(self) -> None:
        self.calls = 0

    def check(self, x: int) -> int:
        self.calls += 1
        return checked(x)


def main() -> None:
    a: List[Adder] = []
    for i in range(3):
        a.append(Adder(i))
        a.append(Adder2(i))
    a.append(Adder3(10))
    n = 0
    for adder in a:
        n = adjust(n, adder.add)
    print(n)

    fs: List[Callable[[int], int]] = [x.add for x in a]
    print([f(100) for f in fs])
    table: Dict[str, Callable[[], str]] = {"a": Adder(1).label, "b": Adder2(2).label, "c": Adder3(3).label}
    for k, g in table.items():
        print(k, g())

    obj = Adder(5)
    add = obj.add
    obj.n = 50          # the bound method sees the object, not a copy
    print(add(1), add(2))
    obj2: Adder = Adder2(7)
    print(obj2.add(1), (obj2.add)(1), adjust(0, obj2.add))

    sc = obj.scale
    print(sc(1.5, 2.0), sc(1.5, 3.0))
    sc1: Callable[[float], float] = obj.scale
    print(sc1(0.5))

    show = obj2.show
    show("shown")
    shows: List[Callable[[str], None]] = [x.show for x in a[:2]]
    for s in shows:
        s("item")

    unbound = Adder.add
    print(unbound(obj, 3), unbound(obj2, 3))
    print(list(map(Adder.label, a[:3])))
    tw = obj.twice
    tw2 = Adder.twice
    print(tw(21), tw2(4), adjust(1, Adder.twice))

    c = Checker()
    f = c.check
    print(f(3), c.calls)
    try:
        f(-1)
    except ValueError as err:
        print("caught", err, c.calls)
    opt: Optional[Callable[[int], int]] = None
    if len(a) > 2:
        opt = a[1].add
    if opt is not None:
        print(opt(0))
    g2 = obj.label
    print(g2 == g2, sorted(a[:4], key=Adder.label)[0].n)
    o1, o2 = Adder(1), Adder2(1)
    x: Callable[[int], int] = o1.add
    y: Callable[[int], int] = o1.add
    print(o1.add == o1.add, x == y, x != y, o1.add == o2.add, o1.add is o1.add, x in [y], x is x)
    d: Dict[Callable[[int], int], str] = {o1.add: "one", o2.add: "two"}
    print(d[o1.add], d[y], len({o1.label, o1.label, o2.label}), Adder.label == Adder.label)
    print(f(-5))


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def get(self) -> T:
        return self.v

    def put(self, v: T) -> None:
        self.v = v


def generics() -> None:
    """One bound method per specialisation: Box[int] keeps an unboxed int."""
    bi, bs, bf = Box(3), Box("s"), Box(2.5)
    gi: Callable[[], int] = bi.get
    gs: Callable[[], str] = bs.get
    gf: Callable[[], float] = bf.get
    put: Callable[[int], None] = bi.put
    put(7)
    print(gi(), gs(), gf(), bi.v)
    fs: List[Callable[[], object]] = [bi.get, bs.get, bf.get]
    print([f() for f in fs])


generics()
main()
