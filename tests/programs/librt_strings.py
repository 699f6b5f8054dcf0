"""librt.strings (mypyc's runtime library; stdlib/cpython/librt/ when
compiled): BytesWriter and StringWriter (append, write, getvalue, truncate,
len, indexing, repr), the write_*/read_* fixed-width numbers in both byte
orders, the code point tests and case conversions, and every error."""

from __future__ import annotations

from typing import Callable

from librt import strings
from librt.strings import BytesWriter, StringWriter
from mypy_extensions import i32, i64, u8


def attempt(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def squeeze(b: bytes) -> bytes:
    """b with each run of spaces and tabs one space, none at the ends."""
    w = BytesWriter()
    i: i64 = 0
    n: i64 = len(b)
    while i < n and b[i] in b" \t":
        i += 1
    while i < n:
        c: u8 = b[i]
        if c == ord(" ") or c == ord("\t"):
            while i < n and b[i] in b" \t":
                i += 1
            if i < n:
                w.append(ord(" "))
        else:
            w.append(c)
            i += 1
    return w.getvalue()


def caesar(s: str, k: i32) -> str:
    w = StringWriter()
    for ch in s:
        c: i32 = ord(ch)
        if strings.isalpha(c) and c < 128:
            base: i32 = ord("a") if c >= ord("a") else ord("A")
            w.append(base + (c - base + k) % 26)
        else:
            w.append(c)
    return w.getvalue()


def bytes_writer() -> None:
    w = BytesWriter()
    print(w, len(w), w.getvalue(), bool(len(w)))
    w.append(65)
    w.append(True)
    w.write(b"bcd")
    w.write(bytearray(b"\x00\xff"))
    print(w, len(w), w.getvalue(), w[0], w[1], w[-1], w[-6])
    w[1] = 66
    w[-2] = 10
    print(w.getvalue(), repr(w), str(w))
    for i in (6, -7, 7, -8, 100):
        attempt(f"get {i}", lambda: w[i])

        def put() -> None:
            w[i] = 1
        attempt(f"set {i}", put)
    for x in (256, -1, 1000):
        attempt(f"append {x}", lambda: w.append(x))

        def put_x() -> None:
            w[0] = x
        attempt(f"set {x}", put_x)
    for size in (7, -1, 4, 0):
        attempt(f"truncate {size}", lambda: w.truncate(size))
        print(w.getvalue(), len(w))
    w.write(b"again")
    w.append(33)
    print(w.getvalue())
    print(squeeze(b"  Foobar  12\t\t-ab\tx  "), squeeze(b""), squeeze(b" \t "), squeeze(b"yeah"))


def string_writer() -> None:
    w = StringWriter()
    print(repr(w), len(w), repr(w.getvalue()))
    w.append(0x1234)
    w.write("héllo")
    w.append(65)
    w.write("")
    w.append(0x1F600)
    print(repr(w.getvalue()), len(w), w[0], w[2], w[-1], w[-8], str(w), repr(w))
    w.write(" more")
    print(w.getvalue(), len(w), w[10])
    for i in (12, 13, -14, -15, 1000):
        attempt(f"get {i}", lambda: w[i])
    for c in (-1, 0x110000, 2 ** 40):
        attempt(f"append {c}", lambda: w.append(c))
    q = StringWriter()
    q.write("it's \"x\"\n")
    print(repr(q), q.getvalue() == "it's \"x\"\n")
    print(caesar("Hello, World! ß", 3), caesar("xyz", 13), caesar("", 1))


def numbers() -> None:
    w = BytesWriter()
    strings.write_i8(w, -2)
    strings.write_i8(w, 127)
    strings.write_i16_le(w, -3)
    strings.write_i16_be(w, 0x1234)
    strings.write_i32_le(w, -5)
    strings.write_i32_be(w, 2 ** 31 - 1)
    strings.write_i64_le(w, -9)
    strings.write_i64_be(w, 9223372036854775807)
    strings.write_u16_le(w, 65535)
    strings.write_u16_be(w, 1)
    strings.write_u32_le(w, 2 ** 32 - 1)
    strings.write_u32_be(w, 3)
    strings.write_u64_le(w, 2 ** 62)
    strings.write_u64_be(w, 5)
    strings.write_f32_le(w, 1.5)
    strings.write_f32_be(w, -2.25)
    strings.write_f64_le(w, 0.1)
    strings.write_f64_be(w, 1e300)
    strings.write_f32_le(w, 1e39)
    strings.write_f32_be(w, 0.1)
    strings.write_f64_le(w, float("-inf"))
    v = w.getvalue()
    print(v.hex(), len(v))
    print(strings.read_i8(v, 0), strings.read_i8(v, 1), strings.read_i16_le(v, 2), strings.read_i16_be(v, 4),
          strings.read_i32_le(v, 6), strings.read_i32_be(v, 10), strings.read_i64_le(v, 14),
          strings.read_i64_be(v, 22))
    print(strings.read_u16_le(v, 30), strings.read_u16_be(v, 32), strings.read_u32_le(v, 34),
          strings.read_u32_be(v, 38), strings.read_u64_le(v, 42), strings.read_u64_be(v, 50))
    print(strings.read_f32_le(v, 58), strings.read_f32_be(v, 62), strings.read_f64_le(v, 66),
          strings.read_f64_be(v, 74), strings.read_f32_le(v, 82), strings.read_f32_be(v, 86),
          strings.read_f64_le(v, 90))
    raw = b"\x80\x01\x02\x03\x04\x05\x06\x07"
    print(strings.read_i16_le(raw, 0), strings.read_u16_be(raw, 0), strings.read_i32_be(raw, 0),
          strings.read_u32_le(raw, 4), strings.read_i64_be(raw, 0), strings.read_f32_be(raw, 0))
    readers: list[tuple[str, Callable[[bytes, i64], object]]] = [
        ("i8", strings.read_i8), ("i16_le", strings.read_i16_le), ("u16_be", strings.read_u16_be),
        ("i32_le", strings.read_i32_le), ("u32_be", strings.read_u32_be), ("i64_be", strings.read_i64_be),
        ("u64_le", strings.read_u64_le), ("f32_le", strings.read_f32_le), ("f64_be", strings.read_f64_be)]
    for name, read in readers:
        for at in (0, 7, 8, -1, 2 ** 40):
            attempt(f"read_{name} {at}", lambda: read(raw, at))
    writers: list[tuple[str, Callable[[BytesWriter, int], None], list[int]]] = [
        ("i8", strings.write_i8, [-129, 128, -128]), ("i16_le", strings.write_i16_le, [-32769, 32768]),
        ("i16_be", strings.write_i16_be, [32767]), ("i32_le", strings.write_i32_le, [-2 ** 31 - 1, 2 ** 31]),
        ("i32_be", strings.write_i32_be, [-2 ** 31]), ("u16_le", strings.write_u16_le, [-1, 65536]),
        ("u16_be", strings.write_u16_be, [0]), ("u32_le", strings.write_u32_le, [-1, 2 ** 32]),
        ("u32_be", strings.write_u32_be, [2 ** 32 - 1]), ("u64_le", strings.write_u64_le, [-1, 7]),
        ("u64_be", strings.write_u64_be, [-5])]
    e = BytesWriter()
    for name, write, values in writers:
        for n in values:
            attempt(f"write_{name} {n}", lambda: write(e, n))
    print(e.getvalue().hex())


def code_points() -> None:
    samples = [0x20, 0x9, 0xA, 0x1C, 0x85, 0xA0, 0x3000, 0x30, 0x39, 0x663, 0xB2, 0xBD, 0x41, 0x5A, 0x61, 0x7A,
               0xE9, 0xC9, 0x5F, 0x24, 0x2D, 0x2160, 0x2170, 0xDF, 0xFB01, 0x1F600, 0x130, 0x131, 0x3A3, 0x3C3,
               0x1C5, 0x37A, 0xE33, 0x16EE, 0x3007, 0xFE70, 0xFF9E, 0x10140, 0x12400, 0xD800, 0x10FFFF, -1,
               0x110000, -(2 ** 31), 2 ** 31 - 1]
    for c in samples:
        print(hex(c), strings.isspace(c), strings.isdigit(c), strings.isalnum(c), strings.isalpha(c),
              strings.isidentifier(c), hex(strings.toupper(c)), hex(strings.tolower(c)))
    for c in (2 ** 31, -(2 ** 31) - 1):
        attempt(f"isspace {c}", lambda: strings.isspace(c))
        attempt(f"toupper {c}", lambda: strings.toupper(c))
    # every code point below U+20000 and the planes' starts, as counts and sums
    counts = [0, 0, 0, 0, 0]
    up = 0
    low = 0
    cp: i32 = 0
    while cp < 0x20000 or cp <= 0x10FFFF and cp % 0x1000 == 0:
        tests = (strings.isspace(cp), strings.isdigit(cp), strings.isalnum(cp), strings.isalpha(cp),
                 strings.isidentifier(cp))
        for k in range(5):
            if tests[k]:
                counts[k] += 1
        up += strings.toupper(cp) - cp
        low += strings.tolower(cp) - cp
        cp += 1 if cp < 0x20000 else 0x1000
    print(counts, up, low)


bytes_writer()
string_writer()
numbers()
code_points()
