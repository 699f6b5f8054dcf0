"""The compiled side of tests/test_zlib_interop.py.

    interop.py compress SIZE SEED ALPHABET LEVEL WBITS   prints zlib.compress of LCG data, in hex
    interop.py decompress WBITS HEX...                   prints len, crc32 and adler32 of the data
"""

import sys
import zlib


def lcg_bytes(n: int, seed: int, alphabet: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (x >> 16) % alphabet
    return bytes(out)


def main() -> None:
    args = sys.argv[1:]
    if args[0] == "compress":
        data = lcg_bytes(int(args[1]), int(args[2]), int(args[3]))
        print(zlib.compress(data, int(args[4]), int(args[5])).hex())
    else:
        data = zlib.decompress(bytes.fromhex("".join(args[2:])), int(args[1]))
        print(len(data), zlib.crc32(data), zlib.adler32(data))


main()
