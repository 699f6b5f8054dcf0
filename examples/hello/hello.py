"""The smallest unikernel: it greets whoever boots it."""

import sys


def greet(name: str) -> str:
    return f"hello, {name}!"


def main(args: list[str]) -> int:
    who = args[1] if len(args) > 1 else "world"
    print(greet(who))
    print(f"{len(args)} argument(s), running as compiled, typed Python")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
