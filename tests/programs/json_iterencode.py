"""json.JSONEncoder.iterencode: the pieces CPython's encoder yields (what
the program sees when it prints them), joined equal to encode(), for every
option; the pieces given before an error; dump writing one piece a
write; a subclass's iterencode used by encode, dumps(cls=) and dump(cls=)."""

import json
from typing import Iterator


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


class PointEncoder(json.JSONEncoder):
    def default(self, o: object) -> object:
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


class Upper(json.JSONEncoder):
    def iterencode(self, o: object, _one_shot: bool = False) -> Iterator[str]:
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


class Writes:
    def __init__(self) -> None:
        self.pieces: list[str] = []

    def write(self, s: str) -> int:
        self.pieces.append(s)
        return len(s)


DOC: dict[str, object] = {"name": "unicc", "tags": ["a", "é", 3, 2.5, None, True, [], {}],
                          "nested": {"list": [[1, [2, {"k": False}]], {"z": -0.0}], "n": 12}, "empty": ""}


def pieces() -> None:
    encoders = [json.JSONEncoder(), json.JSONEncoder(indent=2), json.JSONEncoder(sort_keys=True, indent="\t"),
                json.JSONEncoder(separators=(",", ":")), json.JSONEncoder(ensure_ascii=False, indent=0)]
    for enc in encoders:
        chunks = list(enc.iterencode(DOC))
        print(len(chunks), chunks)
        print("".join(chunks) == enc.encode(DOC), "".join(enc.iterencode(DOC, True)) == enc.encode(DOC))
    for value in [[], {}, "s", 1, 2.5, None, False, [1], {"a": 1}, ((1, 2), "t"), {1: "i", 2.5: "f", None: "n"}]:
        print(list(json.JSONEncoder().iterencode(value)), list(json.JSONEncoder(indent=1).iterencode(value)))
    print(list(PointEncoder().iterencode([Point(1, 2), {"p": Point(3, 4)}])))
    print(list(json.JSONEncoder(default=lambda o: [0]).iterencode({"s": {1, 2}} if False else {"p": Point(0, 0)})))
    print(list(json.JSONEncoder(skipkeys=True).iterencode({"a": 1, (1, 2): 2, "b": 3})))


def errors() -> None:
    ring: list[object] = [1]
    ring.append(ring)
    cases: list[tuple[str, json.JSONEncoder, object]] = [
        ("nan", json.JSONEncoder(allow_nan=False), [1, {"a": [2, float("nan")]}]),
        ("nan key", json.JSONEncoder(allow_nan=False), {"a": 1, float("inf"): 2}),
        ("object", json.JSONEncoder(), {"a": [1, 2], "b": Point(1, 2)}),
        ("object in list", json.JSONEncoder(indent=2), [1, [Point(1, 2)]]),
        ("key", json.JSONEncoder(), {"a": 1, (1, 2): 2}),
        ("circular", json.JSONEncoder(), {"ring": ring}),
        ("sort mixed", json.JSONEncoder(sort_keys=True), {"a": 1, 2: 3}),
    ]
    for label, enc, value in cases:
        got: list[str] = []
        try:
            for chunk in enc.iterencode(value):
                got.append(chunk)
            print(label, got)
        except (ValueError, TypeError) as e:
            print(label, got, type(e).__name__, e)
        try:
            print(enc.encode(value))
        except (ValueError, TypeError) as e:
            print(label, "encode", type(e).__name__, e)


def writes() -> None:
    w = Writes()
    json.dump(DOC, w)
    print(len(w.pieces), w.pieces[:8], "".join(w.pieces) == json.dumps(DOC))
    w = Writes()
    json.dump({"a": [1, 2]}, w, indent=2, sort_keys=True)
    print(w.pieces)
    w = Writes()
    try:
        json.dump({"a": [1, 2], "b": [Point(1, 2)]}, w)
    except TypeError as e:
        print(w.pieces, e)
    w = Writes()
    json.dump([Point(5, 6)], w, cls=PointEncoder)
    print(w.pieces)
    w = Writes()
    json.dump({"k": "v"}, w, cls=Upper)
    print(w.pieces, Upper().encode({"k": ["v"]}), Upper().encode("str"), json.dumps(["x"], cls=Upper))


pieces()
errors()
writes()
