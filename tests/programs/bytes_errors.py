# Error paths of the bytes helpers: messages must match CPython's.
from typing import Callable


def attempt(label: str, fn: Callable[[], object]) -> None:
    try:
        print(label, "->", fn())
    except (ValueError, IndexError) as e:
        print(label, "raised", "ValueError" if isinstance(e, ValueError) else "IndexError", "|", e)


ba = bytearray(b"abcdef")


def set_extended() -> bytearray:
    ba[::2] = b"12"
    return ba


def set_byte() -> int:
    ba[1] = 256
    return ba[1]


attempt("fromhex ok", lambda: bytes.fromhex("00 ff 10"))
attempt("fromhex bad", lambda: bytes.fromhex("0a zz"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("split empty sep", lambda: b"a b".split(b""))
attempt("extended slice", set_extended)
attempt("byte range", set_byte)
attempt("index", lambda: b"abc"[5])
attempt("negative index", lambda: bytearray(b"abc")[-4])
attempt("pop empty", lambda: bytearray().pop())
ba[1:4] = b""
print(ba, bytes(ba).replace(b"e", b"E"), b"a-b-c".split(b"-", 1))
