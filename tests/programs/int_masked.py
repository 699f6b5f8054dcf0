# int arithmetic whose result is masked, `(...) & M` or `(...) % 2**k`,
# gives CPython's exact result even when its intermediate values leave the
# 64-bit range: only their low bits matter, so the compiled program wraps
# where it would otherwise raise OverflowError.


def fnv1a(data: bytes) -> int:
    h = 2166136261
    for c in data:
        h = (h ^ c) * 16777619 & 0xFFFFFFFF
    return h


def lcg(seed: int, n: int) -> list[int]:
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0x7FFFFFFFFFFFFFFF
        out.append(x >> 40)
    return out


def rotl32(x: int, n: int) -> int:
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF


def seq_add(seq: int, n: int) -> int:
    return (seq + n) % 2**32


big = 2**62
print(fnv1a(b"hello"), fnv1a(b""), fnv1a(bytes(range(256))))
print(lcg(42, 4))
print(rotl32(0x80000001, 1), rotl32(0x12345678, 8), rotl32(0xFFFFFFFF, 31))
print(seq_add(0xFFFFFFF0, 0x20), (big * 4 + 5) & 0xFF, (big * 8) % 1024)
print((-big * 6 - 1) & 0xFFFF, -(big * 2) & 0xFF, (~(big * 3)) & 0xFFF, (big * big) & 0x7F)
print(0xFFFF & (big * 5 + 3), (big << 3) & 0xFF, (7 << 70) & 0xFF, (big * 4 + 1) % 2)
print((big + big + big) & 0 == 0, 100 % 3, (big * 4) % 2**62)
try:
    print((5 << -1) & 0xFF)
except ValueError as e:
    print("ValueError", e)
