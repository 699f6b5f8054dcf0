"""Unbounded recursion: compiled code raises RecursionError, as CPython does.
`return down(n + 1) + 1` is a tail call the compiler turns into a loop
(unicc/transform/tailcalls.py), which raises after its turn budget; see
recursion_stack.py for the stack check."""


def down(n: int) -> int:
    return down(n + 1) + 1


print("start")
print(down(0))
