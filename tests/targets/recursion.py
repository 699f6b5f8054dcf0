"""Unbounded recursion: compiled code raises RecursionError, as CPython does,
long before the stack (whose size differs per target) overflows."""


def down(n: int) -> int:
    return down(n + 1) + 1


print("start")
print(down(0))
