"""The OpenFlow 1.0 12-tuple of an Ethernet frame (specification 1.0.0,
section 3.4, "Matching"): the exact match a switch looks a frame up with,
and the one a controller installs for a flow.

No tag gives dl_vlan OFP_VLAN_NONE; an 802.3 length instead of an
EtherType gives dl_type 0x05ff, unless an LLC/SNAP header with OUI 0
carries one.  IPv4 gives nw_tos (the DSCP bits), nw_proto and the
addresses, and for a first or only fragment the TCP/UDP ports or the ICMP
type and code in tp_src/tp_dst; ARP gives its opcode's low byte in
nw_proto and the sender and target protocol addresses.  A field the frame
is too short to hold stays 0.
"""

from __future__ import annotations

from unicc_openflow.wire import OFP_VLAN_NONE, Match, OpenFlowError

ETH_IPV4 = 0x0800
ETH_ARP = 0x0806
ETH_VLAN = 0x8100
NOT_ETH_TYPE = 0x05FF


def u16(frame: bytes, at: int) -> int:
    return (frame[at] << 8) | frame[at + 1] if at + 2 <= len(frame) else 0


def u32(frame: bytes, at: int) -> int:
    return (u16(frame, at) << 16) | u16(frame, at + 2) if at + 4 <= len(frame) else 0


def match_from_frame(frame: bytes, in_port: int) -> Match:
    """The exact match (no wildcards) of frame, received on in_port."""
    if len(frame) < 14:
        raise OpenFlowError("frame of %d bytes" % len(frame))
    m = Match()
    m.wildcards = 0
    m.in_port = in_port
    m.dl_dst = frame[0:6]
    m.dl_src = frame[6:12]
    m.dl_vlan = OFP_VLAN_NONE
    at = 12
    kind = u16(frame, at)
    if kind == ETH_VLAN and len(frame) >= 18:
        tci = u16(frame, 14)
        m.dl_vlan = tci & 0x0FFF
        m.dl_vlan_pcp = tci >> 13
        at = 16
        kind = u16(frame, at)
    at += 2
    if kind < 0x600:
        snap = frame[at:at + 6] == b"\xaa\xaa\x03\x00\x00\x00" and at + 8 <= len(frame)
        kind = u16(frame, at + 6) if snap else NOT_ETH_TYPE
        at += 8 if snap else 0
    m.dl_type = kind
    if kind == ETH_IPV4:
        read_ipv4(m, frame, at)
    elif kind == ETH_ARP and frame[at:at + 6] == b"\x00\x01\x08\x00\x06\x04":
        m.nw_proto = u16(frame, at + 6) & 0xFF
        m.nw_src = u32(frame, at + 14)
        m.nw_dst = u32(frame, at + 24)
    return m


def read_ipv4(m: Match, frame: bytes, at: int) -> None:
    if at + 20 > len(frame):
        return
    m.nw_tos = frame[at + 1] & 0xFC
    m.nw_proto = frame[at + 9]
    m.nw_src = u32(frame, at + 12)
    m.nw_dst = u32(frame, at + 16)
    if u16(frame, at + 6) & 0x1FFF:
        return                  # a later fragment: no transport header
    l4 = at + (frame[at] & 0x0F) * 4
    if m.nw_proto == 6 or m.nw_proto == 17:
        m.tp_src = u16(frame, l4)
        m.tp_dst = u16(frame, l4 + 2)
    elif m.nw_proto == 1 and l4 + 2 <= len(frame):
        m.tp_src = frame[l4]
        m.tp_dst = frame[l4 + 1]
