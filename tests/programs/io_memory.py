"""io.StringIO and io.BytesIO: writing, reading, lines, seek/tell, truncate,
closing, and the errors CPython raises."""

import io
from io import BytesIO, StringIO
from typing import IO


def show(e: Exception) -> None:
    print(type(e).__name__, e)


def strings() -> None:
    s = StringIO()
    print(s.write("héllo\n"), s.write(""), s.write("wörld\nlast"), s.tell())
    print(repr(s.getvalue()), repr(s.read()))
    print(s.seek(0), repr(s.readline()), repr(s.readline(2)), repr(s.read(3)), s.tell())
    print(repr(s.read()), repr(s.readline()))
    s.seek(0)
    print([line for line in s])
    s.seek(0)
    print(s.readlines())
    s.seek(2)
    s.write("LL")
    print(repr(s.getvalue()))
    s.seek(0, 2)
    s.write("!")
    print(repr(s.getvalue()), s.truncate(5), repr(s.getvalue()), s.tell())
    s.seek(8)
    s.write("z")
    print(repr(s.getvalue()))
    t = StringIO("initial\nvalue")
    print(t.tell(), repr(t.readline()), repr(t.read()))
    t.seek(0)
    t.write("IN")
    print(repr(t.getvalue()))
    with StringIO() as u:
        u.writelines(["a", "b", "c\n"])
        print(repr(u.getvalue()), u.closed, u.readable(), u.writable(), u.seekable())
    print(u.closed)
    for op in ["getvalue", "write", "read", "tell", "seek"]:
        try:
            if op == "getvalue":
                u.getvalue()
            elif op == "write":
                u.write("x")
            elif op == "read":
                u.read()
            elif op == "tell":
                u.tell()
            else:
                u.seek(0)
        except ValueError as e:
            show(e)
    try:
        StringIO().seek(-1)
    except ValueError as e:
        show(e)


def byte_streams() -> None:
    b = BytesIO()
    print(b.write(b"ab\ncd"), b.write(bytearray(b"\n\xff")), b.tell())
    print(b.getvalue(), b.read())
    b.seek(0)
    print(b.readline(), b.read(2), b.readline(), b.readline(), b.tell())
    b.seek(0)
    print(list(b), b.seek(1), b.read(1), b.seek(-2, 2), b.read(), b.seek(1, 0), b.seek(2, 1))
    b.seek(10)
    b.write(b"!")
    print(b.getvalue())
    print(b.truncate(3), b.getvalue(), b.tell())
    c = BytesIO(b"start\nrest")
    print(c.readlines(), c.tell())
    c.close()
    try:
        c.getvalue()
    except ValueError as e:
        show(e)
    try:
        c.write(b"x")
    except ValueError as e:
        show(e)
    with io.BytesIO(b"xyz") as d:
        print(d.read(2), d.closed)
    print(d.closed)


def emit(out: IO[str], text: str) -> None:
    out.write(text)


def through_io() -> None:
    s = io.StringIO()
    emit(s, "via IO[str]\n")
    emit(s, "again\n")
    print(repr(s.getvalue()))


strings()
byte_streams()
through_io()
