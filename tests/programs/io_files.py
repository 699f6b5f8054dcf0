"""open() on the unix target: modes, reading, writing, seek/tell, closing,
and CPython's errors.  The files live in a directory of /tmp this program
makes (named after its process id) and removes."""

import io
import os

DIR = f"/tmp/unicc_io_files_{os.getpid()}"


def show(e: Exception) -> None:
    print(type(e).__name__, str(e).replace(DIR, "<dir>"))


def write_and_read() -> None:
    p = DIR + "/a.txt"
    with open(p, "w") as f:
        print(f.write("héllo\n"), f.write("line two\r\n"), f.write("old mac\rend"))
        f.writelines(["x\n", "", "y"])
        print(f.name == p, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.closed)
    with open(p) as f:
        print(repr(f.read()))
    with open(p, newline="") as f:
        print(repr(f.read()))
    with open(p, encoding="utf-8") as f:
        print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.read(4)))
        print(repr(f.readlines()))
        print(repr(f.readline()), repr(f.read()), repr(f.read(2)))
    with open(p) as f:
        for line in f:
            print(repr(line))
    with open(p) as f:
        print(f.readlines(5))
    with open(p, "a") as f:
        f.write("\nappended")
    with open(p, "rb") as g:
        print(g.read(3), g.tell(), g.readline(), g.tell())
        print(g.seek(0), g.read(2), g.seek(-3, 2), g.read(), g.tell())
        print(g.mode, g.name == p)
    with open(p, "rb") as g:
        print(list(g)[:3])
    with open(p, "rb") as g:
        print(g.readlines())


def binary() -> None:
    p = DIR + "/b.bin"
    data = bytes(range(256)) * 100
    with open(p, "wb") as f:
        print(f.write(data[:10]), f.write(bytearray(b"\n\x00\xff")), f.write(data))
        print(f.tell())
    with open(p, "rb") as f:
        chunks = []
        while True:
            c = f.read(1000)
            if not c:
                break
            chunks.append(c)
        print(len(chunks), sum(len(c) for c in chunks), b"".join(chunks) == data[:10] + b"\n\x00\xff" + data)
    with open(p, "r+b") as f:
        f.seek(5)
        f.write(b"XY")
        f.seek(0)
        print(f.read(10), f.mode)
    with open(p, "ab") as f:
        print(f.write(b"tail"), f.tell())
    with open(p, "rb", buffering=0) as f:
        print(f.read(4), f.seek(-4, 2), f.read())


def create_exclusive() -> None:
    p = DIR + "/x.txt"
    with open(p, "x") as f:
        f.write("new")
    try:
        open(p, "x")
    except FileExistsError as e:
        show(e)
    with open(p, "r+") as f:
        print(f.read())
        f.write("er")
        f.seek(0)
        print(f.read(), f.tell())
    with open(p, "w+") as f:
        f.write("fresh")
        f.seek(0)
        print(f.read())


def errors() -> None:
    for path, mode in [(DIR + "/missing.txt", "r"), (DIR, "r"), (DIR, "w"), (DIR + "/no/such", "w"),
                       ("", "r")]:
        try:
            open(path, mode)
        except OSError as e:
            show(e)
    for mode in ["q", "rw", "rbt", "rr", "", "b", "+"]:
        try:
            open(DIR + "/a.txt", mode)
        except ValueError as e:
            show(e)
    try:
        open(DIR + "/a.txt", "rb", encoding="utf-8")
    except ValueError as e:
        show(e)
    try:
        open(DIR + "/a.txt", "r", buffering=0)
    except ValueError as e:
        show(e)
    try:
        open(DIR + "/a\0b")
    except ValueError as e:
        show(e)
    f = open(DIR + "/a.txt")
    try:
        f.write("no")
    except io.UnsupportedOperation as e:
        show(e)
    f.close()
    f.close()
    for name in ["read", "readline", "write", "tell", "seek", "flush", "iter"]:
        try:
            if name == "read":
                f.read()
            elif name == "readline":
                f.readline()
            elif name == "write":
                f.write("x")
            elif name == "tell":
                f.tell()
            elif name == "seek":
                f.seek(0)
            elif name == "flush":
                f.flush()
            else:
                iter(f)
        except ValueError as e:
            show(e)
    w = open(DIR + "/w.txt", "w")
    try:
        w.read()
    except io.UnsupportedOperation as e:
        show(e)
    w.close()
    g = open(DIR + "/w.txt", "wb")
    try:
        g.read()
    except io.UnsupportedOperation as e:
        show(e)
    g.close()
    for gname in ["read", "write", "seek"]:
        try:
            if gname == "read":
                g.read()
            elif gname == "write":
                g.write(b"x")
            else:
                g.seek(0)
        except (ValueError, OSError) as e:   # UnsupportedOperation is both in CPython
            show(e)
    r = open(DIR + "/w.txt", "rb")
    try:
        r.write(b"x")
    except io.UnsupportedOperation as e:
        show(e)
    r.close()


def cleanup() -> None:
    for name in ["a.txt", "b.bin", "x.txt", "w.txt"]:
        print(name, os.path.isfile(DIR + "/" + name), os.path.exists(DIR + "/" + name))
        os.remove(DIR + "/" + name)
    print(os.path.isdir(DIR), os.path.isfile(DIR), os.path.exists(DIR + "/a.txt"))
    try:
        os.remove(DIR + "/a.txt")
    except OSError as e:
        show(e)
    os.rmdir(DIR)
    print(os.path.exists(DIR))


os.mkdir(DIR)
try:
    write_and_read()
    binary()
    create_exclusive()
    errors()
finally:
    cleanup()
