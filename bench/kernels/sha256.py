"""SHA-256 (FIPS 180-4) in u32 arithmetic, as a crypto module would write it.

argv: SIZE REPEAT.  SIZE bytes (at least 32) come from a fixed LCG and are
hashed REPEAT times.  Before every pass after the first, the first 32 bytes
of the data are overwritten with the previous digest, so that each pass
depends on the one before and none can be skipped.  Prints the digest of
the first pass and that of the last, in hex.
"""

import sys

from unicc_buf import Buffer
from unicc_types import u32

K = [u32(k) for k in (
    0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
    0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
    0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
    0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
    0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
    0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
    0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
    0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2)]
H0 = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)


def rotr(x: u32, n: int) -> u32:
    return (x >> u32(n)) | (x << u32(32 - n))


def compress(state: list[u32], w: list[u32], data: Buffer, off: int) -> None:
    """Mixes the 64-byte block at data[off:] into state; w is scratch space."""
    for t in range(16):
        w[t] = u32(data.get_u32_be(off + 4 * t))
    for t in range(16, 64):
        x = w[t - 15]
        y = w[t - 2]
        s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> u32(3))
        s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> u32(10))
        w[t] = w[t - 16] + s0 + w[t - 7] + s1
    a, b, c, d, e, f, g, h = state
    for t in range(64):
        t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]
        t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))
        h = g
        g = f
        f = e
        e = d + t1
        d = c
        c = b
        b = a
        a = t1 + t2
    state[0] += a
    state[1] += b
    state[2] += c
    state[3] += d
    state[4] += e
    state[5] += f
    state[6] += g
    state[7] += h


def sha256(data: Buffer) -> bytes:
    state = [u32(v) for v in H0]
    w = [u32(0)] * 64
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
    out = bytearray(32)
    view = Buffer(out)
    for i in range(8):
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
    first = sha256(Buffer(data))
    last = first
    for _ in range(repeat - 1):
        data[0:32] = last
        last = sha256(Buffer(data))
    print(first.hex(), last.hex())


if __name__ == "__main__":
    main(sys.argv)
