"""Start-up: a program that does almost nothing, to show what each
contender's process costs before a kernel's first instruction.

argv: N.  Prints N + 1.
"""

import sys


def succ(n: int) -> int:
    return n + 1


def main(argv: list[str]) -> None:
    print(succ(int(argv[1]) if len(argv) > 1 else 0))


if __name__ == "__main__":
    main(sys.argv)
