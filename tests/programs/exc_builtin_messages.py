# str(e) of exceptions raised by builtin operations must match CPython's messages.
import math
from typing import Callable


def attempt(label: str, fn: Callable[[], object]) -> None:
    try:
        print(label, "->", fn())
    except (IndexError, KeyError, ValueError, ZeroDivisionError, TypeError) as e:
        kind = "IndexError" if isinstance(e, IndexError) else "KeyError" if isinstance(e, KeyError) \
            else "ZeroDivisionError" if isinstance(e, ZeroDivisionError) else "ValueError" \
            if isinstance(e, ValueError) else "TypeError"
        print(label, "raised", kind, "|", e)


xs = [1, 2, 3]
d = {"a": 1}
bd: dict[bytes, int] = {b"k": 1}
td: dict[tuple[int, str], int] = {(1, "x"): 1}
zero = len(xs) - 3
empty: list[int] = []
ba = bytearray(2)


def set_byte() -> int:
    ba[0] = 300
    return ba[0]


attempt("list index", lambda: xs[3])
attempt("list neg index", lambda: xs[-4])
attempt("str index", lambda: "abc"[10])
attempt("dict str key", lambda: d["b"])
attempt("dict bytes key", lambda: bd[b"q"])
attempt("dict tuple key", lambda: td[(2, "y")])
attempt("int floordiv", lambda: 5 // zero)
attempt("int mod", lambda: 5 % zero)
attempt("int truediv", lambda: 5 / zero)
attempt("float div", lambda: 5.0 / zero)
attempt("int parse", lambda: int("4.5"))
attempt("int parse base", lambda: int("12", 2))
attempt("int parse empty", lambda: int(""))
attempt("float parse", lambda: float("abc"))
attempt("list.index", lambda: xs.index(9))
attempt("list.remove", lambda: xs.remove(9))
attempt("list.pop", lambda: empty.pop())
attempt("dict.pop", lambda: d.pop("zz"))
attempt("str.index", lambda: "hello".index("z"))
attempt("chr range", lambda: chr(-1))
attempt("slice step", lambda: xs[::zero])
attempt("bytes range", lambda: bytes([256]))
attempt("bytearray set", set_byte)
attempt("int from float", lambda: int(float("nan")))
attempt("sqrt domain", lambda: math.sqrt(-1.0))
attempt("decode", lambda: b"\xff".decode())
attempt("set.remove", lambda: {1, 2}.remove(3))
attempt("min empty", lambda: min(empty))
attempt("ok", lambda: xs[0] + d["a"])
