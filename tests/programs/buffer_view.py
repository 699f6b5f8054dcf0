# unicc_buf.Buffer: zero-copy views over bytes/bytearray with endian accessors.
from unicc_buf import Buffer
from unicc_types import u64

packet = bytearray(b"\x45\x00\x00\x54\xab\xcd\x40\x00\x40\x01\x00\x00\x0a\x00\x00\x01\x0a\x00\x00\x02")
buf = Buffer(packet)
print(len(buf), buf[0] >> 4, buf[0] & 15, buf.get_u16_be(2), hex(buf.get_u16_be(4)), buf.get_u8(9))
hdr = buf.slice(12, 20)
print(len(hdr), list(hdr.tobytes()), hdr.get_u32_be(0), hdr.get_u32_le(4))
hdr.set_u32_be(4, 0xC0A80001)           # writes through to the packet
print(packet[16:20].hex(), buf.get_u32_be(16))
buf.set_u16_le(10, 0x1234)
print(packet[10], packet[11], buf.get_u16_be(10), buf.get_u16_le(10))
buf[0] = 0x46
print(packet[0], buf.slice(0, 4).tobytes())
big = Buffer(bytearray(8))
big.set_u64_be(0, u64(0xFFFFFFFFFFFFFFFE))
print(big.tobytes().hex(), big.get_u64_le(0), big.get_u64_be(0))


def checksum(data: Buffer) -> int:
    """RFC 1071 Internet checksum."""
    total = 0
    n = len(data)
    i = 0
    while i + 1 < n:
        total += data.get_u16_be(i)
        i += 2
    if n % 2:
        total += data[n - 1] << 8
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


print(hex(checksum(Buffer(bytes(packet)))), hex(checksum(buf.slice(0, 19))))
print(buf.slice(18, 100).tobytes(), len(buf.slice(30, 40)))
try:
    buf.get_u32_be(18)
except IndexError as e:
    print("IndexError:", e)
# write(off, data): a bulk copy from bytes, bytearray or another view (overlapping too).
area = bytearray(12)
w = Buffer(area)
w.write(2, b"abc")
w.write(5, bytearray(b"de"))
w.slice(8, 12).write(1, w.slice(2, 5))
w.write(12, b"")
print(area, w.slice(2, 7).tobytes())
w.write(1, w.slice(0, 6))          # overlapping, forwards
w.slice(0, 8).write(0, w.slice(2, 8))   # overlapping, backwards
print(area)
for off, data in [(11, b"xy"), (-1, b"x"), (13, b"")]:
    try:
        w.write(off, data)
    except IndexError as e:
        print("IndexError:", off, e)
print(area)
buf.get_u16_be(19)
