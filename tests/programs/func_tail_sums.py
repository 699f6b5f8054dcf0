# Recursions that end with `return x + f(...)`: compiled, the last call becomes
# a loop with an accumulator (unicc/transform/tailcalls.py).  Negative terms, terms
# whose sum passes 2**63 on the way, several call sites, side effects in the
# terms and exceptions from deep inside must all behave as the recursion.

MAX = 9223372036854775807


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def total(xs: list[int], i: int) -> int:
    if i == len(xs):
        return 0
    return xs[i] + total(xs, i + 1)


def tail_first(xs: list[int], i: int) -> int:
    if i == len(xs):
        return 0
    return total(xs, i + 1) + xs[i] if i % 2 else xs[i] + tail_first(xs, i + 1)


def steps(n: int) -> int:
    """Two call sites with different terms."""
    if n <= 0:
        return n
    if n % 3 == 0:
        return 2 * n + steps(n - 1)
    return steps(n - 2) + 1


def noisy(n: int, log: list[int]) -> int:
    log.append(n)
    return n


def ordered(n: int, log: list[int]) -> int:
    if n == 0:
        return 0
    return noisy(n, log) + ordered(n - 1, log)


def failing(n: int, at: int) -> int:
    if n == at:
        raise ValueError(f"failed at {n}")
    if n == 0:
        return 0
    return n + failing(n - 1, at)


def forever(n: int) -> int:
    return forever(n + 1) + 1


class Tree:
    def __init__(self, value: int, left: "Tree | None", right: "Tree | None") -> None:
        self.value = value
        self.left = left
        self.right = right


def tree_sum(t: Tree | None) -> int:
    if t is None:
        return 0
    return tree_sum(t.left) + t.value + tree_sum(t.right)


def build(depth: int, v: int) -> Tree | None:
    if depth == 0:
        return None
    return Tree(v, build(depth - 1, 2 * v), build(depth - 1, 2 * v + 1))


print([fib(i) for i in range(25)], fib(-3))
print(total([1, 2, 3, 4], 0), total([], 0), total([-5, 7, -9], 0))
print(total([5, -10, 3, 8, -1], 0), total([-1] * 300, 0))
# the running sum passes 2**63 while every inner sum fits: no overflow
print(total([MAX, MAX, -MAX], 0), total([MAX, 3, -MAX], 0))
print(total([MAX, -1, 1], 0), total([-MAX, -1, MAX], 0))
print(tail_first([1, -2, 3, -4, 5, -6], 0), tail_first([MAX, 0, -MAX, 1], 0))
print([steps(n) for n in range(12)], steps(900))
log: list[int] = []
print(ordered(6, log), log)
for at in (3, 0, -1):
    try:
        print(failing(5, at))
    except ValueError as e:
        print("ValueError", e)
try:
    print(forever(0))
except RecursionError:
    print("RecursionError")
print(tree_sum(build(6, 1)), tree_sum(None))
