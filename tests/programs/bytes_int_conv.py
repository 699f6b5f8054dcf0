# int.from_bytes and int.to_bytes with byte order and signedness.

for v in [0, 1, 255, 256, 65535, 0x12345678, 9223372036854775807]:
    be = v.to_bytes(8, "big")
    le = v.to_bytes(8, "little")
    print(v, be, le, int.from_bytes(be, "big"), int.from_bytes(le, "little"))
for v in [-1, -128, -129, 127, -32768, -9223372036854775807 - 1]:
    b = v.to_bytes(8, "big", signed=True)
    print(v, b.hex(), int.from_bytes(b, "big", signed=True), int.from_bytes(b[-2:], "big", signed=True))
print((1).to_bytes(2, "little"), (513).to_bytes(2, byteorder="big"), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x7f"), "big"))


def pack_header(kind: int, length: int, seq: int) -> bytes:
    return kind.to_bytes(1, "big") + length.to_bytes(2, "big") + seq.to_bytes(4, "little")


def unpack_header(data: bytes) -> tuple[int, int, int]:
    return data[0], int.from_bytes(data[1:3], "big"), int.from_bytes(data[3:7], "little")


for k, n, s in [(1, 20, 7), (255, 65535, 0xDEADBEEF), (0, 0, 0)]:
    h = pack_header(k, n, s)
    print(h.hex(), unpack_header(h), unpack_header(h) == (k, n, s))
print((255).to_bytes(1, "big", signed=False), (-1).to_bytes(1, "big", signed=True))
