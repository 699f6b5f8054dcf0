"""zlib: crc32 and adler32, compress/decompress round trips at every
level for raw, zlib and gzip wrappers, decompression of streams CPython's
zlib made (stored, fixed and dynamic blocks), and zlib.error's messages.
Compressed bytes themselves are never printed: they need not equal zlib's."""

import binascii
import zlib


def lcg_bytes(n: int, seed: int, alphabet: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (x >> 16) % alphabet
    return bytes(out)


TEXT = (b"Deflate streams made by CPython's zlib, embedded so that the compiled program decodes them. " * 3
        + bytes(range(40)))

BLOBS: list[tuple[str, int, str]] = [
    ("zlib level 9 (dynamic codes)", 15,
        "78dad58c470ec2301405e9bdf79e47cd0671097200ae60e77f48241b47b137e1f48463b099c58c34013f95700ceb5216"
        "da420b62c80cf747e622f3f62d3e2a9657b0964cc4046be022e1723042a39358e53249cd2b151ac4a121b6bfa86f08fe"
        "f45d2896ca956aadde68b6da9d6eaf3f188ec693e96cbe58aed69bedcec3fe703c9d2ffe177a126655"),
    ("zlib level 0 (stored)", 15,
        "7801013c01c3fe4465666c6174652073747265616d73206d6164652062792043507974686f6e2773207a6c69622c2065"
        "6d62656464656420736f20746861742074686520636f6d70696c65642070726f6772616d206465636f64657320746865"
        "6d2e204465666c6174652073747265616d73206d6164652062792043507974686f6e2773207a6c69622c20656d626564"
        "64656420736f20746861742074686520636f6d70696c65642070726f6772616d206465636f646573207468656d2e2044"
        "65666c6174652073747265616d73206d6164652062792043507974686f6e2773207a6c69622c20656d62656464656420"
        "736f20746861742074686520636f6d70696c65642070726f6772616d206465636f646573207468656d2e200001020304"
        "05060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526277a126655"),
    ("raw level 1", -15,
        "d58c470ec2301405e9bdf79e47cd0671097200ae60e77f48241b47b137e1f48463b099c58c34013f95700ceb5216da42"
        "0b62c80cf747e622f3f62d3e2a9657b0964cc4046be022e1723042a39358e53249cd2b151ac4a121b6bfa86f08fef45d"
        "2896ca956aadde68b6da9d6eaf3f188ec693e96cbe58aed69bedcec3fe703c9d2ffe17"),
    ("gzip", 31,
        "1f8b0800000000000003d58c470ec2301405e9bdf79e47cd0671097200ae60e77f48241b47b137e1f48463b099c58c34"
        "013f95700ceb5216da420b62c80cf747e622f3f62d3e2a9657b0964cc4046be022e1723042a39358e53249cd2b151ac4"
        "a121b6bfa86f08fef45d2896ca956aadde68b6da9d6eaf3f188ec693e96cbe58aed69bedcec3fe703c9d2ffe1767b211"
        "1e3c010000"),
    ("empty", 15,
        "789c030000000001"),
    ("long run", 15,
        "78da4b4c1c05a360140c770000f9d87af8"),
    ("raw window 9", -9,
        "010002fffd000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a"
        "2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a"
        "5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a"
        "8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9ba"
        "bbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9ea"
        "ebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f101112131415161718191a"
        "1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a"
        "4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a"
        "7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aa"
        "abacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9da"
        "dbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"),
    ("fixed codes", 15,
        "789c73494dcb492c4955282e294a4dcc2d56c84d4c4905004ef7078c"),
]


def checksums() -> None:
    for s in [b"", b"a", b"abc", TEXT, lcg_bytes(100000, 3, 256)]:
        print(zlib.crc32(s), zlib.crc32(s, 99), zlib.adler32(s), zlib.adler32(s, 0), zlib.adler32(s, 2**32 + 5))
    big = lcg_bytes(20000, 5, 256)
    a = 1
    for i in range(0, len(big), 777):
        a = zlib.adler32(big[i:i + 777], a)
    print(a == zlib.adler32(big), zlib.adler32(b"\xff" * 6000), zlib.adler32(bytearray(b"xyz")), zlib.crc32(bytearray(b"xyz")))
    print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_DEFAULT_COMPRESSION,
          zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_NO_COMPRESSION)


