# FNV-1a and a CRC32 over bytes, computed in unicc_types.u32 arithmetic.
from unicc_types import u32


def fnv1a(data: bytes) -> u32:
    h = u32(2166136261)
    for byte in data:
        h = h ^ u32(byte)
        h = h * u32(16777619)
    return h


def crc32(data: bytes) -> u32:
    crc = u32(0xFFFFFFFF)
    for byte in data:
        crc = crc ^ u32(byte)
        for _ in range(8):
            if int(crc & u32(1)):
                crc = (crc >> u32(1)) ^ u32(0xEDB88320)
            else:
                crc = crc >> u32(1)
    return ~crc


for text in [b"", b"a", b"hello", b"The quick brown fox jumps over the lazy dog"]:
    f = fnv1a(text)
    c = crc32(text)
    print(text, f, hex(int(f)), c, f"{int(c):08x}")
print(u32(0xFFFFFFFF) + u32(1), u32(0) - u32(1), u32(1 << 31) * u32(2), u32(7) // u32(2))
