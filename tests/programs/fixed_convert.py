# Converting between int and fixed-width types, in containers and f-strings.
from unicc_types import u8, u16, u32, i8

raw = [0, 1, 127, 128, 255, 256, -1, -129, 65535, 70000]
print([u8(v) for v in raw])
print([i8(v) for v in raw])
print([u16(v) for v in raw])
print([int(u32(v)) for v in raw])
checksum = u8(0)
for v in raw:
    checksum = checksum + u8(v)
print("checksum", checksum, f"{int(checksum):02x}", str(checksum), repr(checksum))
packed = bytes([int(u8(v)) for v in raw])
print(packed, packed.hex())
table: dict[int, u16] = {i: u16(i * 5000) for i in range(1, 20, 4)}
print(table)
print(u32(int(u8(200)) + int(u8(100))), u8(int(u32(1000))), int(i8(-3)) + 10)
