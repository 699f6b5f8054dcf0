"""SHA-1 (FIPS 180-4) in u32 arithmetic, as a crypto module would write it.

argv: SIZE REPEAT.  SIZE bytes (at least 20) come from a fixed LCG and are
hashed REPEAT times.  Before every pass after the first, the first 20 bytes
of the data are overwritten with the previous digest, so that each pass
depends on the one before and none can be skipped.  Prints the digest of
the first pass and that of the last, in hex.
"""

import sys

from unicc_buf import Buffer
from unicc_types import u32

H0 = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)


def rotl(x: u32, n: int) -> u32:
    return (x << u32(n)) | (x >> u32(32 - n))


def compress(state: list[u32], w: list[u32], data: Buffer, off: int) -> None:
    """Mixes the 64-byte block at data[off:] into state; w is scratch space."""
    for t in range(16):
        w[t] = u32(data.get_u32_be(off + 4 * t))
    for t in range(16, 80):
        w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)
    a, b, c, d, e = state
    for t in range(80):
        if t < 20:
            f = (b & c) | (~b & d)
            k = u32(0x5A827999)
        elif t < 40:
            f = b ^ c ^ d
            k = u32(0x6ED9EBA1)
        elif t < 60:
            f = (b & c) | (b & d) | (c & d)
            k = u32(0x8F1BBCDC)
        else:
            f = b ^ c ^ d
            k = u32(0xCA62C1D6)
        temp = rotl(a, 5) + f + e + k + w[t]
        e = d
        d = c
        c = rotl(b, 30)
        b = a
        a = temp
    state[0] += a
    state[1] += b
    state[2] += c
    state[3] += d
    state[4] += e


def sha1(data: Buffer) -> bytes:
    state = [u32(v) for v in H0]
    w = [u32(0)] * 80
    n = len(data)
    whole = n - n % 64
    for off in range(0, whole, 64):
        compress(state, w, data, off)
    # The padding: 0x80, zeros up to 56 mod 64, the length in bits.
    tail = bytearray(data.slice(whole, n).tobytes())
    tail.append(0x80)
    while len(tail) % 64 != 56:
        tail.append(0)
    tail.extend((8 * n).to_bytes(8, "big"))
    for off in range(0, len(tail), 64):
        compress(state, w, Buffer(tail), off)
    out = bytearray(20)
    view = Buffer(out)
    for i in range(5):
        view.set_u32_be(4 * i, int(state[i]))
    return bytes(out)


def main(argv: list[str]) -> None:
    size = int(argv[1]) if len(argv) > 1 else 1 << 20
    repeat = int(argv[2]) if len(argv) > 2 else 1
    data = bytearray(size)
    x = 12345
    for i in range(size):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        data[i] = (x >> 16) & 0xFF
    first = sha1(Buffer(data))
    last = first
    for _ in range(repeat - 1):
        data[0:20] = last
        last = sha1(Buffer(data))
    print(first.hex(), last.hex())


if __name__ == "__main__":
    main(sys.argv)
