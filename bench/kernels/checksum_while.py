"""RFC 1071 Internet checksum written the ordinary way: a `while` loop over
a `bytearray`, adding into an `int`.

argv: SIZE ITERATIONS.  The data is made as in checksum.py, and one byte
changes before every pass so that no compiler can hoist the sum out of the
loop.  Prints the sum of all the checksums.
"""

import sys


def checksum(data: bytearray) -> int:
    n = len(data)
    s = 0
    i = 0
    while i < n - 1:
        s += (data[i] << 8) + data[i + 1]
        i += 2
    if n % 2:
        s += data[n - 1] << 8
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
    total = 0
    for k in range(iters):
        data[k % size] = k & 0xFF
        total += checksum(data)
    print(total)


if __name__ == "__main__":
    main(sys.argv)
