"""struct.unpack_from("!HHI", buf, off) over a 64 KiB buffer, as a packet
parser reads headers.  argv: PASSES (8191 calls each).  Prints a sum of
the fields."""

import struct
import sys


def main(argv: list[str]) -> None:
    passes = int(argv[1])
    buf = bytes(range(256)) * 256
    total = 0
    for _ in range(passes):
        for off in range(0, len(buf) - 8, 8):
            a, b, c = struct.unpack_from("!HHI", buf, off)
            x: int = a
            y: int = b
            z: int = c
            total += x + y + z
    print(total)


main(sys.argv)
