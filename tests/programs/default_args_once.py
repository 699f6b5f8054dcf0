"""Default parameter values are evaluated once, when the def runs, in the defining
scope; every call shares the object (module functions, methods and overrides,
static methods, keyword-only and positional-only parameters, nested defs and
defs in loops, a nested def used as a Callable with fewer parameters)."""
from typing import Callable


def early() -> list[int]:
    return late(1)


def late(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc


print(early(), early(), late(5))


def collect() -> list[int]:
    gs: list[Callable[[], int]] = []
    for i in range(3):
        def g(j: int = i * 2) -> int:
            return j
        gs.append(g)
    return [h() for h in gs]


print(collect())


LIMIT = 10


class Base:
    SCALE = 3

    def m(self, xs: list[int] = [LIMIT]) -> list[int]:
        xs.append(len(xs))
        return xs

    def n(self, k: int = SCALE * 2) -> int:
        return k

    @staticmethod
    def s(d: dict[str, int] = {}) -> int:
        d["x"] = d.get("x", 0) + 1
        return d["x"]


class Sub(Base):
    def n(self, k: int = LIMIT + 1) -> int:
        return k * 100


LIMIT = 20
objs: list[Base] = [Base(), Sub()]
for ob in objs:
    print(ob.m(), ob.n())
print(Base.s(), Base.s(), Base.s({}))


def kwonly(a: int, *, tags: list[str] = [], sep: str = "-") -> str:
    tags.append(str(a))
    return sep.join(tags)


print(kwonly(1), kwonly(2, sep="+"), kwonly(3, tags=["z"]))


def nested_kw(n: int) -> str:
    base = [n]

    def inner(a: int, *, extra: list[int] = base, flag: bool = False) -> str:
        extra.append(a)
        return f"{extra} {flag}"
    print(inner(1))
    print(inner(2, flag=True))
    print(inner(a=3, extra=[0]))
    return inner(4)


print(nested_kw(7))


counter = [0]


def tick() -> int:
    counter[0] += 1
    return counter[0]


def stamped(s: str, at: int = tick()) -> str:
    return f"{s}@{at}"


print(stamped("a"), stamped("b"), counter[0])


def maker() -> list[Callable[[int], int]]:
    out: list[Callable[[int], int]] = []
    for k in range(3):
        def add(x: int, k: int = k) -> int:
            return x + k
        out.append(add)
    return out


print([f(10) for f in maker()])


def recursive(n: int, seen: list[int] = []) -> int:
    seen.append(n)
    if n > 0:
        return recursive(n - 1)
    return len(seen)


print(recursive(3), recursive(2))


def shared(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc

print(shared(1))
print(shared(2))

gs: list[Callable[[], int]] = []
for i2 in range(3):
    def g(j: int = i2) -> int:
        return j
    gs.append(g)
print([h() for h in gs])

N = 5
def kk(x: int = N) -> int:
    return x
N = 7
print(kk(), N)

class C1:
    def m(self, xs: list[str] = []) -> list[str]:
        xs.append("a")
        return xs

c = C1()
print(c.m(), c.m(), C1().m())

def kw(a: int, *, b: list[int] = [], c: int = N) -> int:
    b.append(a)
    return len(b) + c

print(kw(1), kw(2), kw(3, c=0))

def po(a: list[int] = [], /, b: int = 2) -> int:
    a.append(b)
    return sum(a)
print(po(), po(), po([5]))

def outer3(n: int) -> Callable[[], list[int]]:
    def inner(acc: list[int] = [n]) -> list[int]:
        acc.append(n)
        return acc
    return inner

fi = outer3(3)
print(fi(), fi())
fj = outer3(4)
print(fj(), fi())



def outer(n: int) -> list[int]:
    def inner(acc: list[int] = [n]) -> list[int]:
        acc.append(n)
        return acc
    print(inner())
    print(inner())
    return inner([9])

print(outer(3))

def outer2(n: int) -> Callable[[], list[int]]:
    def inner(acc: list[int] = [n]) -> list[int]:
        acc.append(n)
        return acc
    return inner
f = outer2(5)
print(f(), f())
