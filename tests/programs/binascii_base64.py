"""binascii (hex with separators, base64 strict and lenient, crc32,
crc_hqx) and base64 (b64 with altchars and validate, urlsafe, b32,
b32hex, b16, b85), errors with CPython's messages."""

import base64
import binascii


def lcg_bytes(n: int, seed: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 16 & 255
    return bytes(out)


SAMPLES = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\xff\xfe", lcg_bytes(37, 1), lcg_bytes(300, 2)]


def hexes() -> None:
    for s in SAMPLES[:8]:
        print(binascii.hexlify(s), binascii.b2a_hex(s), binascii.unhexlify(binascii.hexlify(s)) == s)
    data = bytes(range(1, 8))
    seps: list[str | bytes] = [":", b"-", " "]
    for sep in seps:
        for n in [1, 2, 3, -1, -2, -3, 7, 8, -8, 0]:
            print(repr(sep), n, binascii.hexlify(data, sep, n), binascii.b2a_hex(data[:3], sep, n))
    print(binascii.unhexlify("DEADbeef"), binascii.a2b_hex(b"00ff"), binascii.unhexlify(bytearray(b"0a")))
    for bad in ["abc", "zz", "0G", "é1"]:
        try:
            binascii.unhexlify(bad)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        binascii.hexlify(b"abc", "ab")
    except ValueError as e:
        print(type(e).__name__, e)


def b64() -> None:
    for s in SAMPLES:
        enc = binascii.b2a_base64(s)
        print(enc[:60], binascii.b2a_base64(s, newline=False)[:20], binascii.a2b_base64(enc) == s)
    texts: list[str | bytes] = [b"Zm9v", b"Zm9vYg==", b"Zm9vYg", b"Zm9vYg=", b"Zm 9v\nYmFy", b"Zm9v!!YmFy", b"Zm9vY", b"Zm9vYmFyY",
                 b"=Zm9v", b"Zm=9v", b"Zm9vYg==x", b"Zm9vYg===", b"Zm9v====", b"", b"==", b"ab==cd", "Zm9vYmFy",
                 b"Zm9vYmF=", b"YQ==YQ=="]
    for text in texts:
        for strict in [False, True]:
            try:
                print(text, strict, binascii.a2b_base64(text, strict_mode=strict))
            except binascii.Error as e:
                print(text, strict, type(e).__name__, e)
    try:
        binascii.a2b_base64("é")
    except ValueError as e:
        print(type(e).__name__, e)


def crcs() -> None:
    for s in SAMPLES:
        print(binascii.crc32(s), binascii.crc32(s, 12345), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
    print(binascii.crc32(b"The quick brown fox jumps over the lazy dog"), binascii.crc32(b"abc", -1),
          binascii.crc_hqx(b"abc", -1), binascii.crc32(b"123456789"), binascii.crc_hqx(b"123456789", 0))
    big = lcg_bytes(100000, 7)
    c = 0
    for i in range(0, len(big), 999):
        c = binascii.crc32(big[i:i + 999], c)
    print(c, binascii.crc32(big), binascii.crc32(bytearray(big[:77])))


def b64_module() -> None:
    for s in SAMPLES:
        e = base64.b64encode(s)
        print(e[:40], base64.b64decode(e) == s, base64.standard_b64encode(s)[:8], base64.standard_b64decode(e) == s)
        u = base64.urlsafe_b64encode(s)
        print(u[:40], base64.urlsafe_b64decode(u) == s, base64.b64encode(s, b"*-")[:40])
        print(base64.b64decode(base64.b64encode(s, b"*-"), b"*-") == s, base64.b64decode(e.decode(), validate=True) == s)
    bads: list[str | bytes] = [b"Zm9v!", b"Zm9vY", "Zm9v\n", b"Zm9v="]
    for bad in bads:
        for validate in [False, True]:
            try:
                print(base64.b64decode(bad, validate=validate))
            except binascii.Error as e:
                print(bad, validate, e)
    try:
        base64.b64encode(b"x", b"abc")
    except AssertionError as e:
        print("AssertionError", e)
    try:
        base64.b64decode("é")
    except ValueError as e:
        print(e)


def b32_b16_b85() -> None:
    for s in SAMPLES:
        e = base64.b32encode(s)
        h = base64.b32hexencode(s)
        print(e[:48], h[:16], base64.b32decode(e) == s, base64.b32hexdecode(h) == s)
        print(base64.b32decode(e.lower(), casefold=True) == s, base64.b32hexdecode(h.lower(), True) == s)
        b = base64.b16encode(s)
        print(b[:32], base64.b16decode(b) == s, base64.b16decode(b.lower(), casefold=True) == s)
        e85 = base64.b85encode(s)
        print(e85[:40], base64.b85encode(s, pad=True)[:10], base64.b85decode(e85) == s)
    print(base64.b32decode("MZXW6===", map01=None), base64.b32decode(b"0I======", map01=b"L"), base64.b32decode("01======", map01="I"))
    for bad in ["MZXW6==", "MZXW6=1=", "MZXW6=====", "MZXW====", "mzxw6==="]:
        try:
            print(base64.b32decode(bad))
        except binascii.Error as e:
            print(bad, e)
    for bad16 in ["0g", "0A1", "0a"]:
        try:
            print(base64.b16decode(bad16))
        except binascii.Error as e:
            print(bad16, e)
    for bad85 in [b"abc\x00", b"|NsC0", b"~~~~~"]:
        try:
            print(base64.b85decode(bad85))
        except ValueError as e:
            print(e)


hexes()
b64()
crcs()
b64_module()
b32_b16_b85()
