"""Functions and builtins as values: kept in variables, lists and dicts,
passed on and called later."""
from typing import Callable, Dict, List, Tuple


def double(x: int) -> int:
    return 2 * x


def neg(x: int) -> int:
    return -x


def fail(x: int) -> int:
    raise KeyError(x)


def apply_all(fs: List[Callable[[int], int]], x: int) -> List[int]:
    return [f(x) for f in fs]


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


ops: Dict[str, Callable[[int], int]] = {"double": double, "neg": neg, "abs": abs}
print(apply_all([double, neg, abs, compose(double, neg)], 7))
for name in sorted(ops):
    print(name, ops[name](-3))
f = double
print(f(21), f is double, f == double, f != neg)
measure: Callable[[str], int] = len
text: Callable[[int], str] = str
rep: Callable[[str], str] = repr
print(measure("abcd"), text(42) + "!", rep("q"))
fs: List[Callable[[str], int]] = [len, measure]
print([g("xyz") for g in fs])
pairs: List[Tuple[str, Callable[[int], int]]] = [("d", double), ("n", neg)]
print([(n, g(5)) for n, g in pairs])
upper: Callable[[str], str] = str.upper
print(upper("mixed Case"), list(map(upper, ["a", "b"])))


def shifted(x: int, k: int = 10) -> int:
    return x + k


def pair(x: int, y: int, k: int = 100) -> int:
    return x * y + k


print(list(map(shifted, [1, 2])), sorted([3, 1, 2], key=shifted), max([4, 9], key=shifted))
print(list(filter(shifted, [-10, 0])), list(map(pair, [1, 2], [3, 4])), min([5, 6], key=shifted))
table: List[Callable[[int], int]] = [double, fail]
for g in table:
    print(g(1))
