"""zlib.decompress of 1 MiB of text compressed at level 6 (by the same
zlib: CPython's by CPython's, unicc's by unicc's).  argv: PASSES.  Prints
the crc32 of the last output."""

import sys
import zlib

WORDS = [b"the ", b"packet ", b"header ", b"checksum ", b"stream ", b"of ", b"bytes ", b"compressed ",
         b"and ", b"sent\n", b"window ", b"deflate ", b"a ", b"block ", b"to ", b"Huffman "]


def text(n: int) -> bytes:
    out = bytearray()
    x = 1
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out += WORDS[(x >> 16) % 16]
    return bytes(out[:n])


def main(argv: list[str]) -> None:
    passes = int(argv[1])
    c = zlib.compress(text(1 << 20))
    out = b""
    for _ in range(passes):
        out = zlib.decompress(c)
    print(zlib.crc32(out))


main(sys.argv)
