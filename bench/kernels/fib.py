"""Recursive Fibonacci: call overhead and small-int arithmetic.

argv: N REPEAT.  Prints the sum of REPEAT computations of fib(N).  The
argument is n + (total >> 62): that is n, but no compiler can prove it, so
none computes fib(n) once and multiplies (clang -O2 did, with plain n).
"""

import sys


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 30
    repeat = int(argv[2]) if len(argv) > 2 else 1
    total = 0
    for _ in range(repeat):
        total += fib(n + (total >> 62))
    print(total)


if __name__ == "__main__":
    main(sys.argv)
