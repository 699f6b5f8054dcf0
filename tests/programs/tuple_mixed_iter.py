from typing import Optional


def show(t: tuple[object, ...]) -> None:
    for v in t:
        print(repr(v), end=" ")
    print(len(t), t[0], t[-1])


def main() -> None:
    for x in (1, True):
        print(x + 1, x == 1, x * 2)
    for y in (1, "a", None):
        print(y)
    for z in (None, 3):
        print(z)
    print([w for w in (1, True, "s")], list((2, "f")), sorted((3, 1, 0)))
    t: tuple[object, ...] = (1, 2)
    print(t[0], t[1], t)
    a, b = t
    print(a, b)
    show((1, "x", None, True))
    show(t)
    o: Optional[int] = None
    for q in (o, 5):
        print(q is None)
    total = 0
    for n in (1, True, False, 7):
        total += n
    print(total, sum((1, True)), max((1, True, 0)), min((3, 2)))
    items = (1, "two", 3)
    i = 0
    while i < len(items):
        print(items[i] if i != 1 else "-", end=" ")
        i += 1
    print()
    print(1 in (True, "a"), "a" in (1, "a"), None in (1, None))


main()
