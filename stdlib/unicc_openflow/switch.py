"""The switch side of OpenFlow 1.0, without I/O (examples/ofswitch runs it):
`handle` takes one message from the controller and gives the replies,
`receive` takes a frame from a port, `expire` runs the timeouts; the frames
to transmit collect in `frames` as (port number, bytes) for the app to send.

It has one table (unicc_openflow.flowtable) and no packet buffers: every
PACKET_IN carries the whole frame with buffer_id NO_BUFFER, and a
PACKET_OUT or FLOW_MOD naming a buffer gets an ERROR (BUFFER_UNKNOWN).
Actions: OUTPUT (to a port, IN_PORT, FLOOD, ALL, CONTROLLER with max_len,
TABLE in a PACKET_OUT) and every set-field action (unicc_openflow.rewrite);
ENQUEUE and VENDOR actions, and OUTPUT to LOCAL or NORMAL, are refused with
an ERROR (BAD_ACTION).  Stats: DESC, FLOW, AGGREGATE,
TABLE and PORT.  It runs in secure mode: without a controller, frames
that miss the table are dropped.  A message that does not decode is
answered with an ERROR (BAD_REQUEST, BAD_LEN) and skipped; only a HELLO
below version 1 ends the session (`failed`).
"""

from __future__ import annotations

from unicc_openflow import messages as m
from unicc_openflow.flowtable import FlowEntry, FlowTable, Refused
from unicc_openflow.packet import match_from_frame
from unicc_openflow.rewrite import BODY_SIZE, OFPAT_SET_VLAN_PCP, OFPAT_SET_VLAN_VID, rewrite
from unicc_openflow.wire import (NO_BUFFER, OFPFW_ALL, OFPFW_DL_DST, OFPFW_DL_SRC, OFPFW_DL_TYPE, OFPFW_IN_PORT,
                                 OFPP_ALL, OFPP_CONTROLLER, OFPP_FLOOD, OFPP_IN_PORT, OFPP_MAX, OFPP_NONE, OFPP_TABLE,
                                 Action, Match, OpenFlowError, Output, PhyPort, Reader, Writer, fixed, mac_text)

ACTIONS = (1 << 11) - 1     # OUTPUT and the ten set-field actions; not ENQUEUE (11)

OFPC_FLOW_STATS = 1
OFPC_TABLE_STATS = 2
OFPC_PORT_STATS = 4
OFPPC_NO_FLOOD = 1 << 4

# errors (ofp_error_type and codes) beyond those of messages
OFPBRC_BAD_STAT = 2
OFPBRC_BAD_VENDOR = 3
OFPBRC_BUFFER_UNKNOWN = 8
OFPET_BAD_ACTION = 2
OFPBAC_BAD_TYPE = 0
OFPBAC_BAD_LEN = 1
OFPBAC_BAD_OUT_PORT = 4
OFPBAC_BAD_ARGUMENT = 5
OFPET_PORT_MOD_FAILED = 4
OFPPMFC_BAD_PORT = 0
OFPPMFC_BAD_HW_ADDR = 1
OFPET_QUEUE_OP_FAILED = 5
OFPQOFC_BAD_PORT = 0

OFPST_AGGREGATE = 2
OFPST_TABLE = 3
OFPST_PORT = 4
OFPSF_REPLY_MORE = 1
ERROR_DATA = 64             # bytes of the offending message an ERROR carries
DEFAULT_MISS_SEND_LEN = 128
MAX_REPLY_BODY = 0xFFFF - 12


class PortCounters:
    def __init__(self) -> None:
        self.rx_packets = 0
        self.tx_packets = 0
        self.rx_bytes = 0
        self.tx_bytes = 0

    def write(self, w: Writer, port_no: int) -> None:
        w.u16(port_no)
        w.pad(6)
        for v in (self.rx_packets, self.tx_packets, self.rx_bytes, self.tx_bytes):
            w.u64(v)
        w.pad(8 * 8)            # drops, errors, frame/overrun/CRC errors, collisions: none counted


