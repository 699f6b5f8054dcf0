"""OpenFlow 1.0 messages: `decode` turns one message's bytes into an
object, `Message.encode` gives them back (OpenFlow Switch Specification
1.0.0, section 5; the sizes of openflow.h).

Messages with no fields beyond their body (HELLO, ECHO_REQUEST/REPLY,
FEATURES_REQUEST, BARRIER_REQUEST/REPLY, GET_CONFIG_REQUEST, VENDOR and
any type this library does not know) are a plain `Message` with its bytes
in `data`; the others have a class each.  HELLO is read whatever its
version (a switch offering a later one still negotiates 1.0); any other
message must be version 1.0.
"""

from __future__ import annotations

from unicc_openflow.wire import (HEADER_SIZE, NO_BUFFER, OFPP_NONE, VERSION, Action, Match, OpenFlowError, PhyPort,
                                 Reader, Writer, fixed, read_actions, read_match, read_phy_port, unfixed,
                                 write_actions)

# message types (ofp_type)
HELLO = 0
ERROR = 1
ECHO_REQUEST = 2
ECHO_REPLY = 3
VENDOR = 4
FEATURES_REQUEST = 5
FEATURES_REPLY = 6
GET_CONFIG_REQUEST = 7
GET_CONFIG_REPLY = 8
SET_CONFIG = 9
PACKET_IN = 10
FLOW_REMOVED = 11
PORT_STATUS = 12
PACKET_OUT = 13
FLOW_MOD = 14
PORT_MOD = 15
STATS_REQUEST = 16
STATS_REPLY = 17
BARRIER_REQUEST = 18
BARRIER_REPLY = 19
QUEUE_GET_CONFIG_REQUEST = 20
QUEUE_GET_CONFIG_REPLY = 21       # the last type of 1.0

# error types and the codes used here (ofp_error_type, ofp_*_code)
OFPET_HELLO_FAILED = 0
OFPHFC_INCOMPATIBLE = 0
OFPET_BAD_REQUEST = 1
OFPBRC_BAD_VERSION = 0
OFPBRC_BAD_TYPE = 1
OFPBRC_BAD_LEN = 6

# flow_mod commands and flags
OFPFC_ADD = 0
OFPFC_MODIFY = 1
OFPFC_MODIFY_STRICT = 2
OFPFC_DELETE = 3
OFPFC_DELETE_STRICT = 4
OFPFF_SEND_FLOW_REM = 1

# packet_in reasons, port_status reasons
OFPR_NO_MATCH = 0
OFPR_ACTION = 1
OFPPR_ADD = 0
OFPPR_DELETE = 1
OFPPR_MODIFY = 2

# stats types
OFPST_DESC = 0
OFPST_FLOW = 1
DESC_SIZE = 1056            # ofp_desc_stats: four 256-byte strings and a 32-byte serial number
FLOW_STATS_SIZE = 88        # ofp_flow_stats before its actions


class Message:
    """A message's type and transaction id; `data` is its body when the type
    has no class of its own."""

    def __init__(self, kind: int, xid: int, data: bytes = b"") -> None:
        self.version = VERSION
        self.kind = kind
        self.xid = xid
        self.data = data

    def body(self, w: Writer) -> None:
        w.put(self.data)

    def encode(self) -> bytes:
        w = Writer()
        w.u8(self.version)
        w.u8(self.kind)
        w.u16(0)                    # the length, once known
        w.u32(self.xid)
        self.body(w)
        if len(w.out) > 0xFFFF:
            raise OpenFlowError("message longer than 65535 bytes")
        w.out[2] = len(w.out) >> 8
        w.out[3] = len(w.out) & 0xFF
        return bytes(w.out)

    def __repr__(self) -> str:
        return "Message(%d, xid=%d, %r)" % (self.kind, self.xid, self.data)


