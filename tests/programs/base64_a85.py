"""base64.a85encode and a85decode: every option (foldspaces, wrapcol,
pad, adobe, ignorechars), zero and space words, partial last groups,
round trips and the ValueErrors with CPython's messages."""

import base64

SAMPLES = [b"", b"\0", b"\0" * 4, b"\0" * 5, b"    ", b"   ", b"hello world", bytes(range(10)),
           b"\xff\xff\xff\xff", b"\0\0\0\0    \0", bytes(range(250, 256)) * 3]


def encodings() -> None:
    for s in SAMPLES:
        print(s, base64.a85encode(s), base64.a85encode(s, pad=True), base64.a85encode(s, foldspaces=True),
              base64.a85encode(bytearray(s), adobe=True))
        for col in (1, 2, 3, 7):
            print(" ", col, base64.a85encode(s, wrapcol=col), base64.a85encode(s, wrapcol=col, adobe=True))


def round_trips() -> None:
    x = 7
    ok = True
    for n in range(300):
        data = bytearray()
        for _ in range(n % 23):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            data.append((0, 32, x >> 16 & 255)[x % 3])
        for fold in (False, True):
            for adobe in (False, True):
                enc = base64.a85encode(bytes(data), foldspaces=fold, adobe=adobe, wrapcol=n % 9)
                ok = ok and base64.a85decode(enc, foldspaces=fold, adobe=adobe) == data
    print("round trips", ok)


def decode(c: str, how: str) -> bytes:
    if how == "adobe":
        return base64.a85decode(c, adobe=True)
    if how == "fold":
        return base64.a85decode(c.encode(), foldspaces=True)
    if how == "no ignored":
        return base64.a85decode(bytearray(c.encode()), ignorechars=b"")
    if how == "ignore ~":
        return base64.a85decode(c, ignorechars=b"~")
    return base64.a85decode(c)


def decodings() -> None:
    cases = ["!", "!!", "z", "!!!!!z", "uuuu", "s8W-!", "s8W-\"", "<~87cURD]i,\"Ebo80~>", "87cURD]i,\"Ebo80",
             "y", "!!z!!", "!!y!!", "87cUR D]i,\n\"Ebo80", "87cUR\tD]i,\x0b\"Ebo80\r", "ab~", "<~~>", "~>", "é"]
    for c in cases:
        for how in ("plain", "adobe", "fold", "no ignored", "ignore ~"):
            try:
                print(repr(c), how, decode(c, how))
            except ValueError as e:
                print(repr(c), how, "ValueError", e)


encodings()
round_trips()
decodings()
