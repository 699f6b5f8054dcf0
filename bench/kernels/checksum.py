"""RFC 1071 Internet checksum over a Buffer, as in packet code.

argv: SIZE ITERATIONS.  The buffer is filled from a fixed LCG, and one byte
changes before every pass so that no compiler can hoist the sum out of the
loop.  Prints the sum of all the checksums.
"""

import sys

from unicc_buf import Buffer


def checksum(b: Buffer) -> int:
    n = len(b)
    s = 0
    for i in range(0, n - 1, 2):
        s += b.get_u16_be(i)
    if n % 2:
        s += b[n - 1] << 8
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def main(argv: list[str]) -> None:
    size = int(argv[1]) if len(argv) > 1 else 1500
    iters = int(argv[2]) if len(argv) > 2 else 1000
    data = bytearray(size)
    x = 12345
    for i in range(size):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        data[i] = (x >> 16) & 0xFF
    buf = Buffer(data)
    total = 0
    for k in range(iters):
        data[k % size] = k & 0xFF
        total += checksum(buf)
    print(total)


if __name__ == "__main__":
    main(sys.argv)
