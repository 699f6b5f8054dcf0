"""The truth of a number narrowed by isinstance from object or a union is
the number's (False, 0 and 0.0 are false), not the box's: `"t" if o else
"f"` tested the pointer and called every narrowed bool true."""


def truth_of(o: object) -> str:
    if isinstance(o, bool):
        return "bool:" + ("t" if o else "f") + ("!" if not o else "")
    if isinstance(o, int):
        return "int:" + ("t" if o else "f") + str(o and 7)
    if isinstance(o, float):
        return "float:" + ("t" if o else "f")
    return "other:" + ("t" if o else "f")


def union_truth(v: int | str | None) -> str:
    if isinstance(v, int):
        while v:
            return "nonzero"
        return "zero"
    return "str" if v else "empty or None"


xs: list[object] = [True, False, 0, 1, -3, 0.0, -0.0, 2.5, "", "x", None, []]
print([truth_of(x) for x in xs])
vs: list[int | str | None] = [0, 5, "", "a", None, False, True]
print([union_truth(v) for v in vs])