class Error(Message):
    """ofp_error_msg: type, code and (usually) the start of the offending message."""

    def __init__(self, xid: int, err_type: int, code: int, data: bytes = b"") -> None:
        super().__init__(ERROR, xid, data)
        self.err_type = err_type
        self.code = code

    def body(self, w: Writer) -> None:
        w.u16(self.err_type)
        w.u16(self.code)
        w.put(self.data[:0xFFFF - 12])

    def __repr__(self) -> str:
        return "Error(xid=%d, type=%d, code=%d, %r)" % (self.xid, self.err_type, self.code, self.data)


class FeaturesReply(Message):
    """ofp_switch_features: the datapath id, buffers, tables, capability and
    action bitmaps, and every port."""

    def __init__(self, xid: int, datapath_id: int, n_buffers: int, n_tables: int, capabilities: int,
                 actions: int, ports: list[PhyPort]) -> None:
        super().__init__(FEATURES_REPLY, xid)
        self.datapath_id = datapath_id
        self.n_buffers = n_buffers
        self.n_tables = n_tables
        self.capabilities = capabilities
        self.actions = actions
        self.ports = ports

    def body(self, w: Writer) -> None:
        w.u64(self.datapath_id)
        w.u32(self.n_buffers)
        w.u8(self.n_tables)
        w.pad(3)
        w.u32(self.capabilities)
        w.u32(self.actions)
        for port in self.ports:
            port.write(w)

    def __repr__(self) -> str:
        return "FeaturesReply(xid=%d, dpid=%#x, buffers=%d, tables=%d, caps=%#x, actions=%#x, %r)" % (
            self.xid, self.datapath_id, self.n_buffers, self.n_tables, self.capabilities, self.actions, self.ports)


class SwitchConfig(Message):
    """ofp_switch_config, as SET_CONFIG or GET_CONFIG_REPLY: the fragment
    handling flags and how much of a missed frame goes to the controller."""

    def __init__(self, kind: int, xid: int, flags: int, miss_send_len: int) -> None:
        super().__init__(kind, xid)
        self.flags = flags
        self.miss_send_len = miss_send_len

    def body(self, w: Writer) -> None:
        w.u16(self.flags)
        w.u16(self.miss_send_len)

    def __repr__(self) -> str:
        return "SwitchConfig(%d, xid=%d, flags=%d, miss_send_len=%d)" % (self.kind, self.xid, self.flags,
                                                                          self.miss_send_len)


class PacketIn(Message):
    """ofp_packet_in: a frame (or its start, if buffered) from in_port."""

    def __init__(self, xid: int, buffer_id: int, total_len: int, in_port: int, reason: int, data: bytes) -> None:
        super().__init__(PACKET_IN, xid, data)
        self.buffer_id = buffer_id
        self.total_len = total_len
        self.in_port = in_port
        self.reason = reason

    def body(self, w: Writer) -> None:
        w.u32(self.buffer_id)
        w.u16(self.total_len)
        w.u16(self.in_port)
        w.u8(self.reason)
        w.pad(1)
        w.put(self.data)

    def __repr__(self) -> str:
        return "PacketIn(xid=%d, buffer=%#x, total_len=%d, in_port=%d, reason=%d, %d bytes)" % (
            self.xid, self.buffer_id, self.total_len, self.in_port, self.reason, len(self.data))


class PacketOut(Message):
    """ofp_packet_out: apply actions to a frame the switch buffered
    (buffer_id) or to the one in data (buffer_id NO_BUFFER)."""

    def __init__(self, xid: int, buffer_id: int, in_port: int, actions: list[Action], data: bytes = b"") -> None:
        super().__init__(PACKET_OUT, xid, data)
        self.buffer_id = buffer_id
        self.in_port = in_port
        self.actions = actions

    def body(self, w: Writer) -> None:
        w.u32(self.buffer_id)
        w.u16(self.in_port)
        at = len(w.out)
        w.u16(0)
        size = write_actions(w, self.actions)
        w.out[at] = size >> 8
        w.out[at + 1] = size & 0xFF
        w.put(self.data)

    def __repr__(self) -> str:
        return "PacketOut(xid=%d, buffer=%#x, in_port=%d, %r, %d bytes)" % (self.xid, self.buffer_id, self.in_port,
                                                                            self.actions, len(self.data))


