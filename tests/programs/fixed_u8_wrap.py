# unicc_types.u8: construction truncates, arithmetic wraps modulo 256.
from unicc_types import u8

a = u8(200)
b = u8(100)
print(a, b, a + b, a - b, b - a, a * b, a // b, a % b)
print(u8(256), u8(257), u8(-1), u8(1000), int(u8(300)) + 1)
x = u8(0)
for i in range(20):
    x = x + u8(17)
    print(i, x, int(x))
print(~u8(0), ~u8(0x0F), u8(0xF0) & u8(0x3C), u8(0xF0) | u8(0x0F), u8(0xFF) ^ u8(0xAA))
print(u8(1) << u8(7), u8(1) << u8(8), u8(0x80) >> u8(3), u8(3) == u8(3), u8(3) < u8(4))
acc = u8(1)
for _ in range(10):
    acc = acc * u8(3)
print("3**10 mod 256 =", acc, 3 ** 10 % 256)
