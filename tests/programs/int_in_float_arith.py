"""Arithmetic on an int held where float is declared, as CPython: int op int
stays an int (+ - * // % ** unary -, abs, round with ndigits, max/min, sum),
/ and any real float operand give a float; printing, formatting, hash, ==,
ordering and type() see the int."""


def show(label: str, v: float) -> None:
    print(label, v, repr(v), f"{v}|{v:6}|{v:.2f}|{v:e}", "%s %r %5.1f" % (v, v, v), type(v).__name__,
          isinstance(v, int), isinstance(v, float), isinstance(v, bool), type(v) is float, type(v) is int)


def fl(x: float) -> float:
    return x


def bump(x: float) -> int:
    if isinstance(x, int):
        n: int = x
        return n + 1
    return 0


def main() -> None:
    a: float = 2
    b: float = 3
    h: float = 0.5
    print(a * b, a // b, a % b, a ** b, a - b, a + b, -a, +a, abs(-a), a / b, type(a).__name__)
    print(a * h, a + 0.25, a // h, a % h, a ** h, b ** -1, type(a * h).__name__)
    print(a * 4, 4 * a, a - 10, 7 // a, 7 % a, -7 // a, -7 % a, 2 ** a, a ** 2)
    c: float = -7
    d: float = 2
    print(c // d, c % d, c // -d, c % -d, divmod(7, 2), divmod(c, d), divmod(c, 0.5))
    for e in (3, 0, -1):
        print(2 ** e, end=" ")
    print()
    n: float = 10
    n += 5
    n *= 2
    n -= 1
    print(n, type(n).__name__)
    n /= 2
    print(n, type(n).__name__)
    m: float = 4
    m += 0.5
    print(m)
    print(round(fl(1234), -2), round(fl(5), 1), round(fl(2.675), 2), round(fl(7)), round(fl(7.5)))
    print(max(fl(1), fl(2)), min(fl(1), 2.5), max(fl(3), 2.5), max([fl(1), fl(2)]), sum([fl(1), fl(2)]))
    print(fl(3) == 3, fl(3) == 3.0, fl(3) < 3.5, fl(2) > 1, hash(fl(7)) == hash(7), hash(fl(7)) == hash(7.0))
    print(int(fl(9)), float(fl(9)), bool(fl(0)), bool(fl(2)), str(fl(12)), f"{fl(255):x}" if False else "")
    show("int", 42)
    show("neg", -3)
    show("float", 42.0)
    show("big", 2 ** 40)
    show("bool", True)
    t: float = True
    f: float = False
    print(t, f, t + t, t * 3, -t, t + 0.5, type(t).__name__, type(t + t).__name__)
    for v in (fl(0), fl(1)):
        if v:
            print("truthy", v)
        else:
            print("falsy", v)
    try:
        print(fl(1) // fl(0))
    except ZeroDivisionError as ex:
        print(type(ex).__name__, ex)
    try:
        print(fl(1) % fl(0))
    except ZeroDivisionError as ex:
        print(type(ex).__name__, ex)
    try:
        print(fl(0) ** fl(-1))
    except ZeroDivisionError as ex:
        print(type(ex).__name__, ex)
    try:
        print(fl(1) / fl(0))
    except ZeroDivisionError as ex:
        print(type(ex).__name__, ex)
    try:
        print(fl(1.0) // fl(0))
    except ZeroDivisionError as ex:
        print(type(ex).__name__, ex)
    objs: list[object] = [fl(1), fl(1.5), fl(True)]
    print(objs, [type(o).__name__ for o in objs], isinstance(objs[0], int), isinstance(objs[1], float))
    print(bump(1), bump(2.5), bump(fl(4)))
    opt: float | None = fl(6)
    if opt is not None:
        print(opt + 1, opt / 4)


main()
