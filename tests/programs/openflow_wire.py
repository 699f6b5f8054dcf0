# unicc_openflow against the OpenFlow 1.0.0 specification: every message
# type encoded and compared byte for byte with a struct.pack of the layout
# of openflow.h written out here (header "!BBHI", ofp_match
# "!IH6s6sHBxHBBxxIIHH", ofp_phy_port "!H6s16sIIIIII", ...), decoded back to
# the same fields; a stream of all of them framed when split at every byte;
# the 12-tuple of Ethernet frames (IPv4 TCP/UDP/ICMP, fragments, ARP, a VLAN
# tag, 802.3 with and without SNAP); and malformed messages, which raise
# OpenFlowError and nothing else.
import random
import struct

from unicc_openflow import messages as m
from unicc_openflow.framer import Framer
from unicc_openflow.packet import match_from_frame
from unicc_openflow.wire import (NO_BUFFER, OFPFW_ALL, OFPFW_DL_TYPE, OFPFW_IN_PORT, OFPFW_NW_DST_SHIFT, OFPP_FLOOD,
                                 OFPP_NONE, Action, Match, OpenFlowError, Output, PhyPort, ip_text, mac_text)

MAC1 = bytes.fromhex("0a0000000001")
MAC2 = bytes.fromhex("0a0000000002")


def header(kind: int, length: int, xid: int) -> bytes:
    return struct.pack("!BBHI", 1, kind, length, xid)


def match_bytes(mt: Match) -> bytes:
    return struct.pack("!IH6s6sHBxHBBxxIIHH", mt.wildcards, mt.in_port, mt.dl_src, mt.dl_dst, mt.dl_vlan,
                       mt.dl_vlan_pcp, mt.dl_type, mt.nw_tos, mt.nw_proto, mt.nw_src, mt.nw_dst, mt.tp_src, mt.tp_dst)


def port_bytes(p: PhyPort) -> bytes:
    return struct.pack("!H6s16sIIIIII", p.port_no, p.hw_addr, p.name, p.config, p.state, p.curr, p.advertised,
                       p.supported, p.peer)


def output_bytes(port: int, max_len: int) -> bytes:
    return struct.pack("!HHHH", 0, 8, port, max_len)


def sample_match() -> Match:
    mt = Match()
    mt.wildcards = OFPFW_DL_TYPE | (24 << OFPFW_NW_DST_SHIFT)
    mt.in_port = 3
    mt.dl_src = MAC1
    mt.dl_dst = MAC2
    mt.dl_vlan = 0xFFFF
    mt.dl_vlan_pcp = 5
    mt.dl_type = 0x0800
    mt.nw_tos = 0xB8
    mt.nw_proto = 6
    mt.nw_src = 0x0A000001
    mt.nw_dst = 0x0A000002
    mt.tp_src = 40000
    mt.tp_dst = 80
    return mt


def sample_port(no: int, name: bytes) -> PhyPort:
    p = PhyPort(no, bytes((2, 0, 0, 0, 0, no & 0xFF)), name)
    p.config = 1
    p.state = 0x200
    p.curr = 0x82
    p.advertised = 0x7FF
    p.supported = 0xFFF
    p.peer = 0
    return p


mt = sample_match()
actions: list[Action] = [Output(2), Output(OFPP_FLOOD, 128), Action(1, struct.pack("!Hxx", 10))]
actions_bytes = output_bytes(2, 0) + output_bytes(OFPP_FLOOD, 128) + struct.pack("!HHHxx", 1, 8, 10)
frame = MAC2 + MAC1 + b"\x08\x00" + bytes(range(46))
ports = [sample_port(1, b"eth1"), sample_port(2, b"a-name-of-15-ch"), sample_port(0xFFFE, b"br0")]
flow_stats = [m.FlowStats(0, mt, 12, 500, 100, 10, 0, 7, 3, 294, [Output(1)]),
              m.FlowStats(0, Match(), 1, 2, 0, 0, 60, 0, 0, 0, [])]
desc = m.desc_stats_body(b"Nobody", b"hw", b"sw 1.0", b"42", b"a datapath")

