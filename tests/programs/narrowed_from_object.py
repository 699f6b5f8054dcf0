"""Values narrowed from object (or a Union) by isinstance: read as the new type."""
from typing import Optional, Union


def show(v: object) -> None:
    if isinstance(v, bool):
        print("bool", v, int(v), float(v), v + 1)
    if isinstance(v, int):
        print("int", v, float(v), int(v), v + 1, str(v), v * 2.5, v / 2, -v)
    if isinstance(v, float):
        print("float", v, int(v), float(v), v * 2, round(v), v > 1)
    if isinstance(v, str):
        print("str", v.upper(), len(v), v[0], v + "!", float(v) if v.isdigit() else -1.0)
    if isinstance(v, tuple):
        print("tuple", len(v), v, v[0] if v else None, 1 in v, sorted(str(x) for x in v))
        for item in v:
            print(" item", item)
    if isinstance(v, list):
        print("list", len(v), v, bool(v), v == v, sorted(v))
    if isinstance(v, dict):
        print("dict", len(v), v, bool(v), v == v)
    if isinstance(v, set):
        print("set", len(v), v, bool(v), v == v)


def union(u: Union[int, float, str, None]) -> Optional[float]:
    if isinstance(u, int):
        return float(u) + 0.5
    if isinstance(u, float):
        return float(int(u))
    if u is None:
        return None
    return float(len(u))


xs: list[object] = [3, -7, 2.5, -1.75, "12", "ab", True, False, (4, "five", 6.0), (), [1, 2], {"k": 1}, {7}, None]
for x in xs:
    show(x)
us: list[Union[int, float, str, None]] = [4, 2.9, "abc", None, True]
for u in us:
    print(union(u))
big: object = 2 ** 62
if isinstance(big, int):
    print(float(big), int(big) - 1)
nan: object = float("nan")
if isinstance(nan, float):
    print(int(nan))
