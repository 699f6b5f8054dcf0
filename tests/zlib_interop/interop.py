"""The compiled side of tests/test_zlib_interop.py.

    interop.py compress SIZE SEED ALPHABET LEVEL WBITS   prints zlib.compress of LCG data, in hex
    interop.py decompress WBITS HEX...                   prints len, crc32 and adler32 of the data
    interop.py compressobj SIZE SEED ALPHABET LEVEL WBITS PIECE
        prints in hex what a compressobj makes of LCG data given PIECE bytes at a time, a flush
        after each piece (Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_PARTIAL_FLUSH, Z_BLOCK in turn)
    interop.py decompressobj WBITS PIECE HEX...
        decompresses with a decompressobj given PIECE bytes at a time; prints len, crc32 and
        adler32 of the data, eof and unused_data
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
    elif args[0] == "decompress":
        data = zlib.decompress(bytes.fromhex("".join(args[2:])), int(args[1]))
        print(len(data), zlib.crc32(data), zlib.adler32(data))
    elif args[0] == "compressobj":
        data = lcg_bytes(int(args[1]), int(args[2]), int(args[3]))
        c = zlib.compressobj(int(args[4]), zlib.DEFLATED, int(args[5]))
        piece = int(args[6])
        out = bytearray()
        modes = [zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]
        for i, start in enumerate(range(0, len(data), piece)):
            out += c.compress(data[start:start + piece])
            out += c.flush(modes[i % 5])
        out += c.flush()
        print(out.hex())
    else:
        blob = bytes.fromhex("".join(args[3:]))
        d = zlib.decompressobj(int(args[1]))
        piece = int(args[2])
        got = bytearray()
        for start in range(0, len(blob), piece):
            got += d.decompress(blob[start:start + piece])
        got += d.flush()
        print(len(got), zlib.crc32(got), zlib.adler32(got), d.eof, d.unused_data.hex())


main()