# (message, its bytes from the specification's layout)
CASES: list[tuple[m.Message, bytes]] = [
    (m.Message(m.HELLO, 1), header(0, 8, 1)),
    (m.Message(m.ECHO_REQUEST, 0xFFFFFFFF, b"ping"), header(2, 12, 0xFFFFFFFF) + b"ping"),
    (m.Message(m.ECHO_REPLY, 2, b"ping"), header(3, 12, 2) + b"ping"),
    (m.Error(3, m.OFPET_BAD_REQUEST, m.OFPBRC_BAD_TYPE, header(99, 8, 3)),
     header(1, 20, 3) + struct.pack("!HH", 1, 1) + header(99, 8, 3)),
    (m.Message(m.FEATURES_REQUEST, 4), header(5, 8, 4)),
    (m.FeaturesReply(5, 0x0000020000000001, 256, 254, 0xC7, 0xFFF, ports),
     header(6, 32 + 48 * 3, 5) + struct.pack("!QIBxxxII", 0x0000020000000001, 256, 254, 0xC7, 0xFFF)
     + b"".join(port_bytes(p) for p in ports)),
    (m.SwitchConfig(m.SET_CONFIG, 6, 0, 128), header(9, 12, 6) + struct.pack("!HH", 0, 128)),
    (m.SwitchConfig(m.GET_CONFIG_REPLY, 7, 1, 0xFFFF), header(8, 12, 7) + struct.pack("!HH", 1, 0xFFFF)),
    (m.PacketIn(8, 0x100, 60, 1, m.OFPR_NO_MATCH, frame),
     header(10, 18 + 60, 8) + struct.pack("!IHHBx", 0x100, 60, 1, 0) + frame),
    (m.PacketOut(9, 0x100, 1, [Output(OFPP_FLOOD)]),
     header(13, 24, 9) + struct.pack("!IHH", 0x100, 1, 8) + output_bytes(OFPP_FLOOD, 0)),
    (m.PacketOut(10, NO_BUFFER, 2, actions, frame),
     header(13, 16 + 24 + 60, 10) + struct.pack("!IHH", NO_BUFFER, 2, 24) + actions_bytes + frame),
    (m.FlowMod(11, mt, m.OFPFC_ADD, actions, 10, 30, 0x8000, 0x100, OFPP_NONE, m.OFPFF_SEND_FLOW_REM, 99),
     header(14, 72 + 24, 11) + match_bytes(mt)
     + struct.pack("!QHHHHIHH", 99, 0, 10, 30, 0x8000, 0x100, OFPP_NONE, 1) + actions_bytes),
    (m.FlowMod(12, Match(), m.OFPFC_DELETE, []),
     header(14, 72, 12) + match_bytes(Match()) + struct.pack("!QHHHHIHH", 0, 3, 0, 0, 0x8000, NO_BUFFER, OFPP_NONE, 0)),
    (m.FlowRemoved(13, mt, 99, 0x8000, 0, 12, 345, 10, 7, 686),
     header(11, 88, 13) + match_bytes(mt) + struct.pack("!QHBxIIHxxQQ", 99, 0x8000, 0, 12, 345, 10, 7, 686)),
    (m.PortStatus(14, m.OFPPR_MODIFY, ports[0]), header(12, 64, 14) + struct.pack("!B7x", 2) + port_bytes(ports[0])),
    (m.Message(m.BARRIER_REQUEST, 15), header(18, 8, 15)),
    (m.Message(m.BARRIER_REPLY, 15), header(19, 8, 15)),
    (m.Stats(m.STATS_REQUEST, 16, m.OFPST_DESC, 0, b""), header(16, 12, 16) + struct.pack("!HH", 0, 0)),
    (m.Stats(m.STATS_REPLY, 16, m.OFPST_DESC, 0, desc),
     header(17, 12 + 1056, 16) + struct.pack("!HH", 0, 0)
     + struct.pack("!256s256s256s32s256s", b"Nobody", b"hw", b"sw 1.0", b"42", b"a datapath")),
    (m.Stats(m.STATS_REQUEST, 17, m.OFPST_FLOW, 0, m.flow_stats_request_body(Match())),
     header(16, 12 + 44, 17) + struct.pack("!HH", 1, 0) + match_bytes(Match()) + struct.pack("!BxH", 0xFF, OFPP_NONE)),
    (m.Stats(m.STATS_REPLY, 17, m.OFPST_FLOW, 1, m.flow_stats_body(flow_stats)),
     header(17, 12 + 96 + 88, 17) + struct.pack("!HH", 1, 1)
     + struct.pack("!HBx", 96, 0) + match_bytes(mt) + struct.pack("!IIHHH6xQQQ", 12, 500, 100, 10, 0, 7, 3, 294)
     + output_bytes(1, 0)
     + struct.pack("!HBx", 88, 0) + match_bytes(Match()) + struct.pack("!IIHHH6xQQQ", 1, 2, 0, 0, 60, 0, 0, 0)),
    (m.Message(m.VENDOR, 18, struct.pack("!I", 0x2320) + b"nx"), header(4, 14, 18) + b"\x00\x00\x23\x20nx"),
]

