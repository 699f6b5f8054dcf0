"""SHA-1 (FIPS 180-4) as people write it in pure Python: `int`s masked with
`& 0xFFFFFFFF`, the message words read from a `bytearray` by shifts, the
state in a `list[int]`.

argv: SIZE REPEAT, as sha1.py (the same data, the same chained passes, the
same output); its C twin is sha1.c, which does these operations in this
order (uint32_t arithmetic wraps where this masks).
"""

import sys

H0 = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)


def rotl(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def compress(state: list[int], w: list[int], data: bytearray, off: int) -> None:
    """Mixes the 64-byte block at data[off:] into state; w is scratch space."""
    for t in range(16):
        i = off + 4 * t
        w[t] = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]
    for t in range(16, 80):
        w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)
    a, b, c, d, e = state
    for t in range(80):
        if t < 20:
            f = (b & c) | (~b & d)
            k = 0x5A827999
        elif t < 40:
            f = b ^ c ^ d
            k = 0x6ED9EBA1
        elif t < 60:
            f = (b & c) | (b & d) | (c & d)
            k = 0x8F1BBCDC
        else:
            f = b ^ c ^ d
            k = 0xCA62C1D6
        temp = (rotl(a, 5) + f + e + k + w[t]) & 0xFFFFFFFF
        e = d
        d = c
        c = rotl(b, 30)
        b = a
        a = temp
    state[0] = (state[0] + a) & 0xFFFFFFFF
    state[1] = (state[1] + b) & 0xFFFFFFFF
    state[2] = (state[2] + c) & 0xFFFFFFFF
    state[3] = (state[3] + d) & 0xFFFFFFFF
    state[4] = (state[4] + e) & 0xFFFFFFFF


def sha1(data: bytearray) -> bytes:
    state = list(H0)
    w = [0] * 80
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
    first = sha1(data)
    last = first
    for _ in range(repeat - 1):
        data[0:20] = last
        last = sha1(data)
    print(first.hex(), last.hex())


if __name__ == "__main__":
    main(sys.argv)
