# error: 6:12: struct.pack() is not supported by unicc
import struct


def header(n: int) -> bytes:
    return struct.pack("<i", n)


print(header(3))
