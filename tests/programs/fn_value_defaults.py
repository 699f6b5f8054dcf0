"""Function values called without the parameters that have defaults: module
functions, nested defs (defaults evaluated once, when the def ran), bound and
static methods, overrides that share their defaults, values in containers and
passed on; the defaults are the function's own, shared between calls."""
import functools
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

SEEN: list[int] = []


def greet(name: str, greeting: str = "hello", times: int = 1) -> str:
    return (greeting + " ") * times + name


def scaled(x: float, k: float = 2.5) -> float:
    return x * k


def collect(x: int, acc: list[int] = SEEN) -> list[int]:
    acc.append(x)
    return acc


def fresh(x: int, acc: list[int] = []) -> list[int]:  # noqa: B006 -- shared on purpose
    acc.append(x)
    return acc


def maker(base: int) -> Callable[[int], int]:
    def add(x: int, y: int = base * 10, z: int = 1) -> int:
        return x + y + z
    a = add
    print("nested:", a(1), a(1, 2), a(1, 2, 3))
    return add


class Counter:
    def __init__(self, start: int) -> None:
        self.n = start

    def bump(self, by: int = 1, label: str = "n") -> str:
        self.n += by
        return f"{label}={self.n}"

    @staticmethod
    def pair(x: int, y: int = 3) -> tuple[int, int]:
        return (x, y)


class Base:
    def show(self, x: int, sep: str = ":") -> str:
        return f"base{sep}{x}"


class Derived(Base):
    def show(self, x: int, sep: str = ":") -> str:
        return f"derived{sep}{x}"


def pick(b: Base) -> None:
    show = b.show
    print(show(1), show(2, "-"))


def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__)
        return f(*args, **kwargs)
    return wrapper


@logged
def salute(name: str, word: str = "hi", bang: bool = False) -> str:
    return word + " " + name + ("!" if bang else "")


def noted(s: str) -> str:
    print("evaluated", s)
    return s


def twice(f: Callable[[int], int], v: int) -> int:
    return f(f(v))


def main() -> None:
    g = greet
    print(g("al"), "|", g("al", "hi"), "|", g("al", "hi", 2))
    # keywords, evaluated in the order written
    print(g("al", greeting="yo"), "|", g(greeting="yo", name="bo"), "|",
          g(times=2, name=noted("cy"), greeting=noted("hey")), "|", g(name="di"))
    s = scaled
    print(s(2.0), s(2.0, 3.0), s(4))
    c = collect
    c(1)
    print(c(2), SEEN, c is collect)
    f = fresh
    f(1)
    print(f(2), fresh(3))
    for base in (4, 5):
        h = maker(base)
        print("passed on:", twice(h, 1))
    counter = Counter(10)
    bump = counter.bump
    print(bump(), bump(5), bump(2, "x"), counter.n)
    pair = Counter.pair
    print(pair(1), pair(1, 2))
    pick(Base())
    pick(Derived())
    fs = [greet, greet]
    print([fn("zed") for fn in fs])
    print(g is greet, g == greet, bump == counter.bump)
    try:
        g("x", "y", int("z"))
    except ValueError as e:
        print("ValueError:", e)


main()


class Shape:
    def label(self, prefix: str = "shape", n: int = 1) -> str:
        return f"{prefix}#{n}"


class Square(Shape):
    def label(self, prefix: str = "square", n: int = 4) -> str:
        return f"{prefix}[{n}]"


def labels(s: Shape) -> None:
    # each override's own defaults, through a held bound method and where a
    # Callable with fewer parameters is declared
    lab = s.label
    short: Callable[[str], str] = s.label
    print(lab(), lab("p"), lab("p", 2), short("q"))


for shape in (Shape(), Square()):
    labels(shape)


# a decorated function and builtin methods as values, called without defaults
sal = salute
print(sal("ann"), sal("ann", "yo"), sal("ann", "yo", True), salute("bob"), sal.__name__)
text = "a b  c"
split = text.split
print(split(), split(" "), split(" ", 1))
items = [5, 6, 7]
pop = items.pop
print(pop(), pop(0), items)

# a module-level def that a loop runs again: each function object keeps the
# defaults of its own run
made: list[Callable[[], int]] = []
held = []
for i in range(3):
    def numbered(x: int = i * 10, y: int = 1) -> int:
        return x + y
    made.append(numbered)
    same = numbered
    held.append(same)
print([h() for h in made], [h() for h in held], [h(5) for h in held])
wrapped = []
for i in range(2):
    @logged
    def stamp(x: int = i + 100) -> int:
        return x
    wrapped.append(stamp)
print([w() for w in wrapped], stamp(), stamp(7))
