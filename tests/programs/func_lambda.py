# Lambdas as values: stored in lists/dicts, capturing variables, used as keys.
from typing import Callable

ops: dict[str, Callable[[int, int], int]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "max": lambda a, b: a if a > b else b,
}
for name, fn in ops.items():
    print(name, fn(7, 3), fn(-2, 5))
square: Callable[[int], int] = lambda x: x * x
print(square(9), list(map(square, range(5))))
base = 10
shift: Callable[[int], int] = lambda x: x + base
print(shift(1))
base = 20
print(shift(1))


def make_mul(i: int) -> Callable[[int], int]:
    return lambda x: x * i


makers = [make_mul(i) for i in range(4)]
print([m(3) for m in makers])
late: list[Callable[[int], int]] = [lambda x: x * j for j in range(4)]
print([m(3) for m in late])


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(square, square)(3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
noarg: Callable[[], str] = lambda: "constant"
print(noarg(), (lambda: 42)())
