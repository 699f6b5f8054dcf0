"""json.loads with object_hook, object_pairs_hook, parse_float, parse_int and
parse_constant; json.JSONDecoder's decode and raw_decode, with CPython's
results and errors."""
from __future__ import annotations

import json
from typing import cast


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


def as_point(d: dict[str, object]) -> object:
    x, y = d.get("x"), d.get("y")
    if isinstance(x, int) and isinstance(y, int):
        return Point(x, y)
    return d


def pairs_list(pairs: list[tuple[str, object]]) -> object:
    return [k + "=" + str(v) for k, v in pairs]


def tagged(text: str) -> object:
    return "<" + text + ">"


def main() -> None:
    doc = '{"a": {"x": 1, "y": 2}, "b": [{"x": 3, "y": 4}, {"z": 5}], "c": {}}'
    v = json.loads(doc, object_hook=as_point)
    print(v)
    b = cast(dict[str, object], v)["b"]
    p = cast(list[object], b)[0]
    print(type(p).__name__, isinstance(p, Point) and p.x + p.y)
    print(json.loads('{"k": 1, "k": 2, "j": [3]}', object_pairs_hook=pairs_list))
    print(json.loads('{"k": 1}', object_pairs_hook=pairs_list, object_hook=as_point))
    print(json.loads("[1, 2.5, -3e2, 0]", parse_float=tagged, parse_int=tagged))
    print(json.loads("[NaN, Infinity, -Infinity, 1]", parse_constant=tagged))
    print(json.loads('{"n": 1.25}', parse_float=str), json.loads("[7, 8]", parse_int=float))
    dec = json.JSONDecoder(object_hook=as_point)
    print(dec.decode('[{"x": 9, "y": 10}]'), dec.raw_decode('{"x": 1, "y": 1} tail'))
    plain = json.JSONDecoder()
    print(plain.decode(' {"q": [true, null]} '), plain.raw_decode("[1, 2] [3]"), plain.raw_decode("xx 42 yy", 3))
    print(plain.raw_decode('"é" 1'), plain.raw_decode('[1] "é"', 4))
    for bad in ("[1, 2", " 1", '{"a" 1}'):
        try:
            print(plain.raw_decode(bad))
        except json.JSONDecodeError as e:
            print(type(e).__name__, e, e.pos)
    try:
        json.loads("[1, x]", parse_int=tagged)
    except ValueError as e:
        print(type(e).__name__, e)


main()


class PointDecoder(json.JSONDecoder):
    def __init__(self, **hooks: object) -> None:
        super().__init__(object_hook=as_point)


print(json.loads('[{"x": 5, "y": 6}, 1]', cls=PointDecoder), json.loads("[2]", cls=json.JSONDecoder, parse_int=tagged))
