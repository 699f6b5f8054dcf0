# Build and parse a binary type-length-value stream with bytearray and int.to_bytes.


def encode(records: list[tuple[int, bytes]]) -> bytes:
    out = bytearray(b"TLV1")
    out.extend(len(records).to_bytes(2, "little"))
    for kind, payload in records:
        out.append(kind)
        out.extend(len(payload).to_bytes(2, "big"))
        out.extend(payload)
    checksum = sum(out) & 0xFFFF
    out.extend(checksum.to_bytes(2, "big"))
    return bytes(out)


def decode(data: bytes) -> list[tuple[int, bytes]]:
    if data[:4] != b"TLV1":
        raise ValueError(f"bad magic {data[:4]!r}")
    body, check = data[:-2], int.from_bytes(data[-2:], "big")
    if sum(body) & 0xFFFF != check:
        raise ValueError("checksum mismatch")
    count = int.from_bytes(data[4:6], "little")
    pos = 6
    records: list[tuple[int, bytes]] = []
    for _ in range(count):
        kind = data[pos]
        length = int.from_bytes(data[pos + 1:pos + 3], "big")
        records.append((kind, data[pos + 3:pos + 3 + length]))
        pos += 3 + length
    return records


recs = [(1, b"hello"), (2, "\u00e9t\u00e9".encode()), (7, bytes(range(10))), (255, b"")]
blob = encode(recs)
print(len(blob), blob.hex())
print(blob[:12], blob[-6:])
back = decode(blob)
print(back == recs)
for kind, payload in back:
    text = payload.decode() if kind < 3 else payload.hex()
    print(kind, len(payload), text)
corrupt = bytearray(blob)
corrupt[10] ^= 0x20
for bad in [bytes(corrupt), b"XXXX" + blob[4:]]:
    try:
        decode(bad)
    except ValueError as e:
        print("rejected:", e)
