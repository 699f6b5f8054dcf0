"""struct: every format code under each byte order, alignment, repeat
counts, pack/unpack round trips, pack_into/unpack_from offsets,
iter_unpack, Struct, calcsize, and struct.error's messages."""

import struct


def show_pack(fmt: str, a: object, b: object = None) -> None:
    try:
        if b is None:
            r = struct.pack(fmt, a)
        else:
            r = struct.pack(fmt, a, b)
        print(fmt, r.hex(), struct.unpack(fmt, r))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)


def sizes() -> None:
    for f in ["", "<", "x", "3x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "e", "f", "d",
              "n", "N", "P", "@n", "@N", "@P", "5s", "5p", "0s", "bh", "bi", "bl", "bq", "bd", "be", "bf", "bP",
              "b?", "<bhilq", ">bhilq", "!bhilq", "=bhilq", "@bhilq", "hl0l", "llh0l", "b0h", " h\tH\n",
              "3h2I", "2s3p", "10x2H", "@ci", "<ci", "@3c", "i3s2q"]:
        print(repr(f), struct.calcsize(f))
    print(struct.calcsize(b"<HH"), struct.pack("P", -1).hex())


def ints() -> None:
    for order in "@=<>!":
        for c in "bBhHiIlLqQ":
            fmt = order + c
            for v in [0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32768, -32769,
                      2147483647, 2147483648, 4294967295, 4294967296, -2147483648, -2147483649,
                      9223372036854775807, -9223372036854775808]:
                try:
                    data = struct.pack(fmt, v)
                    back = struct.unpack(fmt, data)[0]
                    print(fmt, v, data.hex(), back == v)
                except struct.error as e:
                    print(fmt, v, "error", e)
    for c in "nNP":
        for v in [0, 5, -1 if c != "P" else 7, 9223372036854775807]:
            try:
                data = struct.pack(c, v)
                print(c, v, data.hex(), struct.unpack(c, data)[0] == v)
            except struct.error as e:
                print(c, v, "error", e)
    for fmt in ["<n", "=N", ">P", "<y", "3", "<H<", "!3 H", "<99999999999999999999H", "<4611686018427387904Q"]:
        try:
            print(struct.calcsize(fmt))
        except struct.error as e:
            print(fmt, "error", e)


def floats() -> None:
    for order in "@<>":
        for c in "efd":
            for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-5, 1e-8, 6e-8, 3e-8, 65504.0, 65519.0, 65520.0, 1e38,
                      3.4028235e38, 3.4028236e38, 1e39, 1.5e-45, 1e-46, 1e300, 5e-324,
                      float("inf"), -float("inf")]:
                try:
                    data = struct.pack(order + c, x)
                    print(order + c, x, data.hex(), struct.unpack(order + c, data))
                except (struct.error, OverflowError) as e:
                    print(order + c, x, type(e).__name__, e)
            print(struct.pack(order + c, 2), struct.pack(order + c, True))
            data = struct.pack(order + c, float("nan"))
            y = struct.unpack(order + c, data)[0]
            print(order + c, "nan", data.hex(), y != y)
    # every binary16 pattern decodes as CPython decodes it
    total = 0.0
    nans = 0
    for h in range(0, 65536, 7):
        hv: float = struct.unpack("<e", h.to_bytes(2, "little"))[0]
        if hv != hv:
            nans += 1
        elif hv != float("inf") and hv != -float("inf"):
            total += abs(hv)
    print("half", total, nans)
    # f rounding near ties
    for x in [1.0000000596046448, 1.0000001788139343, 16777217.0, 0.3333333333333333, 1.17549435e-38, 1.1754942e-38]:
        print(struct.unpack("<f", struct.pack("<f", x))[0])
    for bad in ["x", b"1"]:
        try:
            struct.pack("<d", bad)
        except struct.error as e:
            print("float", e)


