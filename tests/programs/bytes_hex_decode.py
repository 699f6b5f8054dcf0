# bytes.hex(), bytes.fromhex(), decode() and round trips.

samples = [b"", b"\x00", b"\x01\x23\x45\x67\x89\xab\xcd\xef", b"ABC", bytes(range(8))]
for s in samples:
    h = s.hex()
    print(repr(s), h, len(h), bytes.fromhex(h) == s)
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"), b"\xde\xad".hex())
print(bytearray(b"\x10\x20").hex(), bytearray.fromhex("0a0b0c"))
msg = "Gr\u00fc\u00dfe, \u4e16\u754c".encode()
print(msg, msg.hex(), len(msg), msg.decode())
print(b"plain ascii".decode("ascii"), b"caf\xc3\xa9".decode("utf-8"))


def checksum(data: bytes) -> int:
    total = 0
    for byte in data:
        total = (total + byte) & 0xFF
    return total


for text in ["", "a", "hello", "\u00e9\u00e8"]:
    raw = text.encode()
    print(repr(text), raw.hex(), checksum(raw), f"{checksum(raw):02x}")
hexstr = "48656c6c6f2c20756e69636321"
decoded = bytes.fromhex(hexstr).decode()
print(decoded, decoded.encode().hex() == hexstr)
