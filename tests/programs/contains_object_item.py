"""`x in c` where x is an object (or a str, which mypy --strict only warns of,
[comparison-overlap]) and c holds unboxed numbers: each item is compared by
its run-time type, as CPython's == does.  The object was read as a number:
'a' in [1, 2] was True and 1.0 in [1, 2] False."""


def look(o: object) -> None:
    print(o in [1, 2], o in {1: "a"}, o in {2, 3}, o in [1.5, 2.0], o in range(3), o in [True],
          o not in [0])


for v in ["a", 1, 2, 1.0, 2.0, 1.5, True, False, None, (1,), b"\x01"]:
    look(v)


def has_str(s: str) -> bool:
    return s in [1, 2]


def lacks_key(s: str) -> bool:
    return s not in {1: 2}


def maybe(n: int | None) -> bool:
    return n in [1, 2]


print(has_str("a"), has_str("1"), lacks_key("1"))
print(maybe(None), maybe(2), maybe(3))
