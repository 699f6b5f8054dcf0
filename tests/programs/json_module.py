"""json: dumps (indent, sort_keys, separators, ensure_ascii, allow_nan,
skipkeys, default, circular references) of dicts, lists and tuples of any
item type, and loads (the whole grammar, numbers, escapes, surrogate pairs,
JSONDecodeError messages and positions), compared with CPython."""

import json
from typing import Callable


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def point_default(o: object) -> object:
    if isinstance(o, Point):
        return [o.x, o.y]
    raise TypeError(f"cannot serialize {type(o).__name__}")


def attempt(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, f())
    except json.JSONDecodeError as e:
        print(label, "JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


def loader(text: str) -> Callable[[], object]:
    return lambda: json.loads(text)


# dumps
ints: dict[str, int] = {"b": 2, "a": 1}
floats = [0.1, 1.0, -0.0, 1e22, 1e-7, 123456789.125, 2.5e-300]
nested: dict[str, object] = {"name": "unicc", "tags": ["a", "b"], "n": None, "ok": True,
                             "ratio": 0.5, "pairs": [(1, "x"), (2, "y")], "empty": {}, "none": []}
print(json.dumps(ints), json.dumps(floats), json.dumps(nested))
print(json.dumps(nested, sort_keys=True), json.dumps(ints, separators=(",", ":")))
print(json.dumps(nested, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({"a": [1, {"b": 2}]}, indent="\t"), json.dumps({"a": 1}, indent=-1))
print(json.dumps("plain"), json.dumps("q\"b\\s/\n\r\t\b\f\x00\x1f\x7f"), json.dumps("é😀\u2028"))
print(json.dumps("é😀\x7f\x01", ensure_ascii=False), json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps("a\ud800b"), json.dumps("x\udfffé", ensure_ascii=False) == '"x\udfffé"', json.dumps("mixé\n\"ü😀end"))
print(json.dumps([{"k\n": 1, "é": 2}, {"k\n": 3, "é": 4}]), json.dumps([{"é": 1}, {"é": 2}], ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf")]), json.dumps(True), json.dumps(None), json.dumps(2**62))
print(json.dumps({1: "i", 2.5: "f", False: "b", None: "n"}), json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps([(1, 2), (), [3.5, "s"]]), json.dumps(("t",)), json.dumps({"s": {1, 2}} if False else {"s": []}))
print(json.dumps({"a": 1, "b": Point(1, 2)}, default=point_default), json.dumps({"k": 1, "j": 2}, skipkeys=True))
bools: list[bool] = [True, False]
print(json.dumps(bools), json.dumps([[1.5, 2.5], [3.5]]), json.dumps({"x": [True, None]}), json.dumps([ints, ints]))
attempt("nan strict", lambda: json.dumps([float("nan")], allow_nan=False))
attempt("inf key strict", lambda: json.dumps({float("inf"): 1}, allow_nan=False))
attempt("tuple key", lambda: json.dumps({(1, 2): 3}))
attempt("skip tuple key", lambda: json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
attempt("set", lambda: json.dumps({1, 2}))
attempt("bytes", lambda: json.dumps(b"x"))
attempt("object", lambda: json.dumps([Point(0, 0)]))
attempt("default raises", lambda: json.dumps("x" if False else [b"?"], default=point_default))
loop: list[object] = []
loop.append(loop)
attempt("circular", lambda: json.dumps(loop))
attempt("circular unchecked ok", lambda: json.dumps([loop[0:0], loop[0:0]], check_circular=False))
attempt("sort mixed", lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True))

# loads
doc = '{"name": "unicc", "version": [0, 15], "ratio": 0.25, "ok": true, "none": null, "nested": {"k": [1.5e3, -2, "x"]}}'
v = json.loads(doc)
print(v)
if isinstance(v, dict):
    print(sorted(v), v["name"], v.get("missing"))
    ver = v["version"]
    if isinstance(ver, list):
        print(len(ver), [x for x in ver if isinstance(x, int)])
    nest = v["nested"]
    if isinstance(nest, dict):
        k = nest["k"]
        if isinstance(k, list):
            first = k[0]
            if isinstance(first, float):
                print(first + 1)
    ok = v["ok"]
    print(isinstance(ok, bool), isinstance(v["ratio"], float), v["none"] is None)
print(json.loads("  [1, 2.0, -3, -0, -0.0, 1e5, 1E+2, 1.5e-3, 12345678901234]  "))
print(json.loads("[999999999999999999,-999999999999999999,1000000000000000000,-1234567890123456789,-0,12]"))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"'), json.loads('"\\ud800"') == "\ud800")
print(json.loads('"\\ud83d\\u0041"') == "\ud83dA", json.loads('"caf\u00e9 \\u2603 \u2603"'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads("true"), json.loads("null"))
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b"[true]")), json.loads(b'\xef\xbb\xbf"bom"'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads("[]"), json.loads("{}"), json.loads('"\x7f"'))
print(json.loads(json.dumps(nested)) == json.loads(json.dumps(nested, indent=3)))
round_trip = json.loads(json.dumps(floats))
print(round_trip, round_trip == floats)
for bad in ["", " ", "[", "[1", "[1,", "[1,]", "{", '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
            "{1:2}", '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12G4"', '"a\tb"', "01", "1.", "-", "-a",
            "tru", "nul", "[1 2]", '{"a" 1}', "1 2", "[1,\n 2,\n x]", "\ufeff1", '{"a":1 "b":2}', "1e",
            "[-]", '{"a":1}}', "Infinityx", '"\\', '"\\u', '"\\ud800\\', '"\\ud800\\u', '"\\ud800\\u12"',
            '["é", x]', '{"ключ": }']:
    attempt(repr(bad), loader(bad))
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.lineno, e.colno, isinstance(e, ValueError))
