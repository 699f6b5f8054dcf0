"""Sieve of Eratosthenes over a bytearray: byte loads and stores in a loop.

The array starts zeroed (bytearray(n)), as the C twin's calloc does.

argv: LIMIT REPEAT.  Sieves REPEAT times; prints the number of primes below
LIMIT and their sum, each summed over the repetitions.
"""

import sys


def sieve(limit: int) -> bytearray:
    """composite[n] is 1 when n is not a prime (0 and 1 included)."""
    composite = bytearray(limit)
    composite[0] = 1
    composite[1] = 1
    i = 2
    while i * i < limit:
        if not composite[i]:
            for j in range(i * i, limit, i):
                composite[j] = 1
        i += 1
    return composite


def main(argv: list[str]) -> None:
    limit = int(argv[1]) if len(argv) > 1 else 1000000
    repeat = int(argv[2]) if len(argv) > 2 else 1
    count = 0
    total = 0
    for _ in range(repeat):
        composite = sieve(limit)
        for n in range(limit):
            if not composite[n]:
                count += 1
                total += n
    print(count, total)


if __name__ == "__main__":
    main(sys.argv)
