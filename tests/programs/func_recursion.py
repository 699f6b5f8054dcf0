# Recursive functions: factorial, fibonacci, hanoi, permutations, ackermann, flatten.


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def hanoi(n: int, src: str, dst: str, via: str, moves: list[str]) -> None:
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(f"{src}->{dst}")
    hanoi(n - 1, via, dst, src, moves)


def perms(items: list[int]) -> list[list[int]]:
    if len(items) <= 1:
        return [items[:]]
    out: list[list[int]] = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            out.append([items[i]] + p)
    return out


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


print([fact(i) for i in range(15)], fact(20))
print([fib(i) for i in range(20)])
moves: list[str] = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:7])
print(perms([1, 2, 3]), len(perms([1, 2, 3, 4])))
print(ackermann(2, 3), ackermann(1, 5), ackermann(3, 3))
print(is_even(10), is_odd(7), is_even(7))


def depth(n: int) -> int:
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
