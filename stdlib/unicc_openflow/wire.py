"""The OpenFlow 1.0 wire format: integers, the match, the physical port and
actions (OpenFlow Switch Specification 1.0.0, section 5 and openflow.h).

Every structure reads itself from a `Reader` that checks each length
against the end of its message, and writes itself to a `Writer`; sizes are
the specification's (ofp_match 40 bytes, ofp_phy_port 48, an output
action 8).  64-bit fields (datapath ids, cookies, counters) are ints below
2**63: a larger one on the wire is an `OpenFlowError`, as unicc's int is
64 bits wide.
"""

from __future__ import annotations

VERSION = 0x01
HEADER_SIZE = 8
MATCH_SIZE = 40
PHY_PORT_SIZE = 48
NO_BUFFER = 0xFFFFFFFF

# port numbers (ofp_port)
OFPP_MAX = 0xFF00
OFPP_IN_PORT = 0xFFF8
OFPP_TABLE = 0xFFF9
OFPP_NORMAL = 0xFFFA
OFPP_FLOOD = 0xFFFB
OFPP_ALL = 0xFFFC
OFPP_CONTROLLER = 0xFFFD
OFPP_LOCAL = 0xFFFE
OFPP_NONE = 0xFFFF

# wildcards (ofp_flow_wildcards): one bit per field, six bits each for the
# number of low bits of nw_src and nw_dst ignored (32 or more: all of them)
OFPFW_IN_PORT = 1 << 0
OFPFW_DL_VLAN = 1 << 1
OFPFW_DL_SRC = 1 << 2
OFPFW_DL_DST = 1 << 3
OFPFW_DL_TYPE = 1 << 4
OFPFW_NW_PROTO = 1 << 5
OFPFW_TP_SRC = 1 << 6
OFPFW_TP_DST = 1 << 7
OFPFW_NW_SRC_SHIFT = 8
OFPFW_NW_SRC_ALL = 32 << OFPFW_NW_SRC_SHIFT
OFPFW_NW_DST_SHIFT = 14
OFPFW_NW_DST_ALL = 32 << OFPFW_NW_DST_SHIFT
OFPFW_DL_VLAN_PCP = 1 << 20
OFPFW_NW_TOS = 1 << 21
OFPFW_ALL = (1 << 22) - 1

OFP_VLAN_NONE = 0xFFFF

# action types (ofp_action_type); only OUTPUT has a class of its own
OFPAT_OUTPUT = 0
OFPAT_VENDOR = 0xFFFF


class OpenFlowError(Exception):
    """A message that does not follow the format: answered with an ERROR or
    the connection closed, never a crash."""


class Reader:
    """Reads big-endian fields from the front of data[pos:end]."""

    def __init__(self, data: bytes, pos: int = 0, end: int = -1) -> None:
        self.data = data
        self.pos = pos
        self.end = len(data) if end < 0 else end

    def left(self) -> int:
        return self.end - self.pos

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > self.end:
            raise OpenFlowError("message truncated")
        self.pos += n
        return self.data[self.pos - n:self.pos]

    def u8(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        b = self.take(2)
        return (b[0] << 8) | b[1]

    def u32(self) -> int:
        b = self.take(4)
        return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]

    def u64(self) -> int:
        high = self.u32()
        if high >= 0x80000000:
            raise OpenFlowError("64-bit field at or above 2**63")
        return (high << 32) | self.u32()

    def skip(self, n: int) -> None:
        self.take(n)

    def rest(self) -> bytes:
        return self.take(self.left())


class Writer:
    def __init__(self) -> None:
        self.out = bytearray()

    def u8(self, v: int) -> None:
        self.out.append(v & 0xFF)

    def u16(self, v: int) -> None:
        self.out.append((v >> 8) & 0xFF)
        self.out.append(v & 0xFF)

    def u32(self, v: int) -> None:
        self.u16(v >> 16)
        self.u16(v)

    def u64(self, v: int) -> None:
        self.u32(v >> 32)
        self.u32(v)

    def put(self, data: bytes) -> None:
        self.out.extend(data)

    def pad(self, n: int) -> None:
        self.out.extend(bytes(n))


def fixed(text: bytes, size: int) -> bytes:
    """A NUL-padded string field of size bytes (the last one always NUL)."""
    return text[:size - 1] + bytes(size - min(len(text), size - 1))


def unfixed(field: bytes) -> bytes:
    """A string field's text: up to its first NUL."""
    end = field.find(b"\x00")
    return field if end < 0 else field[:end]


class Match:
    """ofp_match: the 12-tuple and the wildcards saying which fields count.
    A new Match matches everything (OFPFW_ALL, every field zero)."""

    def __init__(self) -> None:
        self.wildcards = OFPFW_ALL
        self.in_port = 0
        self.dl_src = bytes(6)
        self.dl_dst = bytes(6)
        self.dl_vlan = 0
        self.dl_vlan_pcp = 0
        self.dl_type = 0
        self.nw_tos = 0
        self.nw_proto = 0
        self.nw_src = 0
        self.nw_dst = 0
        self.tp_src = 0
        self.tp_dst = 0

    def fields(self) -> tuple[int, int, bytes, bytes, int, int, int, int, int, int, int, int, int]:
        return (self.wildcards, self.in_port, self.dl_src, self.dl_dst, self.dl_vlan, self.dl_vlan_pcp,
                self.dl_type, self.nw_tos, self.nw_proto, self.nw_src, self.nw_dst, self.tp_src, self.tp_dst)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and self.fields() == other.fields()

    def __repr__(self) -> str:
        return ("Match(wildcards=%#x, in_port=%d, dl_src=%s, dl_dst=%s, dl_vlan=%d, dl_vlan_pcp=%d, "
                "dl_type=%#06x, nw_tos=%d, nw_proto=%d, nw_src=%s, nw_dst=%s, tp_src=%d, tp_dst=%d)"
                % (self.wildcards, self.in_port, mac_text(self.dl_src), mac_text(self.dl_dst), self.dl_vlan,
                   self.dl_vlan_pcp, self.dl_type, self.nw_tos, self.nw_proto, ip_text(self.nw_src),
                   ip_text(self.nw_dst), self.tp_src, self.tp_dst))

    def write(self, w: Writer) -> None:
        w.u32(self.wildcards)
        w.u16(self.in_port)
        w.put(self.dl_src)
        w.put(self.dl_dst)
        w.u16(self.dl_vlan)
        w.u8(self.dl_vlan_pcp)
        w.pad(1)
        w.u16(self.dl_type)
        w.u8(self.nw_tos)
        w.u8(self.nw_proto)
        w.pad(2)
        w.u32(self.nw_src)
        w.u32(self.nw_dst)
        w.u16(self.tp_src)
        w.u16(self.tp_dst)


