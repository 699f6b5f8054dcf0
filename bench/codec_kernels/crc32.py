"""zlib.crc32 over 1 MiB, chained.  argv: PASSES.  Prints the last crc."""

import sys
import zlib


def data(n: int) -> bytes:
    out = bytearray(n)
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = x >> 16 & 255
    return bytes(out)


def main(argv: list[str]) -> None:
    passes = int(argv[1])
    d = data(1 << 20)
    c = 0
    for _ in range(passes):
        c = zlib.crc32(d, c)
    print(c)


main(sys.argv)
