# Bitwise operators and shifts on signed 64-bit ints, including negatives.


def bits(n: int) -> int:
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


values = [0, 1, 2, 5, 255, 1023, 12345, 65536, 2**40 + 7]
for v in values:
    print(v, bits(v), v << 3, v >> 2, v & 0xF0, v | 0x0F, v ^ 0xAA, ~v)

print(-1 >> 1, -1 >> 63, -8 >> 1, -9 >> 2, -1 << 10)
print(-5 & 0xFF, -5 | 3, -5 ^ 3, ~-5)
print(1 << 62, (1 << 62) >> 61)
print(0x7FFFFFFFFFFFFFFF >> 32, 0x7FFFFFFFFFFFFFFF & 0xFFFFFFFF)
mask = 0
for i in range(0, 64, 8):
    mask |= 1 << i
    print("mask", i, mask)
x = 0xDEADBEEF
print(hex(x), hex(x >> 16), hex(x & 0xFFFF), bin(x & 0xFF), oct(x & 0o777))
print(hex(-255), bin(-5), oct(-8))
print((x >> 24) & 0xFF, (x >> 16) & 0xFF, (x >> 8) & 0xFF, x & 0xFF)