print("sizes:", struct.calcsize("!IH6s6sHBxHBBxxIIHH"), struct.calcsize("!H6s16sIIIIII"))
stream = b""
for msg, expected in CASES:
    got = msg.encode()
    back = m.decode(got)
    again = back.encode()
    print(repr(msg)[:150])
    print("  ", len(got), got == expected, again == got, repr(back) == repr(msg), type(back).__name__)
    stream += got

print(m.desc_stats(desc))
print(m.flow_stats(m.flow_stats_body(flow_stats)))
print(m.flow_stats_request(m.flow_stats_request_body(mt, 0, 3)))
print(mac_text(MAC1), ip_text(0xC0A80101), mt == sample_match(), mt == Match(), Match().wildcards == OFPFW_ALL)
print(m.decode(header(0, 16, 0).replace(b"\x01", b"\x04", 1) + b"\x00\x01\x00\x08\x00\x00\x00\x12").version)

# the whole stream, split at every byte: the same messages, in order
whole = [m.encode() for m, _ in CASES]
agree = 0
for cut in range(len(stream) + 1):
    f = Framer()
    got_msgs: list[bytes] = []
    for piece in (stream[:cut], stream[cut:]):
        f.feed(piece)
        while (one := f.next()) is not None:
            got_msgs.append(one)
    agree += got_msgs == whole and f.pending() == 0
print("split at every byte:", agree, "of", len(stream) + 1)
f = Framer()
for b in stream:
    f.feed(bytes((b,)))
    one = f.next()
    if one is not None:
        whole.remove(one)
print("byte by byte:", whole == [])

# the 12-tuple of frames
def ipv4(proto: int, payload: bytes, frag: int = 0, tos: int = 0xB9) -> bytes:
    return struct.pack("!BBHHHBBH4s4s", 0x45, tos, 20 + len(payload), 1, frag, 64, proto, 0, b"\x0a\x00\x00\x01",
                       b"\x0a\x00\x00\x02") + payload


eth = MAC2 + MAC1
FRAMES = [
    ("tcp", eth + b"\x08\x00" + ipv4(6, struct.pack("!HH", 40000, 80) + bytes(16))),
    ("udp", eth + b"\x08\x00" + ipv4(17, struct.pack("!HHHH", 53, 5353, 8, 0))),
    ("icmp", eth + b"\x08\x00" + ipv4(1, struct.pack("!BBH", 8, 0, 0) + b"abcd")),
    ("fragment", eth + b"\x08\x00" + ipv4(17, struct.pack("!HH", 1, 2), 0x0010)),
    ("first fragment", eth + b"\x08\x00" + ipv4(17, struct.pack("!HH", 1, 2), 0x2000)),
    ("truncated ip", eth + b"\x08\x00" + ipv4(6, b"")[:12]),
    ("arp", b"\xff" * 6 + MAC1 + b"\x08\x06" + struct.pack("!HHBBH6s4s6s4s", 1, 0x800, 6, 4, 1, MAC1,
                                                              b"\x0a\x00\x00\x01", bytes(6), b"\x0a\x00\x00\x02")),
    ("vlan", eth + struct.pack("!HH", 0x8100, (5 << 13) | 42) + b"\x08\x00" + ipv4(17, struct.pack("!HH", 7, 9))),
    ("802.3", eth + struct.pack("!H", 38) + b"\x42\x42\x03" + bytes(35)),
    ("snap", eth + struct.pack("!H", 38) + b"\xaa\xaa\x03\x00\x00\x00\x08\x06" + bytes(30)),
    ("ipv6", eth + b"\x86\xdd" + bytes(40)),
]
for name, data in FRAMES:
    print(name, match_from_frame(data, 7))

