# error: 10:7: calling a function value with *args, **kwargs or keyword-only parameters without all its arguments is not supported by unicc
def scale(x: float, *, k: float = 2.0) -> float:
    return x * k


# CPython gives 3.0; a call through the value finds the code that fills in
# positional defaults only (one per count of parameters left out), and k is
# keyword-only
g = scale
print(g(1.5))
