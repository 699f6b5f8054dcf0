"""Values narrowed from object to bool, int or float by isinstance stay boxed:
their truth is the value's (a False box was true), and & | ^ of two bools
unbox them (an internal error before)."""


def truth(a: object) -> str:
    if isinstance(a, bool):
        return f"bool {bool(a)} {not a} {'yes' if a else 'no'}"
    if isinstance(a, int):
        return f"int {bool(a)} {not a}"
    if isinstance(a, float):
        return f"float {bool(a)} {not a}"
    return "other"


def bits(a: object, b: object) -> object:
    if isinstance(a, bool) and isinstance(b, bool):
        return (a & b, a | b, a ^ b)
    return None


for v in [False, True, 0, 3, 0.0, -1.5, "s"]:
    print(truth(v))
print(bits(True, False), bits(False, False), bits(True, True), bits(1, 2))
