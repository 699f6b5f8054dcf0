"""The set-field actions of OpenFlow 1.0 (specification 1.0.0, section
5.2.4) applied to a frame: `rewrite(kind, body, frame)` gives the frame
changed, or the same frame when the field is not there (an IPv4 action
on ARP, a port on ICMP or on a later fragment).

The IPv4 header checksum and the TCP or UDP checksum are adjusted for
what changes (RFC 1624's incremental update: ~(~HC + ~m + m')), the
pseudo-header's addresses included, so a frame stays valid without its
checksums being computed again; a UDP checksum of 0 (none) stays 0.
SET_VLAN_VID and SET_VLAN_PCP add an 802.1Q tag to an untagged frame.
"""

from __future__ import annotations

OFPAT_SET_VLAN_VID = 1
OFPAT_SET_VLAN_PCP = 2
OFPAT_STRIP_VLAN = 3
OFPAT_SET_DL_SRC = 4
OFPAT_SET_DL_DST = 5
OFPAT_SET_NW_SRC = 6
OFPAT_SET_NW_DST = 7
OFPAT_SET_NW_TOS = 8
OFPAT_SET_TP_SRC = 9
OFPAT_SET_TP_DST = 10
# each action's body (after type and length) and the types done here
BODY_SIZE = {OFPAT_SET_VLAN_VID: 4, OFPAT_SET_VLAN_PCP: 4, OFPAT_STRIP_VLAN: 4, OFPAT_SET_DL_SRC: 12,
             OFPAT_SET_DL_DST: 12, OFPAT_SET_NW_SRC: 4, OFPAT_SET_NW_DST: 4, OFPAT_SET_NW_TOS: 4,
             OFPAT_SET_TP_SRC: 4, OFPAT_SET_TP_DST: 4}

VLAN = 0x8100
IPV4 = 0x0800


def u16(data: bytes, at: int) -> int:
    return (data[at] << 8) | data[at + 1]


def get16(data: bytearray, at: int) -> int:
    return (data[at] << 8) | data[at + 1]


def put16(data: bytearray, at: int, v: int) -> None:
    data[at] = (v >> 8) & 0xFF
    data[at + 1] = v & 0xFF


def adjusted(checksum: int, old: int, new: int) -> int:
    """A ones'-complement checksum after one 16-bit word went from old to new."""
    s = (~checksum & 0xFFFF) + (~old & 0xFFFF) + new
    s = (s & 0xFFFF) + (s >> 16)
    s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def rewrite(kind: int, body: bytes, frame: bytes) -> bytes:
    if len(frame) < 14:
        return frame
    tagged = u16(frame, 12) == VLAN and len(frame) >= 18
    if kind == OFPAT_SET_DL_SRC:
        return frame[:6] + body[:6] + frame[12:]
    if kind == OFPAT_SET_DL_DST:
        return body[:6] + frame[6:]
    if kind == OFPAT_STRIP_VLAN:
        return frame[:12] + frame[16:] if tagged else frame
    if kind == OFPAT_SET_VLAN_VID or kind == OFPAT_SET_VLAN_PCP:
        tci = u16(frame, 14) if tagged else 0
        if kind == OFPAT_SET_VLAN_VID:
            tci = (tci & 0xF000) | (u16(body, 0) & 0x0FFF)
        else:
            tci = (tci & 0x0FFF) | ((body[0] & 7) << 13)
        rest = frame[16:] if tagged else frame[12:]
        return frame[:12] + bytes((VLAN >> 8, VLAN & 0xFF, tci >> 8, tci & 0xFF)) + rest
    ip = 18 if tagged else 14
    if len(frame) < ip + 20 or u16(frame, ip - 2) != IPV4 or frame[ip] >> 4 != 4:
        return frame
    out = bytearray(frame)
    if kind == OFPAT_SET_NW_TOS:
        old = get16(out, ip)
        out[ip + 1] = (body[0] & 0xFC) | (out[ip + 1] & 3)
        put16(out, ip + 10, adjusted(get16(out, ip + 10), old, get16(out, ip)))
    elif kind == OFPAT_SET_NW_SRC or kind == OFPAT_SET_NW_DST:
        at = ip + (12 if kind == OFPAT_SET_NW_SRC else 16)
        for half in (0, 2):
            set_word(out, ip, at + half, u16(body, half), True)
    elif kind == OFPAT_SET_TP_SRC or kind == OFPAT_SET_TP_DST:
        l4 = ip + (out[ip] & 0x0F) * 4
        if transport_checksum(out, ip) >= 0 and l4 + 4 <= len(out):
            set_word(out, ip, l4 + (0 if kind == OFPAT_SET_TP_SRC else 2), u16(body, 0), False)
    return bytes(out)


def transport_checksum(frame: bytearray, ip: int) -> int:
    """Where the TCP or UDP checksum of the packet at ip is, or -1 (another
    protocol, a later fragment, a header the frame does not hold)."""
    if get16(frame, ip + 6) & 0x1FFF:
        return -1
    l4 = ip + (frame[ip] & 0x0F) * 4
    at = l4 + 16 if frame[ip + 9] == 6 else l4 + 6 if frame[ip + 9] == 17 else -1
    return at if 0 <= at and at + 2 <= len(frame) else -1


def set_word(frame: bytearray, ip: int, at: int, new: int, in_ip_header: bool) -> None:
    """Change the 16-bit word at `at`, adjusting the IPv4 header checksum if
    it is in that header, and the TCP or UDP checksum (an address is in its
    pseudo-header, a port in its header)."""
    old = get16(frame, at)
    put16(frame, at, new)
    if in_ip_header:
        put16(frame, ip + 10, adjusted(get16(frame, ip + 10), old, new))
    csum = transport_checksum(frame, ip)
    if csum < 0 or (frame[ip + 9] == 17 and get16(frame, csum) == 0):
        return
    value = adjusted(get16(frame, csum), old, new)
    put16(frame, csum, 0xFFFF if value == 0 and frame[ip + 9] == 17 else value)