class FlowMod(Message):
    """ofp_flow_mod: add, modify or delete the flows that match."""

    def __init__(self, xid: int, match: Match, command: int, actions: list[Action], idle_timeout: int = 0,
                 hard_timeout: int = 0, priority: int = 0x8000, buffer_id: int = NO_BUFFER, out_port: int = OFPP_NONE,
                 flags: int = 0, cookie: int = 0) -> None:
        super().__init__(FLOW_MOD, xid)
        self.match = match
        self.cookie = cookie
        self.command = command
        self.idle_timeout = idle_timeout
        self.hard_timeout = hard_timeout
        self.priority = priority
        self.buffer_id = buffer_id
        self.out_port = out_port
        self.flags = flags
        self.actions = actions

    def body(self, w: Writer) -> None:
        self.match.write(w)
        w.u64(self.cookie)
        for v in (self.command, self.idle_timeout, self.hard_timeout, self.priority):
            w.u16(v)
        w.u32(self.buffer_id)
        w.u16(self.out_port)
        w.u16(self.flags)
        write_actions(w, self.actions)

    def __repr__(self) -> str:
        return ("FlowMod(xid=%d, %r, command=%d, idle=%d, hard=%d, priority=%d, buffer=%#x, out_port=%#x, "
                "flags=%d, cookie=%d, %r)" % (self.xid, self.match, self.command, self.idle_timeout,
                                              self.hard_timeout, self.priority, self.buffer_id, self.out_port,
                                              self.flags, self.cookie, self.actions))


class FlowRemoved(Message):
    """ofp_flow_removed: a flow that timed out or was deleted, with its counters."""

    def __init__(self, xid: int, match: Match, cookie: int, priority: int, reason: int, duration_sec: int,
                 duration_nsec: int, idle_timeout: int, packet_count: int, byte_count: int) -> None:
        super().__init__(FLOW_REMOVED, xid)
        self.match = match
        self.cookie = cookie
        self.priority = priority
        self.reason = reason
        self.duration_sec = duration_sec
        self.duration_nsec = duration_nsec
        self.idle_timeout = idle_timeout
        self.packet_count = packet_count
        self.byte_count = byte_count

    def body(self, w: Writer) -> None:
        self.match.write(w)
        w.u64(self.cookie)
        w.u16(self.priority)
        w.u8(self.reason)
        w.pad(1)
        w.u32(self.duration_sec)
        w.u32(self.duration_nsec)
        w.u16(self.idle_timeout)
        w.pad(2)
        w.u64(self.packet_count)
        w.u64(self.byte_count)

    def __repr__(self) -> str:
        return "FlowRemoved(xid=%d, %r, cookie=%d, priority=%d, reason=%d, %d.%09d s, idle=%d, %d packets, %d bytes)" % (
            self.xid, self.match, self.cookie, self.priority, self.reason, self.duration_sec, self.duration_nsec,
            self.idle_timeout, self.packet_count, self.byte_count)


class PortStatus(Message):
    def __init__(self, xid: int, reason: int, port: PhyPort) -> None:
        super().__init__(PORT_STATUS, xid)
        self.reason = reason
        self.port = port

    def body(self, w: Writer) -> None:
        w.u8(self.reason)
        w.pad(7)
        self.port.write(w)

    def __repr__(self) -> str:
        return "PortStatus(xid=%d, reason=%d, %r)" % (self.xid, self.reason, self.port)


class Stats(Message):
    """STATS_REQUEST or STATS_REPLY: the stats type, flags (OFPSF_REPLY_MORE)
    and the body, which `desc_stats`, `flow_stats_request` and `flow_stats`
    read and the functions beside them write."""

    def __init__(self, kind: int, xid: int, stats_type: int, flags: int, data: bytes) -> None:
        super().__init__(kind, xid, data)
        self.stats_type = stats_type
        self.flags = flags

    def body(self, w: Writer) -> None:
        w.u16(self.stats_type)
        w.u16(self.flags)
        w.put(self.data)

    def __repr__(self) -> str:
        return "Stats(%d, xid=%d, type=%d, flags=%d, %d bytes)" % (self.kind, self.xid, self.stats_type, self.flags,
                                                                   len(self.data))