# malformed: each raises OpenFlowError
good_flow_mod = CASES[11][1]
BAD = [
    b"", header(0, 8, 0)[:7], header(2, 9, 0), header(2, 8, 0) + b"x", header(6, 8, 0),
    header(6, 32 + 47, 0) + bytes(32 + 47 - 8),
    header(10, 17, 0) + bytes(9), header(9, 11, 0) + b"\x00\x00\x00",
    b"\x02" + header(2, 8, 0)[1:],
    header(13, 24, 0) + struct.pack("!IHH", 0, 1, 16) + output_bytes(1, 0),
    header(13, 24, 0) + struct.pack("!IHH", 0, 1, 8) + struct.pack("!HHHH", 0, 4, 1, 0),
    header(13, 24, 0) + struct.pack("!IHH", 0, 1, 8) + struct.pack("!HHHH", 0, 12, 1, 0),
    header(13, 32, 0) + struct.pack("!IHH", 0, 1, 16) + struct.pack("!HHHH", 0, 16, 1, 0) + bytes(8),
    good_flow_mod[:2] + struct.pack("!H", 72 + 20) + good_flow_mod[4:-4],
    header(11, 88, 0) + match_bytes(mt) + b"\xff" * 40,
    header(12, 63, 0) + bytes(55),
]
for data in BAD:
    try:
        print("decoded?", m.decode(data))
    except OpenFlowError as e:
        print("OpenFlowError:", e)
for bad in ("desc", "flow", "request"):
    try:
        if bad == "desc":
            m.desc_stats(desc[:-1])
        elif bad == "flow":
            m.flow_stats(struct.pack("!HBx", 40, 0) + bytes(36))
        else:
            m.flow_stats_request(bytes(45))
    except OpenFlowError as e:
        print("OpenFlowError:", e)
for stream_bytes in (header(0, 7, 0), header(0, 70000 % 65536, 0) + bytes(100)):
    f = Framer(2000)
    f.feed(stream_bytes)
    try:
        print(f.next())
    except OpenFlowError as e:
        print("framer OpenFlowError:", e)
try:
    match_from_frame(bytes(13), 1)
except OpenFlowError as e:
    print("OpenFlowError:", e)

# random and mutated messages: OpenFlowError, or a message whose encoding decodes to it again
rng = random.Random(20261207)
outcomes = {"error": 0, "decoded": 0, "stable": 0}
for i in range(1500):
    mutated = bytearray(CASES[i % len(CASES)][1])
    for _ in range(rng.randrange(1, 4)):
        at = rng.randrange(len(mutated) + 1)
        if at == len(mutated):
            mutated.append(rng.randrange(256))
        if rng.randrange(3):
            mutated[at] = rng.randrange(256)
        else:
            del mutated[at:]
            mutated.extend(bytes(rng.randrange(8)))
            if len(mutated) >= 4 and rng.randrange(2):
                mutated[2] = len(mutated) >> 8
                mutated[3] = len(mutated) & 0xFF
    try:
        msg = m.decode(bytes(mutated))
        outcomes["decoded"] += 1
        outcomes["stable"] += repr(m.decode(msg.encode())) == repr(msg)
    except OpenFlowError:
        outcomes["error"] += 1
print(outcomes)
print(OFPFW_IN_PORT, OFPFW_ALL)
