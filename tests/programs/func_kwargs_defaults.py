# Functions with keyword arguments, defaults, keyword-only params and return values.


def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return f"{greeting}, {name}{punct}"


def area(width: float, height: float = 1.0, *, scale: float = 1.0) -> float:
    return width * height * scale


def describe(a: int, b: int = 2, c: int = 3) -> str:
    return f"a={a} b={b} c={c}"


def append_to(item: int, target: list[int] | None = None) -> list[int]:
    if target is None:
        target = []
    target.append(item)
    return target


print(greet("ann"), greet("bob", "Hi"), greet("cy", punct="?"), greet(greeting="Yo", name="dee"))
print(area(2.0), area(2.0, 3.0), area(2.0, scale=10.0), area(height=4.0, width=0.5))
print(describe(1), describe(1, 5), describe(1, c=9), describe(c=0, b=0, a=0), describe(7, 8, 9))
print(append_to(1), append_to(2), append_to(3, [1, 2]))
shared: list[int] = []
append_to(10, shared)
append_to(20, target=shared)
print(shared)


def stats(values: list[int], verbose: bool = False) -> tuple[int, int, float]:
    lo, hi = min(values), max(values)
    mean = sum(values) / len(values)
    if verbose:
        print("  stats of", values)
    return lo, hi, mean


print(stats([3, 1, 4]), stats([10, 20], verbose=True), stats(verbose=False, values=[5]))


def no_return(x: int) -> None:
    print("side effect", x)


no_return(5)



def early(n: int) -> str:
    if n < 0:
        return "neg"
    for i in range(n):
        if i * i > n:
            return f"root<{i}"
    return "small"


print([early(n) for n in [-1, 0, 3, 10, 50]])