def others() -> None:
    print(struct.pack("?", 0), struct.pack("?", 5), struct.pack("?", ""), struct.pack("?", [1]))
    print(struct.unpack("???", b"\x00\x01\x02"))
    print(struct.pack("c", b"x"), struct.unpack("cc", b"ab"))
    print(struct.pack("3s", b"abcdef"), struct.pack("3s", b"a"), struct.pack("0s", b"abc"))
    print(struct.pack("5p", b"abcdef"), struct.pack("5p", b"ab"), struct.pack("0p", b"ab"), struct.pack("1p", b"ab"))
    print(struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"))
    print(struct.pack("300p", b"a" * 290)[:3], struct.unpack("3s2x", b"abcde"))
    print(struct.pack("<2xH2x", 1), struct.pack("@bq", 1, 2).hex(), struct.pack("@qb", 1, 2).hex())
    vals: list[object] = [b"ab", 1, bytearray(b"y"), 1, "x", 1.5, "x", None]
    for fmt, v in zip("ccc" + "spHHb", vals):
        try:
            struct.pack(fmt, v)
        except struct.error as e:
            print(fmt, e)


def arities() -> None:
    for n in range(0, 4):
        vals: list[int] = list(range(n))
        try:
            if n == 0:
                struct.pack("<2H")
            elif n == 1:
                struct.pack("<2H", vals[0])
            elif n == 2:
                print(struct.pack("<2H", vals[0], vals[1]))
            else:
                struct.pack("<2H", vals[0], vals[1], vals[2])
        except struct.error as e:
            print(e)
    print(struct.pack("<16B", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15).hex())


def buffers() -> None:
    data = bytes(range(20))
    print(struct.unpack_from("!HHI", data), struct.unpack_from("!HHI", data, 4), struct.unpack_from("<HHI", data, 12))
    print(struct.unpack_from("!HHI", bytearray(data), offset=-8), struct.unpack_from("B", data, -1))
    for off in [12, 13, 20, 25, -1, -7, -8, -20, -21]:
        try:
            print(struct.unpack_from("<Q", data, off))
        except struct.error as e:
            print(off, e)
    for b in [b"", b"abc", b"abcd", b"abcde"]:
        try:
            print(struct.unpack("<I", b))
        except struct.error as e:
            print(e)
    buf = bytearray(10)
    struct.pack_into("<HI", buf, 2, 0x1234, 0xDEADBEEF)
    struct.pack_into(">H", buf, -2, 0xABCD)
    print(buf.hex())
    for off in [4, 5, 11, -1, -3, -4, -11]:
        try:
            struct.pack_into("<I", buf, off, 7)
            print(off, buf.hex())
        except struct.error as e:
            print(off, e)
    try:
        struct.pack_into("<2I", buf, 0, 7)
    except struct.error as e:
        print(e)
    print(list(struct.iter_unpack("<HB", b"\x01\x00\x02\x03\x00\x04")))
    for fmt, b in [("<H", b"abc"), ("", b"abc"), ("x", b"")]:
        try:
            print(list(struct.iter_unpack(fmt, b)))
        except struct.error as e:
            print(e)


def struct_class() -> None:
    s = struct.Struct("!HHI")
    print(s.format, s.size, struct.Struct(b"<q").format)
    packed = s.pack(1, 2, 3)
    print(packed, s.unpack(packed), s.unpack_from(b"xx" + packed, 2), s.unpack_from(packed))
    buf = bytearray(16)
    s.pack_into(buf, 4, 7, 8, 9)
    print(buf, list(s.iter_unpack(buf)))
    try:
        s.unpack(b"short")
    except struct.error as e:
        print(type(e).__name__, e)
    try:
        s.pack(1, 2)
    except struct.error as e:
        print(e)
    try:
        struct.Struct("<Z")
    except struct.error as e:
        print(e)


def typed() -> None:
    data = struct.pack("<HH", 3, 4)
    a, b = struct.unpack("<HH", data)
    x: int = struct.unpack("<I", b"\x05\x00\x00\x00")[0]
    y: float = struct.unpack("<d", struct.pack("<d", 2.5))[0]
    z: bytes = struct.unpack("3s", b"abc")[0]
    p: int = a
    q: int = b
    print(a, b, p + q, x + 1, y * 2, z + b"!")
    total = 0
    for off in range(0, 16, 4):
        h, i = struct.unpack_from("!HH", bytes(range(16)), off)
        hh: int = h
        ii: int = i
        total += hh * ii
    print(total)


sizes()
ints()
floats()
others()
arities()
buffers()
struct_class()
typed()

# more than 16 values, and *values spread into pack/pack_into/Struct.pack
many_vals = list(range(20))
print(struct.pack("<20B", *many_vals).hex(), struct.calcsize("<20B"))
three_h = struct.Struct(">3H")
print(three_h.pack(*[1, 2, 3]), three_h.pack(4, 5, 6))
into_buf = bytearray(8)
struct.pack_into("<2I", into_buf, 0, *(7, 8))
print(into_buf.hex())
