"""A learning switch, one per connected switch, without I/O (the controller of
examples/ofcontroller): `handle` takes a message from the switch and gives
the messages to send back.

From each PACKET_IN it learns the port the source MAC address is behind;
a frame for a known unicast destination installs a flow (in_port, dl_src,
dl_dst; the rest wildcarded) with an idle timeout, which also sends the
frame on; any other frame is flooded with a PACKET_OUT.  A port that goes
away takes the addresses learnt on it.  ECHO_REQUEST is answered, a HELLO
below 1.0 refused, a message of a type 1.0 does not have answered with
an ERROR (OFPBRC_BAD_TYPE).
"""

from __future__ import annotations

from unicc_openflow import messages as m
from unicc_openflow.packet import match_from_frame
from unicc_openflow.wire import (NO_BUFFER, OFPFW_ALL, OFPFW_DL_DST, OFPFW_DL_SRC, OFPFW_IN_PORT, OFPP_FLOOD, Match,
                                 OpenFlowError, Output, mac_text)

IDLE_TIMEOUT = 10           # seconds a flow stays without traffic
PRIORITY = 0x8000
MISS_SEND_LEN = 0xFFFF      # whole frames in PACKET_IN: a switch without buffers sends them back


class LearningSwitch:
    def __init__(self) -> None:
        self.datapath_id = -1       # known once FEATURES_REPLY comes
        self.ports = 0
        self.macs: dict[bytes, int] = {}
        self.xid = 0
        self.flows_installed = 0
        self.log: list[str] = []    # what happened, for the app to print

    def next_xid(self) -> int:
        self.xid = (self.xid + 1) & 0xFFFFFFFF
        return self.xid

    def start(self) -> list[m.Message]:
        """What the controller sends first: HELLO, FEATURES_REQUEST, the
        configuration, and the removal of every flow a previous controller left."""
        return [m.Message(m.HELLO, self.next_xid()), m.Message(m.FEATURES_REQUEST, self.next_xid()),
                m.SwitchConfig(m.SET_CONFIG, self.next_xid(), 0, MISS_SEND_LEN),
                m.FlowMod(self.next_xid(), Match(), m.OFPFC_DELETE, [])]

    def handle(self, msg: m.Message) -> list[m.Message]:
        if isinstance(msg, m.PacketIn):
            return self.packet_in(msg)
        if msg.kind == m.ECHO_REQUEST:
            return [m.Message(m.ECHO_REPLY, msg.xid, msg.data)]
        if isinstance(msg, m.FeaturesReply):
            self.datapath_id = msg.datapath_id
            self.ports = len(msg.ports)
            self.log.append("switch %#x: %d ports" % (msg.datapath_id, len(msg.ports)))
        elif isinstance(msg, m.PortStatus) and msg.reason == m.OFPPR_DELETE:
            self.forget_port(msg.port.port_no)
        elif isinstance(msg, m.Error):
            self.log.append("switch %#x: error type %d code %d" % (self.datapath_id, msg.err_type, msg.code))
        elif msg.kind == m.HELLO and msg.version < 1:
            raise OpenFlowError("the switch speaks OpenFlow version %d only" % msg.version)
        elif msg.kind > m.QUEUE_GET_CONFIG_REPLY:     # a type OpenFlow 1.0 does not have
            return [m.Error(msg.xid, m.OFPET_BAD_REQUEST, m.OFPBRC_BAD_TYPE, msg.encode()[:64])]
        return []

    def forget_port(self, port: int) -> None:
        for mac in [mac for mac, at in self.macs.items() if at == port]:
            del self.macs[mac]

    def packet_in(self, msg: m.PacketIn) -> list[m.Message]:
        frame = msg.data
        if len(frame) < 14:
            return []
        dst = frame[0:6]
        src = frame[6:12]
        if not src[0] & 1:                  # a group address is never a source
            self.macs[src] = msg.in_port
        out = self.macs.get(dst, -1) if not dst[0] & 1 else -1
        if out == msg.in_port:
            return []                       # it is already where it should go
        whole = msg.buffer_id != NO_BUFFER or len(frame) == msg.total_len
        data = frame if msg.buffer_id == NO_BUFFER else b""
        if out < 0:
            return [m.PacketOut(self.next_xid(), msg.buffer_id, msg.in_port, [Output(OFPP_FLOOD)], data)] if whole \
                else []
        match = match_from_frame(frame, msg.in_port)
        match.wildcards = OFPFW_ALL & ~(OFPFW_IN_PORT | OFPFW_DL_SRC | OFPFW_DL_DST)
        self.flows_installed += 1
        self.log.append("switch %#x: %s -> %s, port %d -> %d" % (self.datapath_id, mac_text(src), mac_text(dst),
                                                                 msg.in_port, out))
        flow = m.FlowMod(self.next_xid(), match, m.OFPFC_ADD, [Output(out)], IDLE_TIMEOUT, 0, PRIORITY,
                         msg.buffer_id)
        if msg.buffer_id != NO_BUFFER or not whole:
            return [flow]
        return [flow, m.PacketOut(self.next_xid(), NO_BUFFER, msg.in_port, [Output(out)], frame)]