class Switch:
    def __init__(self, datapath_id: int, ports: list[PhyPort]) -> None:
        self.datapath_id = datapath_id
        self.ports = ports
        self.counters = [PortCounters() for _ in ports]
        self.table = FlowTable()
        self.miss_send_len = DEFAULT_MISS_SEND_LEN
        self.config_flags = 0
        self.connected = False      # a controller has said HELLO
        self.failed = ""            # why the session must end, once it must
        self.xid = 0
        self.frames: list[tuple[int, bytes]] = []
        self.log: list[str] = []

    def next_xid(self) -> int:
        self.xid = (self.xid + 1) & 0xFFFFFFFF
        return self.xid

    def start(self) -> list[m.Message]:
        """A new controller session: the greeting."""
        self.connected = False
        self.failed = ""
        return [m.Message(m.HELLO, self.next_xid())]

    def index(self, port_no: int) -> int:
        """The position of port port_no in ports, or -1."""
        for i, port in enumerate(self.ports):
            if port.port_no == port_no:
                return i
        return -1

    # ---- messages from the controller ------------------------------------------------

    def handle(self, data: bytes, now: int) -> list[m.Message]:
        """One message's bytes (as the framer cuts them): the replies."""
        try:
            msg = m.decode(data)
        except OpenFlowError as e:
            xid = (data[4] << 24) | (data[5] << 16) | (data[6] << 8) | data[7] if len(data) >= 8 else 0
            self.log.append("bad message: %s" % e)
            code = m.OFPBRC_BAD_VERSION if len(data) >= 8 and data[0] != 1 else m.OFPBRC_BAD_LEN
            return [m.Error(xid, m.OFPET_BAD_REQUEST, code, data[:ERROR_DATA])]
        try:
            return self.dispatch(msg, data, now)
        except Refused as e:
            return [m.Error(msg.xid, e.err_type, e.code, data[:ERROR_DATA])]
        except OpenFlowError as e:
            self.log.append("bad message: %s" % e)
            return [m.Error(msg.xid, m.OFPET_BAD_REQUEST, m.OFPBRC_BAD_LEN, data[:ERROR_DATA])]

    def dispatch(self, msg: m.Message, data: bytes, now: int) -> list[m.Message]:
        if msg.kind == m.HELLO:
            if msg.version < 1:
                self.failed = "the controller speaks OpenFlow version %d only" % msg.version
                self.connected = False
                return [m.Error(msg.xid, m.OFPET_HELLO_FAILED, m.OFPHFC_INCOMPATIBLE, b"version 1.0 only")]
            self.connected = True
            return []
        if msg.kind == m.ECHO_REQUEST:
            return [m.Message(m.ECHO_REPLY, msg.xid, msg.data)]
        if msg.kind == m.FEATURES_REQUEST:
            return [m.FeaturesReply(msg.xid, self.datapath_id, 0, 1, OFPC_FLOW_STATS | OFPC_TABLE_STATS |
                                    OFPC_PORT_STATS, ACTIONS, self.ports)]
        if msg.kind == m.GET_CONFIG_REQUEST:
            return [m.SwitchConfig(m.GET_CONFIG_REPLY, msg.xid, self.config_flags, self.miss_send_len)]
        if isinstance(msg, m.SwitchConfig) and msg.kind == m.SET_CONFIG:
            self.config_flags = msg.flags
            self.miss_send_len = msg.miss_send_len
            return []
        if msg.kind == m.BARRIER_REQUEST:
            return [m.Message(m.BARRIER_REPLY, msg.xid)]
        if isinstance(msg, m.FlowMod):
            return self.flow_mod(msg, data, now)
        if isinstance(msg, m.PacketOut):
            return self.packet_out(msg, data, now)
        if isinstance(msg, m.Stats) and msg.kind == m.STATS_REQUEST:
            return self.stats(msg, data, now)
        if msg.kind == m.PORT_MOD:
            return self.port_mod(msg, data)
        if msg.kind == m.QUEUE_GET_CONFIG_REQUEST:
            return self.queue_config(msg, data)
        if msg.kind == m.VENDOR:
            return [m.Error(msg.xid, m.OFPET_BAD_REQUEST, OFPBRC_BAD_VENDOR, data[:ERROR_DATA])]
        if msg.kind in (m.ECHO_REPLY, m.ERROR):
            return []
        return [m.Error(msg.xid, m.OFPET_BAD_REQUEST, m.OFPBRC_BAD_TYPE, data[:ERROR_DATA])]

    def check_actions(self, actions: list[Action], table_ok: bool) -> None:
        for a in actions:
            if isinstance(a, Output):
                special = a.port in (OFPP_IN_PORT, OFPP_FLOOD, OFPP_ALL, OFPP_CONTROLLER) or \
                    (table_ok and a.port == OFPP_TABLE)
                if a.port >= OFPP_MAX and not special or a.port == 0:
                    raise Refused(OFPET_BAD_ACTION, OFPBAC_BAD_OUT_PORT)
            elif a.kind not in BODY_SIZE:
                raise Refused(OFPET_BAD_ACTION, OFPBAC_BAD_TYPE)
            elif len(a.body) != BODY_SIZE[a.kind]:
                raise Refused(OFPET_BAD_ACTION, OFPBAC_BAD_LEN)
            elif (a.kind == OFPAT_SET_VLAN_VID and (a.body[0] << 8 | a.body[1]) > 0x0FFF or
                  a.kind == OFPAT_SET_VLAN_PCP and a.body[0] > 7):
                raise Refused(OFPET_BAD_ACTION, OFPBAC_BAD_ARGUMENT)

    def flow_mod(self, msg: m.FlowMod, data: bytes, now: int) -> list[m.Message]:
        self.check_actions(msg.actions, False)
        removed = self.table.apply(msg, now)
        self.log.append("flow mod %d: %s priority %d -> %s" % (msg.command, match_text(msg.match), msg.priority,
                                                                actions_text(msg.actions)))
        out: list[m.Message] = [r for r in removed]
        if msg.buffer_id != NO_BUFFER:
            out.append(m.Error(msg.xid, m.OFPET_BAD_REQUEST, OFPBRC_BUFFER_UNKNOWN, data[:ERROR_DATA]))
        return out

    def packet_out(self, msg: m.PacketOut, data: bytes, now: int) -> list[m.Message]:
        self.check_actions(msg.actions, True)
        if msg.buffer_id != NO_BUFFER:
            return [m.Error(msg.xid, m.OFPET_BAD_REQUEST, OFPBRC_BUFFER_UNKNOWN, data[:ERROR_DATA])]
        return self.execute(msg.actions, msg.data, msg.in_port, now)

    def port_mod(self, msg: m.Message, data: bytes) -> list[m.Message]:
        r = Reader(msg.data)
        i = self.index(r.u16())
        hw_addr = r.take(6)
        config = r.u32()
        mask = r.u32()
        r.skip(8)
        if i < 0:
            return [m.Error(msg.xid, OFPET_PORT_MOD_FAILED, OFPPMFC_BAD_PORT, data[:ERROR_DATA])]
        if hw_addr != self.ports[i].hw_addr:
            return [m.Error(msg.xid, OFPET_PORT_MOD_FAILED, OFPPMFC_BAD_HW_ADDR, data[:ERROR_DATA])]
        self.ports[i].config = (self.ports[i].config & ~mask) | (config & mask)
        return []

    def queue_config(self, msg: m.Message, data: bytes) -> list[m.Message]:
        """No port has queues: an empty list for a port that exists."""
        r = Reader(msg.data)
        port_no = r.u16()
        r.skip(2)
        if self.index(port_no) < 0:
            return [m.Error(msg.xid, OFPET_QUEUE_OP_FAILED, OFPQOFC_BAD_PORT, data[:ERROR_DATA])]
        return [m.Message(m.QUEUE_GET_CONFIG_REPLY, msg.xid, bytes((port_no >> 8, port_no & 0xFF)) + bytes(6))]

    # ---- stats -------------------------------------------------------------------------

    def stats(self, msg: m.Stats, data: bytes, now: int) -> list[m.Message]:
        kind = msg.stats_type
        if kind == m.OFPST_DESC and not msg.data:
            body = m.desc_stats_body(b"unicc", b"unicc software switch", b"unicc_openflow", b"none",
                                     b"examples/ofswitch")
            return [m.Stats(m.STATS_REPLY, msg.xid, kind, 0, body)]
        if kind == m.OFPST_FLOW or kind == OFPST_AGGREGATE:
            match, table_id, out_port = m.flow_stats_request(msg.data)
            chosen = self.table.select(match, 0, False, out_port) if table_id in (0, 0xFF) else []
            if kind == m.OFPST_FLOW:
                return self.split(msg.xid, kind, [e.stats(now) for e in chosen])
            w = Writer()
            w.u64(sum(e.packets for e in chosen))
            w.u64(sum(e.bytes for e in chosen))
            w.u32(len(chosen))
            w.pad(4)
            return [m.Stats(m.STATS_REPLY, msg.xid, kind, 0, bytes(w.out))]
        if kind == OFPST_TABLE and not msg.data:
            w = Writer()
            w.u8(0)
            w.pad(3)
            w.put(fixed(b"classifier", 32))
            w.u32(OFPFW_ALL)
            w.u32(self.table.max_entries)
            w.u32(len(self.table.entries))
            w.u64(self.table.lookups)
            w.u64(self.table.matched)
            return [m.Stats(m.STATS_REPLY, msg.xid, kind, 0, bytes(w.out))]
        if kind == OFPST_PORT and len(msg.data) == 8:
            port_no = (msg.data[0] << 8) | msg.data[1]
            w = Writer()
            for port, counters in zip(self.ports, self.counters):
                if port_no == OFPP_NONE or port_no == port.port_no:
                    counters.write(w, port.port_no)
            return [m.Stats(m.STATS_REPLY, msg.xid, kind, 0, bytes(w.out))]
        if kind in (m.OFPST_DESC, m.OFPST_FLOW, OFPST_AGGREGATE, OFPST_TABLE, OFPST_PORT):
            return [m.Error(msg.xid, m.OFPET_BAD_REQUEST, m.OFPBRC_BAD_LEN, data[:ERROR_DATA])]
        return [m.Error(msg.xid, m.OFPET_BAD_REQUEST, OFPBRC_BAD_STAT, data[:ERROR_DATA])]

    def split(self, xid: int, kind: int, entries: list[m.FlowStats]) -> list[m.Message]:
        """FLOW stats replies, as many as the entries need, all but the last flagged REPLY_MORE."""
        bodies: list[bytes] = []
        w = Writer()
        for entry in entries:
            at = len(w.out)
            entry.write(w)
            if len(w.out) > MAX_REPLY_BODY:
                bodies.append(bytes(w.out[:at]))
                del w.out[:at]
        bodies.append(bytes(w.out))
        return [m.Stats(m.STATS_REPLY, xid, kind, OFPSF_REPLY_MORE if i < len(bodies) - 1 else 0, body)
                for i, body in enumerate(bodies)]

    # ---- frames ------------------------------------------------------------------------

    def receive(self, port_no: int, frame: bytes, now: int) -> list[m.Message]:
        """A frame that arrived on port port_no: forwarded by the table (into
        `frames`), or the PACKET_IN of a miss."""
        i = self.index(port_no)
        if i < 0 or len(frame) < 14:
            return []
        self.counters[i].rx_packets += 1
        self.counters[i].rx_bytes += len(frame)
        return self.forward(frame, port_no, now)

    def forward(self, frame: bytes, in_port: int, now: int) -> list[m.Message]:
        entry: FlowEntry | None = self.table.lookup(match_from_frame(frame, in_port), len(frame), now)
        if entry is not None:
            return self.execute(entry.actions, frame, in_port, now)
        if not self.connected:
            return []           # secure mode: nobody to ask
        return [m.PacketIn(self.next_xid(), NO_BUFFER, len(frame), in_port, m.OFPR_NO_MATCH, frame)]

    def execute(self, actions: list[Action], frame: bytes, in_port: int, now: int) -> list[m.Message]:
        """Apply actions in order: set-field ones change the frame the later outputs send."""
        out: list[m.Message] = []
        for a in actions:
            if isinstance(a, Output):
                out.extend(self.output(a, frame, in_port, now))
            else:
                frame = rewrite(a.kind, a.body, frame)
        return out

    def output(self, a: Output, frame: bytes, in_port: int, now: int) -> list[m.Message]:
        if a.port == OFPP_CONTROLLER:
            if not self.connected:
                return []
            return [m.PacketIn(self.next_xid(), NO_BUFFER, len(frame), in_port, m.OFPR_ACTION, frame[:a.max_len])]
        if a.port == OFPP_TABLE:
            return self.forward(frame, in_port, now) if len(frame) >= 14 else []
        if a.port == OFPP_FLOOD or a.port == OFPP_ALL:
            for port in self.ports:
                if port.port_no != in_port and (a.port == OFPP_ALL or not port.config & OFPPC_NO_FLOOD):
                    self.send(port.port_no, frame)
        elif a.port == OFPP_IN_PORT:
            self.send(in_port, frame)
        elif a.port != in_port:     # back where it came from only through IN_PORT
            self.send(a.port, frame)
        return []

    def send(self, port_no: int, frame: bytes) -> None:
        i = self.index(port_no)
        if i >= 0:
            self.counters[i].tx_packets += 1
            self.counters[i].tx_bytes += len(frame)
            self.frames.append((port_no, frame))

    def expire(self, now: int) -> list[m.Message]:
        """The FLOW_REMOVED messages of the entries whose timeout has come
        (sent only while a controller is connected)."""
        removed = self.table.expire(now)
        return [r for r in removed] if self.connected else []


def match_text(match: Match) -> str:
    """Some fields a match does not wildcard, as `name=value` (ovs-ofctl's way)."""
    n = match.wildcards
    parts: list[str] = []
    if not n & OFPFW_IN_PORT:
        parts.append("in_port=%d" % match.in_port)
    if not n & OFPFW_DL_SRC:
        parts.append("dl_src=" + mac_text(match.dl_src))
    if not n & OFPFW_DL_DST:
        parts.append("dl_dst=" + mac_text(match.dl_dst))
    if not n & OFPFW_DL_TYPE:
        parts.append("dl_type=%#06x" % match.dl_type)
    return ",".join(parts) if parts else "any"


def actions_text(actions: list[Action]) -> str:
    return ",".join("output:%d" % a.port if isinstance(a, Output) else "action:%d" % a.kind
                    for a in actions) or "drop"
