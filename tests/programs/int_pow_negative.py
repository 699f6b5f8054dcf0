def power(a: int, e: int) -> None:
    try:
        print(a, e, a ** e, pow(a, e))
    except ZeroDivisionError as exc:
        print(a, e, "ZeroDivisionError", exc)


def fpower(a: float, e: int) -> None:
    try:
        print(a, e, a ** e, pow(a, e), a ** float(e))
    except ZeroDivisionError as exc:
        print(a, e, "ZeroDivisionError", exc)
    except OverflowError as exc:
        print(a, e, "OverflowError", exc)


def powmod(a: int, e: int, m: int) -> None:
    try:
        print(a, e, m, pow(a, e, m))
    except ValueError as exc:
        print(a, e, m, "ValueError", exc)


def main() -> None:
    b = -1
    print(2 ** b, pow(2, b), 2 ** -1, 2 ** -2, 10 ** -3)
    for a in (2, -2, 3, 1, -1, 0, 7, 10):
        for e in (-3, -2, -1, 0, 1, 2, 5):
            power(a, e)
    print([x ** b for x in range(1, 5)])
    k = 3
    n: int = 2 ** k
    print(n, n + 1)
    for f in (2.0, -2.0, 0.5, 0.0, -0.0, 1.0, -1.0, 10.0, 1e300, float("inf"), float("-inf")):
        for e in (-3, -1, 0, 1, 2, 3):
            fpower(f, e)
    nan = float("nan")
    print(nan ** 0, 1.0 ** nan, 2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1023)
    for a in (2, 3, -3, 4, 10, 0):
        for e in (-2, -1, 0, 1, 5):
            for m in (7, -7, 1, 8):
                powmod(a, e, m)
    try:
        print(0 ** -1)
    except ZeroDivisionError as exc:
        print("ZeroDivisionError", exc)
    try:
        print(pow(2, 3, 0))
    except ValueError as exc:
        print("ValueError", exc)
    z = 0
    print(z ** b)


main()
