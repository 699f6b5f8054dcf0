# Signed fixed-width types i8/i16/i32 wrap into the negative range.
from unicc_types import i8, i16, i32

print(i8(127) + i8(1), i8(-128) - i8(1), i8(200), i8(-1), i8(0x7F) * i8(2))
print(i16(32767) + i16(1), i16(-32768), i16(70000), i16(-7) // i16(2), i16(-7) % i16(2))
print(i32(2147483647) + i32(1), i32(-2147483648) - i32(1), i32(123456) * i32(654321))
print(i8(-16) >> i8(2), i8(3) << i8(6), ~i8(5), i8(-1) & i8(0x0F), i8(-128) | i8(1), i8(5) ^ i8(-1))
print(i32(-5) < i32(3), i32(-5) == i32(-5), int(i16(-300)) * 2, i8(300))
x = i16(1)
for step in range(18):
    x = x * i16(2)
    print(step, x)
