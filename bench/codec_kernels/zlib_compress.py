"""zlib.compress (level 6) of 1 MiB of text.  argv: PASSES.  Prints whether
the last output decompresses to the input (the bytes themselves differ
between zlib and unicc's deflate)."""

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
    d = text(1 << 20)
    c = b""
    for _ in range(passes):
        c = zlib.compress(d)
    print(zlib.decompress(c) == d)


main(sys.argv)
