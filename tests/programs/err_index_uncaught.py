# Ends with an uncaught IndexError after printing some progress.


def nth_square(xs: list[int], n: int) -> int:
    return xs[n] * xs[n]


values = [2, 4, 6]
for i in range(5):
    print("index", i, "->", nth_square(values, i))
print("unreachable")
