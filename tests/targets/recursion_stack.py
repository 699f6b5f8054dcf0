"""Unbounded recursion through the machine stack: each call takes a frame,
and the stack check raises RecursionError before the stack (whose size
differs per target) overflows.  (recursion.py recurses through a tail
call, which runs as a loop in one frame and stops at its turn budget.)"""


def down(n: int) -> int:
    return 2 * down(n + 1)


print("start")
print(down(0))