def desc_stats_body(mfr: bytes, hw: bytes, sw: bytes, serial: bytes, dp: bytes) -> bytes:
    return fixed(mfr, 256) + fixed(hw, 256) + fixed(sw, 256) + fixed(serial, 32) + fixed(dp, 256)


def desc_stats(data: bytes) -> list[bytes]:
    """The five strings of an ofp_desc_stats body."""
    if len(data) != DESC_SIZE:
        raise OpenFlowError("description stats of %d bytes" % len(data))
    return [unfixed(data[a:b]) for a, b in ((0, 256), (256, 512), (512, 768), (768, 800), (800, 1056))]


def flow_stats_request_body(match: Match, table_id: int = 0xFF, out_port: int = OFPP_NONE) -> bytes:
    w = Writer()
    match.write(w)
    w.u8(table_id)
    w.pad(1)
    w.u16(out_port)
    return bytes(w.out)


def flow_stats_request(data: bytes) -> tuple[Match, int, int]:
    """The match, table id and out_port of an ofp_flow_stats_request body."""
    r = Reader(data)
    match = read_match(r)
    table_id = r.u8()
    r.skip(1)
    out_port = r.u16()
    if r.left():
        raise OpenFlowError("flow stats request of %d bytes" % len(data))
    return match, table_id, out_port


class FlowStats:
    """One ofp_flow_stats entry of a FLOW stats reply."""

    def __init__(self, table_id: int, match: Match, duration_sec: int, duration_nsec: int, priority: int,
                 idle_timeout: int, hard_timeout: int, cookie: int, packet_count: int, byte_count: int,
                 actions: list[Action]) -> None:
        self.table_id = table_id
        self.match = match
        self.duration_sec = duration_sec
        self.duration_nsec = duration_nsec
        self.priority = priority
        self.idle_timeout = idle_timeout
        self.hard_timeout = hard_timeout
        self.cookie = cookie
        self.packet_count = packet_count
        self.byte_count = byte_count
        self.actions = actions

    def __repr__(self) -> str:
        return "FlowStats(table=%d, %r, %d.%09d s, priority=%d, idle=%d, hard=%d, cookie=%d, %d packets, %d bytes, %r)" % (
            self.table_id, self.match, self.duration_sec, self.duration_nsec, self.priority, self.idle_timeout,
            self.hard_timeout, self.cookie, self.packet_count, self.byte_count, self.actions)

    def write(self, w: Writer) -> None:
        at = len(w.out)
        w.u16(0)
        w.u8(self.table_id)
        w.pad(1)
        self.match.write(w)
        w.u32(self.duration_sec)
        w.u32(self.duration_nsec)
        w.u16(self.priority)
        w.u16(self.idle_timeout)
        w.u16(self.hard_timeout)
        w.pad(6)
        w.u64(self.cookie)
        w.u64(self.packet_count)
        w.u64(self.byte_count)
        write_actions(w, self.actions)
        size = len(w.out) - at
        w.out[at] = size >> 8
        w.out[at + 1] = size & 0xFF


def flow_stats_body(entries: list[FlowStats]) -> bytes:
    w = Writer()
    for entry in entries:
        entry.write(w)
    return bytes(w.out)


def flow_stats(data: bytes) -> list[FlowStats]:
    """The entries of a FLOW stats reply's body."""
    r = Reader(data)
    entries: list[FlowStats] = []
    while r.left():
        start = r.pos
        length = r.u16()
        if length < FLOW_STATS_SIZE or start + length > len(data):
            raise OpenFlowError("bad flow stats length %d" % length)
        table_id = r.u8()
        r.skip(1)
        match = read_match(r)
        duration_sec = r.u32()
        duration_nsec = r.u32()
        priority = r.u16()
        idle = r.u16()
        hard = r.u16()
        r.skip(6)
        cookie = r.u64()
        packets = r.u64()
        octets = r.u64()
        actions = read_actions(r, start + length - r.pos)
        entries.append(FlowStats(table_id, match, duration_sec, duration_nsec, priority, idle, hard, cookie, packets,
                                 octets, actions))
    return entries