def read_match(r: Reader) -> Match:
    m = Match()
    m.wildcards = r.u32()
    m.in_port = r.u16()
    m.dl_src = r.take(6)
    m.dl_dst = r.take(6)
    m.dl_vlan = r.u16()
    m.dl_vlan_pcp = r.u8()
    r.skip(1)
    m.dl_type = r.u16()
    m.nw_tos = r.u8()
    m.nw_proto = r.u8()
    r.skip(2)
    m.nw_src = r.u32()
    m.nw_dst = r.u32()
    m.tp_src = r.u16()
    m.tp_dst = r.u16()
    return m


def mac_text(mac: bytes) -> str:
    return ":".join("%02x" % b for b in mac)


def ip_text(addr: int) -> str:
    return "%d.%d.%d.%d" % (addr >> 24, (addr >> 16) & 0xFF, (addr >> 8) & 0xFF, addr & 0xFF)


class PhyPort:
    """ofp_phy_port: a port's number, address, name and its bitmaps
    (config, state, and the curr/advertised/supported/peer features)."""

    def __init__(self, port_no: int, hw_addr: bytes, name: bytes) -> None:
        self.port_no = port_no
        self.hw_addr = hw_addr
        self.name = name
        self.config = 0
        self.state = 0
        self.curr = 0
        self.advertised = 0
        self.supported = 0
        self.peer = 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PhyPort) and self.fields() == other.fields()

    def fields(self) -> tuple[int, bytes, bytes, int, int, int, int, int, int]:
        return (self.port_no, self.hw_addr, self.name, self.config, self.state, self.curr, self.advertised,
                self.supported, self.peer)

    def __repr__(self) -> str:
        return "PhyPort(%d, %s, %r, config=%#x, state=%#x)" % (self.port_no, mac_text(self.hw_addr), self.name,
                                                              self.config, self.state)

    def write(self, w: Writer) -> None:
        w.u16(self.port_no)
        w.put(self.hw_addr)
        w.put(fixed(self.name, 16))
        for v in (self.config, self.state, self.curr, self.advertised, self.supported, self.peer):
            w.u32(v)


def read_phy_port(r: Reader) -> PhyPort:
    port = PhyPort(r.u16(), r.take(6), unfixed(r.take(16)))
    port.config = r.u32()
    port.state = r.u32()
    port.curr = r.u32()
    port.advertised = r.u32()
    port.supported = r.u32()
    port.peer = r.u32()
    return port


class Action:
    """An action other than OUTPUT, kept as its type and body (the bytes
    after type and length) so that it goes back out unchanged."""

    def __init__(self, kind: int, body: bytes) -> None:
        self.kind = kind
        self.body = body

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Action) and self.key() == other.key()

    def key(self) -> tuple[int, bytes]:
        return self.kind, self.body

    def __repr__(self) -> str:
        return "Action(%d, %r)" % (self.kind, self.body)

    def write(self, w: Writer) -> None:
        w.u16(self.kind)
        w.u16(4 + len(self.body))
        w.put(self.body)


class Output(Action):
    """ofp_action_output: send to port (OFPP_FLOOD, OFPP_CONTROLLER, ...);
    max_len is how much of the frame goes to the controller."""

    def __init__(self, port: int, max_len: int = 0) -> None:
        super().__init__(OFPAT_OUTPUT, bytes((port >> 8, port & 0xFF, max_len >> 8, max_len & 0xFF)))
        self.port = port
        self.max_len = max_len

    def __repr__(self) -> str:
        return "Output(%#x, %d)" % (self.port, self.max_len)


def read_actions(r: Reader, size: int) -> list[Action]:
    """The actions in the next size bytes: each at least 8 bytes, a multiple
    of 8, within them."""
    end = r.pos + size
    if end > r.end:
        raise OpenFlowError("actions run past the end of the message")
    actions: list[Action] = []
    while r.pos < end:
        kind = r.u16()
        length = r.u16()
        if length < 8 or length % 8 or r.pos - 4 + length > end:
            raise OpenFlowError("bad action length %d" % length)
        if kind == OFPAT_OUTPUT:
            if length != 8:
                raise OpenFlowError("bad output action length %d" % length)
            actions.append(Output(r.u16(), r.u16()))
        else:
            actions.append(Action(kind, r.take(length - 4)))
    return actions


def write_actions(w: Writer, actions: list[Action]) -> int:
    """Write the actions; their size in bytes."""
    start = len(w.out)
    for action in actions:
        action.write(w)
    return len(w.out) - start
