"""json.dump and json.load with file objects: io.StringIO, files opened in
text and binary mode, a class of the program's with write(); dump's
formatting options; what dump has written when it meets an object it cannot
encode; load's errors.  The file lives in a directory of /tmp this program
makes (named after its process id) and removes."""

import io
import json
import os

DIR = f"/tmp/unicc_json_files_{os.getpid()}"


class Collect:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)


def in_memory() -> None:
    buf = io.StringIO()
    json.dump({"a": [1, 2.5, None, True], "b": "x\u00e9", "c": {}}, buf, indent=2, sort_keys=True)
    print(buf.getvalue())
    buf.seek(0)
    print(json.load(buf))
    buf = io.StringIO()
    json.dump([1, "é", [], {"k": -0.0}], buf, ensure_ascii=False, separators=(",", ":"))
    print(buf.getvalue())
    print(json.load(io.StringIO(buf.getvalue())))
    c = Collect()
    json.dump({"z": 1, "y": [True, False]}, c, sort_keys=True, indent="\t")
    print(repr("".join(c.parts)))
    print(json.load(io.StringIO("  [1, 2, {\"x\": null}]  ")))
    b = io.BytesIO("{\"é\": 3}".encode())
    print(json.load(b))


def files() -> None:
    p = DIR + "/d.json"
    with open(p, "w") as f:
        json.dump({"list": list(range(5)), "name": "unicc", "pi": 3.14159}, f)
    with open(p) as f:
        print(f.read())
    with open(p) as f:
        print(json.load(f))
    with open(p, "rb") as fb:
        print(json.load(fb))
    with open(p, "a") as f:
        json.dump(None, f)
    with open(p) as f:
        try:
            json.load(f)
        except json.JSONDecodeError as e:
            print(type(e).__name__, e, e.pos, e.lineno, e.colno)
    os.remove(p)


def errors() -> None:
    out = io.StringIO()
    try:
        json.dump({"a": 1, "b": {1, 2}}, out)
    except TypeError as e:
        print(type(e).__name__, e, repr(out.getvalue()))
    out = io.StringIO()
    try:
        json.dump([1, [2.5, float("nan")]], out, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e, repr(out.getvalue()))
    for v in ([float("inf")], {"a": [1.5, float("-inf")]}, {float("nan"): 1}, {"k": float("nan")}, [[], [float("nan")]]):
        for indent in (None, 2):
            out = io.StringIO()
            try:
                json.dump(v, out, allow_nan=False, indent=indent)
            except ValueError as e:
                print(type(e).__name__, e, repr(out.getvalue()))
            try:
                json.dumps(v, allow_nan=False, indent=indent)
            except ValueError as e:
                print(type(e).__name__, e)
    out = io.StringIO()
    cyc: list[object] = [1]
    cyc.append([2, cyc])
    try:
        json.dump(cyc, out)
    except ValueError as e:
        print(type(e).__name__, e, repr(out.getvalue()))
    out = io.StringIO()
    try:
        json.dump({"k": [1, 2, b"x"]}, out, indent=1)
    except TypeError as e:
        print(type(e).__name__, e, repr(out.getvalue()))
    out = io.StringIO()
    json.dump({"k": b"x", 1: 2}, out, default=repr)
    print(out.getvalue())
    for doc in ["", "[1,", "{\"a\" 1}", "[1] x"]:
        try:
            json.load(io.StringIO(doc))
        except json.JSONDecodeError as e:
            print(type(e).__name__, e)


os.mkdir(DIR)
try:
    in_memory()
    files()
    errors()
finally:
    os.rmdir(DIR)
