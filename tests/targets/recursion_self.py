"""A function that only calls itself, unchanged: no tail-call loop applies
(tailcalls.py needs `return x + f(...)`) and LLVM may not make one, so every
call takes a frame until the stack check raises RecursionError."""


def same(n: int) -> int:
    return same(n)


print("start")
print(same(0))
