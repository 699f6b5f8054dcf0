# Functions as first-class values: passing, returning, storing, higher-order helpers.
from typing import Callable


def apply_twice(f: Callable[[int], int], x: int) -> int:
    return f(f(x))


def double(x: int) -> int:
    return x * 2


def negate(x: int) -> int:
    return -x


def pipeline(funcs: list[Callable[[int], int]], x: int) -> int:
    for fn in funcs:
        x = fn(x)
        print("  ->", x)
    return x


def pick(name: str) -> Callable[[int], int]:
    table: dict[str, Callable[[int], int]] = {"double": double, "negate": negate}
    return table[name]


print(apply_twice(double, 3), apply_twice(negate, 3), apply_twice(lambda v: v + 10, 1))
print(pipeline([double, negate, double, abs], 5))
print(pick("double")(21), pick("negate")(21))
handlers: list[tuple[str, Callable[[str], str]]] = [
    ("upper", str.upper),
    ("strip", str.strip),
    ("rev", lambda s: s[::-1]),
]
text = "  Mixed Text  "
for label, h in handlers:
    print(label, repr(h(text)))


def reduce_ints(f: Callable[[int, int], int], xs: list[int], init: int) -> int:
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


print(reduce_ints(lambda a, b: a + b, [1, 2, 3, 4], 0), reduce_ints(max, [3, 9, 2], 0))
print(reduce_ints(lambda a, b: a * 10 + b, [4, 0, 9, 6], 0))
callbacks: list[Callable[[], None]] = []
for i in range(3):
    def cb(n: int = i) -> None:
        print("callback", n)
    callbacks.append(cb)
for cb2 in callbacks:
    cb2()
print(double == double, double is not negate)
