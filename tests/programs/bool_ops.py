# bool values: and/or/not short-circuiting, truthiness and printing.


def loud(name: str, value: bool) -> bool:
    print("eval", name)
    return value


print(True, False, not True, not False)
print(True and False, True or False, False or False)
print(loud("a", False) and loud("b", True))
print(loud("c", True) or loud("d", True))
print(loud("e", True) and loud("f", False))
flags = [True, False, True, True]
print(flags, all(flags), any(flags), sum(flags), flags.count(True))
print(bool(0), bool(1), bool(-3), bool(""), bool("x"), bool([]), bool([0]))
print(bool(0.0), bool(0.5), bool({}), bool({1: 2}), bool(b""), bool(()))
x = 5
print(x > 3 and x < 10, x > 3 and x > 10, not (x == 5))
print(str(True), repr(False), int(True) + 1, True * 10, f"{True}")
print(0 or 5, 3 and 7, "" or "default", [] or [1])
values: list[int] = [0, 3, 0, 8]
for v in values:
    if v:
        print(v, "truthy")
    else:
        print(v, "falsy")
print(True < False, True > False, max(True, False), True == 1, hash(True))
