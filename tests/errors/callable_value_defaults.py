# error: 9:7: calling a function value without all its arguments
def scale(x: float, k: float = 2.0) -> float:
    return x * k


# CPython gives 3.0; the value's call site does not know scale's default
# (a Callable[[float], float] annotation on g would make it known)
g = scale
print(g(1.5))
