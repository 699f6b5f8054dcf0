# CPython makes a class that defines __eq__ without __hash__ unhashable (and
# its subclasses), as @dataclass does with eq and neither frozen nor
# unsafe_hash; @dataclass(eq=False) compares and hashes by identity.
from dataclasses import dataclass


@dataclass
class Owner:
    name: str


@dataclass(frozen=True)
class Key:
    k: int


@dataclass(eq=False)
class Ident:
    v: int


@dataclass(unsafe_hash=True)
class Loose:
    v: int


class Point:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Point) and other.x == self.x


class Point3(Point):
    pass


class Hashed(Point):
    def __hash__(self) -> int:
        return self.x


class Plain:
    pass


def try_hash(x: object) -> None:
    try:
        print(hash(x))
    except TypeError as e:
        print("TypeError", e)


for x in (Owner("a"), Point(1), Point3(2), (1, Owner("b")), Ident(5)):
    try_hash(x) if not isinstance(x, Ident) else print(hash(x) == hash(x))
try:
    s = {Owner("c")}
except TypeError as e:
    print("TypeError", e)
print(hash(Key(3)) == hash(Key(3)), hash(Loose(4)) == hash(Loose(4)), hash(Hashed(7)), hash(Key(3)) == hash((3,)))
i = Ident(1)
print(i == Ident(1), i == i, len({Ident(1), Ident(1)}), len({Plain(), Plain()}), Point(1) == Point(1))
d = {Key(1): "one", Hashed(2): "two"}
print(d[Key(1)], d[Hashed(2)])
