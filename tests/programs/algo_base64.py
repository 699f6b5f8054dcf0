# Base64 encoding and decoding implemented with bytes, bytearray and bit operations.

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data: bytes) -> str:
    out: list[str] = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)


def b64decode(text: str) -> bytes:
    out = bytearray()
    for i in range(0, len(text), 4):
        group = text[i:i + 4]
        pad = group.count("=")
        n = 0
        for ch in group.rstrip("="):
            n = (n << 6) | ALPHABET.index(ch)
        n <<= 6 * pad
        out.extend(n.to_bytes(3, "big")[:3 - pad])
    return bytes(out)


for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)),
          "h\u00e9llo w\u00f6rld".encode()]:
    enc = b64encode(s)
    dec = b64decode(enc)
    print(s, enc, dec == s)
