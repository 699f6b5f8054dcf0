# unicc_openflow.rewrite, the set-field actions, on TCP, UDP (with and
# without a checksum), ICMP, ARP, a later fragment and VLAN-tagged frames:
# each result printed, and its IPv4 header and TCP/UDP checksums computed
# again from scratch, which must still be valid after the incremental update.
from unicc_openflow.rewrite import (OFPAT_SET_DL_DST, OFPAT_SET_DL_SRC, OFPAT_SET_NW_DST, OFPAT_SET_NW_SRC,
                                    OFPAT_SET_NW_TOS, OFPAT_SET_TP_DST, OFPAT_SET_TP_SRC, OFPAT_SET_VLAN_PCP,
                                    OFPAT_SET_VLAN_VID, OFPAT_STRIP_VLAN, adjusted, rewrite)

A = bytes.fromhex("0a0000000001")
B = bytes.fromhex("0a0000000002")


def ones_sum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\x00"
    s = 0
    for i in range(0, len(data), 2):
        s += (data[i] << 8) | data[i + 1]
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s


def checksum(data: bytes) -> int:
    return ~ones_sum(data) & 0xFFFF


def ipv4(proto: int, payload: bytes, src: int = 0x0A000001, dst: int = 0x0A000002, frag: int = 0,
         tos: int = 0x12) -> bytes:
    header = bytearray([0x45, tos]) + (20 + len(payload)).to_bytes(2, "big") + bytes([0, 7]) + \
        frag.to_bytes(2, "big") + bytes([64, proto, 0, 0]) + src.to_bytes(4, "big") + dst.to_bytes(4, "big")
    header[10:12] = checksum(bytes(header)).to_bytes(2, "big")
    return bytes(header) + payload


def pseudo(src: int, dst: int, proto: int, size: int) -> bytes:
    return src.to_bytes(4, "big") + dst.to_bytes(4, "big") + bytes([0, proto]) + size.to_bytes(2, "big")


def tcp(src: int = 0x0A000001, dst: int = 0x0A000002) -> bytes:
    seg = bytearray((40000).to_bytes(2, "big") + (80).to_bytes(2, "big") + bytes(8) + bytes([0x50, 0x18]) +
                    bytes(6) + b"hello, switch")
    seg[16:18] = checksum(pseudo(src, dst, 6, len(seg)) + bytes(seg)).to_bytes(2, "big")
    return bytes(seg)


def udp(with_checksum: bool) -> bytes:
    seg = bytearray((5353).to_bytes(2, "big") + (53).to_bytes(2, "big") + (8 + 7).to_bytes(2, "big") + bytes(2) +
                    b"payload")
    if with_checksum:
        seg[6:8] = checksum(pseudo(0x0A000001, 0x0A000002, 17, len(seg)) + bytes(seg)).to_bytes(2, "big")
    return bytes(seg)


def eth(payload: bytes, kind: int = 0x0800) -> bytes:
    return B + A + kind.to_bytes(2, "big") + payload


def check(frame: bytes) -> str:
    """Which checksums of the frame hold, computed from nothing."""
    ip = 18 if frame[12:14] == b"\x81\x00" else 14
    if frame[ip - 2:ip] != b"\x08\x00":
        return "not IPv4"
    header = frame[ip:ip + 20]
    parts = ["ip ok" if ones_sum(header) == 0xFFFF else "ip BAD"]
    proto = header[9]
    payload = frame[ip + 20:]
    if (header[6] << 8 | header[7]) & 0x1FFF or proto not in (6, 17):
        return parts[0]
    src = int.from_bytes(header[12:16], "big")
    dst = int.from_bytes(header[16:20], "big")
    if proto == 17 and payload[6:8] == b"\x00\x00":
        parts.append("udp without checksum")
    else:
        ok = ones_sum(pseudo(src, dst, proto, len(payload)) + payload) == 0xFFFF
        parts.append(("tcp" if proto == 6 else "udp") + (" ok" if ok else " BAD"))
    return ", ".join(parts)


ACTIONS = [("dl_src", OFPAT_SET_DL_SRC, bytes.fromhex("0a00000000ee") + bytes(6)),
           ("dl_dst", OFPAT_SET_DL_DST, bytes.fromhex("0a00000000ff") + bytes(6)),
           ("vlan_vid 42", OFPAT_SET_VLAN_VID, bytes([0, 42, 0, 0])),
           ("vlan_pcp 5", OFPAT_SET_VLAN_PCP, bytes([5, 0, 0, 0])),
           ("strip_vlan", OFPAT_STRIP_VLAN, bytes(4)),
           ("nw_src 192.168.7.9", OFPAT_SET_NW_SRC, bytes([192, 168, 7, 9])),
           ("nw_dst 172.16.255.1", OFPAT_SET_NW_DST, bytes([172, 16, 255, 1])),
           ("nw_tos 0xb8", OFPAT_SET_NW_TOS, bytes([0xB8, 0, 0, 0])),
           ("tp_src 1", OFPAT_SET_TP_SRC, bytes([0, 1, 0, 0])),
           ("tp_dst 65535", OFPAT_SET_TP_DST, bytes([0xFF, 0xFF, 0, 0]))]

tagged_tcp = eth(bytes([0xA0, 0x07, 0x08, 0x00]) + ipv4(6, tcp()), 0x8100)
FRAMES = [("tcp", eth(ipv4(6, tcp()))),
          ("udp", eth(ipv4(17, udp(True)))),
          ("udp without checksum", eth(ipv4(17, udp(False)))),
          ("icmp", eth(ipv4(1, bytes([8, 0, 0xF7, 0xFF, 0, 0, 0, 0])))),
          ("later fragment", eth(ipv4(6, tcp(), frag=185))),
          ("arp", eth(bytes.fromhex("0001080006040001") + A + bytes(4) + bytes(6) + bytes(4), 0x0806)),
          ("tagged tcp", tagged_tcp),
          ("short", A + B)]

for name, frame in FRAMES:
    print(name, "|", check(frame) if len(frame) > 14 else "-", "|", frame.hex())
    for what, kind, body in ACTIONS:
        out = rewrite(kind, body, frame)
        same = "unchanged" if out == frame else out.hex()
        print("  %-20s %s | %s" % (what, check(out) if len(out) > 14 else "-", same))

print("one after another")
frame = eth(ipv4(6, tcp()))
for what, kind, body in ACTIONS:
    frame = rewrite(kind, body, frame)
print(check(frame), frame.hex())

print("the update against a sum computed again, for every word value of a few")
bad = 0
for old in (0, 1, 0x00FF, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF):
    for new in range(0, 0x10000, 4099):
        data = bytes([0x12, 0x34, old >> 8, old & 0xFF, 0xAB, 0xCD])
        changed = bytes([0x12, 0x34, new >> 8, new & 0xFF, 0xAB, 0xCD])
        if ones_sum(changed + adjusted(checksum(data), old, new).to_bytes(2, "big")) != 0xFFFF:
            bad += 1
print(bad, "bad")