def round_trips() -> None:
    samples = [b"", b"x", TEXT, lcg_bytes(5000, 1, 4), lcg_bytes(3000, 2, 256), b"ab" * 20000,
               lcg_bytes(70000, 7, 16) + bytes(70000)]
    for s in samples:
        ok = []
        for level in range(-1, 10):
            for wbits in (15, 9, -15, -9, 31, 25):
                c = zlib.compress(s, level, wbits)
                back = zlib.decompress(c, wbits)
                auto = zlib.decompress(c, 47) if wbits > 0 else back
                ok.append(back == s and auto == s)
        print(len(s), all(ok), zlib.decompress(zlib.compress(s)) == s, zlib.decompress(zlib.compress(s, wbits=31), 0 + 31) == s)
    print(zlib.decompress(zlib.compress(TEXT, 6, 8), 9) == TEXT)
    print(len(zlib.compress(b"a" * 100000)) < 1000, len(zlib.compress(lcg_bytes(5000, 1, 256), 9)) < 5100)


def blobs() -> None:
    for name, wbits, h in BLOBS:
        data = binascii.unhexlify(h)
        out = zlib.decompress(data, wbits)
        print(name, len(data), len(out), out[:32], zlib.crc32(out), out == zlib.decompress(bytearray(data), wbits))
    stream = binascii.unhexlify(BLOBS[0][2])
    print(zlib.decompress(stream + b"trailing") == TEXT, zlib.decompress(stream, 0) == TEXT, zlib.decompress(stream, 47) == TEXT)


def errors() -> None:
    stream = binascii.unhexlify(BLOBS[0][2])
    cases: list[tuple[bytes, int]] = [
        (stream[:-1], 15), (stream[:5], 15), (b"", 15), (b"x", 15), (b"\x78\x9c", 15), (b"\x00\x00", 15),
        (stream[:-4] + b"\0\0\0\0", 15), (b"\x78\x9c\x07", 15), (b"\x78\x9c\x01\x05\x00\x00\x00", 15),
        (b"\x78\x9a\x63\x00", 15), (b"\x79\x9c\x63\x00", 15), (b"\x88\x98\x63\x00", 15), (stream, 9),
        (zlib.compress(TEXT, 6, 8), 8), (stream, 7), (stream, -7), (stream, 50), (stream, 31), (b"\x06\x00", -15), (b"\x02\x00", -15),
        (b"\x04\x00", -15), (b"\x03\x00junk", -15), (b"\x1f\x8b\x07\x00" + bytes(6), 31),
        (b"\x1f\x8b\x08\x00" + bytes(6) + b"\x03\x00" + bytes(7), 31),
        (b"\x1f\x8b\x08\x00" + bytes(6) + b"\x03\x00" + bytes(4) + b"\x01\x00\x00\x00", 31),
        (b"\x1f\x8b\x08\x00" + bytes(6) + b"\x03\x00" + bytes(8) + b"junk", 31),
        (b"\x1f\x8b\x08\x00" + bytes(6) + b"\x03\x00" + b"\x01" + bytes(7), 31),
        (b"\x1f\x8b\x08\xe0" + bytes(6), 31),
        # a distance before the start; a dynamic header repeating nothing; an over-subscribed code
        (b"\x63\x00\x02\x00", -15), (b"\x05\xc0\x81\x00\x00\x00\x00\x00\x90\xff\x6b\x00", -15),
    ]
    for data, wbits in cases:
        try:
            print(zlib.decompress(data, wbits))
        except zlib.error as e:
            print(type(e).__name__, e)
    for level, wbits in [(10, 15), (-2, 15), (6, -8), (6, 40), (6, 24), (6, 7), (6, 16)]:
        try:
            zlib.compress(b"x", level, wbits)
            print(level, wbits, "ok")
        except zlib.error as e:
            print(level, wbits, e)
    try:
        zlib.decompress(b"", bufsize=-1)
    except ValueError as e:
        print(type(e).__name__, e)


checksums()
round_trips()
blobs()
errors()
