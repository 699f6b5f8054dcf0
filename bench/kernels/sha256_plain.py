"""SHA-256 (FIPS 180-4) as people write it in pure Python: `int`s masked
with `& 0xFFFFFFFF`, the message words read from a `bytearray` by shifts,
the state in a `list[int]`, the round constants a module-level tuple.

argv: SIZE REPEAT, as sha256.py (the same data, the same chained passes,
the same output); its C twin is sha256.c, which does these operations in
this order (uint32_t arithmetic wraps where this masks).
"""

import sys

K = (
    0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
    0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
    0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
    0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
    0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
    0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
    0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
    0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2)
H0 = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)


def rotr(x: int, n: int) -> int:
    return ((x >> n) | (x << (32 - n))) & 0xFFFFFFFF


def compress(state: list[int], w: list[int], data: bytearray, off: int) -> None:
    """Mixes the 64-byte block at data[off:] into state; w is scratch space."""
    for t in range(16):
        i = off + 4 * t
        w[t] = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]
    for t in range(16, 64):
        x = w[t - 15]
        y = w[t - 2]
        s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
        s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & 0xFFFFFFFF
    a, b, c, d, e, f, g, h = state
    for t in range(64):
        t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) \
            & 0xFFFFFFFF
        t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) & 0xFFFFFFFF
        h = g
        g = f
        f = e
        e = (d + t1) & 0xFFFFFFFF
        d = c
        c = b
        b = a
        a = (t1 + t2) & 0xFFFFFFFF
    state[0] = (state[0] + a) & 0xFFFFFFFF
    state[1] = (state[1] + b) & 0xFFFFFFFF
    state[2] = (state[2] + c) & 0xFFFFFFFF
    state[3] = (state[3] + d) & 0xFFFFFFFF
    state[4] = (state[4] + e) & 0xFFFFFFFF
    state[5] = (state[5] + f) & 0xFFFFFFFF
    state[6] = (state[6] + g) & 0xFFFFFFFF
    state[7] = (state[7] + h) & 0xFFFFFFFF


def sha256(data: bytearray) -> bytes:
    state = list(H0)
    w = [0] * 64
    n = len(data)
    whole = n - n % 64
    for off in range(0, whole, 64):
        compress(state, w, data, off)
    # The padding: 0x80, zeros up to 56 mod 64, the length in bits.
    tail = data[whole:]
    tail.append(0x80)
    while len(tail) % 64 != 56:
        tail.append(0)
    tail += (8 * n).to_bytes(8, "big")
    for off in range(0, len(tail), 64):
        compress(state, w, tail, off)
    out = bytearray()
    for v in state:
        out += v.to_bytes(4, "big")
    return bytes(out)


def main(argv: list[str]) -> None:
    size = int(argv[1]) if len(argv) > 1 else 1 << 20
    repeat = int(argv[2]) if len(argv) > 2 else 1
    data = bytearray(size)
    x = 12345
    for i in range(size):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        data[i] = (x >> 16) & 0xFF
    first = sha256(data)
    last = first
    for _ in range(repeat - 1):
        data[0:32] = last
        last = sha256(data)
    print(first.hex(), last.hex())


if __name__ == "__main__":
    main(sys.argv)
