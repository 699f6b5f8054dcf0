"""*args and **kwargs parameters: extra positional arguments (and *xs in
the call) make the tuple, unknown keywords the dict; keyword-only
parameters after *args, methods, super(), generics, generators, recursion
with *rest, nested defs with defaults."""
from typing import Iterator, TypeVar

T = TypeVar("T")

def total(*nums: int) -> int:
    s = 0
    for n in nums:
        s += n
    return s


def describe(label: str, *items: str, sep: str = ", ") -> str:
    return f"{label}: {sep.join(items)} ({len(items)})"


def options(name: str, **opts: int) -> str:
    return name + " " + " ".join(f"{k}={v}" for k, v in sorted(opts.items()))


def both(a: int, *rest: float, scale: int = 1, **named: str) -> str:
    return f"{a} {rest} {scale} {named}"


class Acc:
    def __init__(self, *start: int) -> None:
        self.items = list(start)

    def add(self, *more: int) -> "Acc":
        self.items.extend(more)
        return self


xs = [4, 5, 6]
print(total(), total(1), total(1, 2, 3), total(*xs), total(1, *xs), total(*xs, 7, *range(3)))
print(describe("empty"), describe("one", "a"), describe("many", "a", "b", sep="|"))
print(describe("spread", *["x", "y"], "z"))
print(options("none"), options("some", b=2, a=1))
print(both(1), both(1, 2.5, 3.0, scale=2, x="y"))
print(Acc().items, Acc(1, 2).add(3, *xs).items)
t = (1, 2)
print(total(*t))





def collect(*xs: T) -> list[T]:
    return list(xs)


def each(*xs: int) -> Iterator[int]:
    for x in xs:
        yield x * 10


def rec(*xs: int) -> int:
    if not xs:
        return 0
    first, *rest = xs
    return first + rec(*rest)


def outer(k: int) -> int:
    def inner(*ys: int, bias: int = k) -> int:
        return sum(ys) + bias
    return inner(1, 2) + inner(bias=0)


class Base:
    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def show(self, *extra: str, **tags: int) -> str:
        return "/".join(self.parts + extra) + str(sorted(tags.items()))


class Derived(Base):
    def __init__(self, *parts: str) -> None:
        super().__init__("root", *parts)

    def show(self, *extra: str, **tags: int) -> str:
        return "D:" + super().show(*extra, "end", n=len(extra))


print(collect(1, 2), collect("a"), collect(), list(each(1, 2)), rec(1, 2, 3, 4))
print(outer(5))
print(Base("a", "b").show("c", x=1), Derived("p").show("q", "r"))
