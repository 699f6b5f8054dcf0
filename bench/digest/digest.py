"""hashlib at work: `hashlib.new(ALGO)` over SIZE bytes, REPEAT times.

argv: ALGO SIZE REPEAT.  The data is a 4 KiB block from a fixed LCG,
repeated up to SIZE bytes (a multiple of 4096), so that making it costs
little even under CPython.  Each pass hashes all of it with one update();
every pass after the first writes the previous digest over the first bytes
of the data, so that no pass can be skipped.  Prints the last digest in hex
("-" when REPEAT is 0: the run that measures start-up and the data alone).
Compiled by unicc, `hashlib` is stdlib/cpython/hashlib.py; under CPython it
is CPython's, over OpenSSL.
"""

import hashlib
import sys


def main(argv: list[str]) -> None:
    algo = argv[1] if len(argv) > 1 else "sha256"
    size = int(argv[2]) if len(argv) > 2 else 1 << 24
    repeat = int(argv[3]) if len(argv) > 3 else 1
    block = bytearray(4096)
    x = 12345
    for i in range(4096):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        block[i] = (x >> 16) & 0xFF
    data = block * (size // 4096)
    last = b""
    for _ in range(repeat):
        data[0:len(last)] = last
        last = hashlib.new(algo, data).digest()
    print(last.hex() if repeat else "-")


if __name__ == "__main__":
    main(sys.argv)