def decode(data: bytes) -> Message:
    """The message in data, which must be exactly one (as the framer cuts them)."""
    if len(data) < HEADER_SIZE:
        raise OpenFlowError("message shorter than its header")
    kind = data[1]
    if (data[2] << 8 | data[3]) != len(data):
        raise OpenFlowError("length field says %d, message has %d bytes" % (data[2] << 8 | data[3], len(data)))
    if data[0] != VERSION and kind != HELLO:
        raise OpenFlowError("version %d" % data[0])
    r = Reader(data, HEADER_SIZE)
    xid = (data[4] << 24) | (data[5] << 16) | (data[6] << 8) | data[7]
    msg = decode_body(kind, xid, r)
    if r.left():
        raise OpenFlowError("%d bytes after the message of type %d" % (r.left(), kind))
    msg.version = data[0]
    return msg


def decode_body(kind: int, xid: int, r: Reader) -> Message:
    if kind == ERROR:
        return Error(xid, r.u16(), r.u16(), r.rest())
    if kind == FEATURES_REPLY:
        dpid = r.u64()
        n_buffers = r.u32()
        n_tables = r.u8()
        r.skip(3)
        capabilities = r.u32()
        actions = r.u32()
        if r.left() % 48:
            raise OpenFlowError("features reply's ports are not a multiple of 48 bytes")
        ports: list[PhyPort] = []
        while r.left():
            ports.append(read_phy_port(r))
        return FeaturesReply(xid, dpid, n_buffers, n_tables, capabilities, actions, ports)
    if kind == SET_CONFIG or kind == GET_CONFIG_REPLY:
        return SwitchConfig(kind, xid, r.u16(), r.u16())
    if kind == PACKET_IN:
        buffer_id = r.u32()
        total_len = r.u16()
        in_port = r.u16()
        reason = r.u8()
        r.skip(1)
        return PacketIn(xid, buffer_id, total_len, in_port, reason, r.rest())
    if kind == PACKET_OUT:
        buffer_id = r.u32()
        in_port = r.u16()
        actions_len = r.u16()
        return PacketOut(xid, buffer_id, in_port, read_actions(r, actions_len), r.rest())
    if kind == FLOW_MOD:
        return read_flow_mod(xid, r)
    if kind == FLOW_REMOVED:
        return read_flow_removed(xid, r)
    if kind == PORT_STATUS:
        reason = r.u8()
        r.skip(7)
        return PortStatus(xid, reason, read_phy_port(r))
    if kind == STATS_REQUEST or kind == STATS_REPLY:
        return Stats(kind, xid, r.u16(), r.u16(), r.rest())
    return Message(kind, xid, r.rest())


def read_flow_mod(xid: int, r: Reader) -> FlowMod:
    match = read_match(r)
    cookie = r.u64()
    command = r.u16()
    idle = r.u16()
    hard = r.u16()
    priority = r.u16()
    buffer_id = r.u32()
    out_port = r.u16()
    flags = r.u16()
    actions = read_actions(r, r.left())
    return FlowMod(xid, match, command, actions, idle, hard, priority, buffer_id, out_port, flags, cookie)


def read_flow_removed(xid: int, r: Reader) -> FlowRemoved:
    match = read_match(r)
    cookie = r.u64()
    priority = r.u16()
    reason = r.u8()
    r.skip(1)
    duration_sec = r.u32()
    duration_nsec = r.u32()
    idle = r.u16()
    r.skip(2)
    return FlowRemoved(xid, match, cookie, priority, reason, duration_sec, duration_nsec, idle, r.u64(), r.u64())
