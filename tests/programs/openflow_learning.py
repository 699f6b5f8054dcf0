# unicc_openflow.learning, the controller's learning switch, fed messages
# as a switch would send them: its greeting, echo, features, flooding of
# frames for unknown and group addresses, flows (with a PACKET_OUT when the
# switch has no buffer, without one when it does), frames for the port they
# came from, a port deleted, a type OpenFlow 1.0 does not have, an error,
# a HELLO of a later version, truncated frames; every message it sends is
# printed decoded and checked to decode from its own encoding.
from unicc_openflow import messages as m
from unicc_openflow.learning import LearningSwitch
from unicc_openflow.wire import NO_BUFFER, OFPP_LOCAL, OpenFlowError, PhyPort

A = bytes.fromhex("0a0000000001")
B = bytes.fromhex("0a0000000002")
C = bytes.fromhex("0a0000000003")
D = bytes.fromhex("0a0000000004")
BROADCAST = b"\xff" * 6
MULTICAST = bytes.fromhex("01005e000001")


def frame(dst: bytes, src: bytes) -> bytes:
    return dst + src + b"\x08\x00" + bytes([0x45]) + bytes(19) + bytes(26)


def show(what: str, sent: list[m.Message], switch: LearningSwitch) -> None:
    print(what)
    for msg in sent:
        again = m.decode(msg.encode())
        print("  ", repr(again)[:200], repr(again) == repr(msg))
    for line in switch.log:
        print("   log:", line)
    switch.log.clear()


def packet_in(switch: LearningSwitch, port: int, data: bytes, buffer_id: int = NO_BUFFER, total: int = -1) -> None:
    msg = m.PacketIn(100, buffer_id, len(data) if total < 0 else total, port, m.OFPR_NO_MATCH, data)
    show("packet in on %d, %s -> %s, buffer %#x" % (port, data[6:12].hex(), data[:6].hex(), buffer_id),
         switch.handle(msg), switch)


sw = LearningSwitch()
show("start", sw.start(), sw)
show("hello 1.3", sw.handle(m.decode(bytes([4, 0, 0, 8, 0, 0, 0, 1]))), sw)
show("echo", sw.handle(m.Message(m.ECHO_REQUEST, 77, b"are you there")), sw)
ports = [PhyPort(1, A, b"v1"), PhyPort(2, B, b"v2"), PhyPort(3, C, b"v3"), PhyPort(OFPP_LOCAL, A, b"br0")]
show("features", sw.handle(m.FeaturesReply(2, 0x2A, 0, 254, 0xC7, 0xFFF, ports)), sw)
packet_in(sw, 1, frame(BROADCAST, A))                # A learnt on 1, flooded
packet_in(sw, 2, frame(A, B))                        # B learnt on 2, A known: a flow and the frame
packet_in(sw, 1, frame(B, A), 0x55)                  # buffered: the flow takes the buffer, no PACKET_OUT
packet_in(sw, 3, frame(C, C))                        # C learnt on 3, and to its own port: dropped
packet_in(sw, 1, frame(MULTICAST, A))                # a group address: flooded
packet_in(sw, 2, frame(A, MULTICAST))                # a group source is not learnt: A is known, a flow
packet_in(sw, 1, frame(D, A), NO_BUFFER, 1500)       # unknown, truncated, no buffer: nothing can be sent
packet_in(sw, 2, frame(A, B), NO_BUFFER, 1500)       # known, truncated: the flow only
packet_in(sw, 2, b"short")                           # not a frame: nothing
show("port 1 deleted", sw.handle(m.PortStatus(0, m.OFPPR_DELETE, ports[0])), sw)
packet_in(sw, 2, frame(A, B))                        # A forgotten: flooded again
show("port 3 modified", sw.handle(m.PortStatus(0, m.OFPPR_MODIFY, ports[2])), sw)
show("unknown type", sw.handle(m.decode(bytes([1, 42, 0, 12, 0, 0, 0, 9]) + b"abcd")), sw)
show("error", sw.handle(m.Error(5, 3, 0, b"")), sw)
show("barrier reply", sw.handle(m.Message(m.BARRIER_REPLY, 6)), sw)
print("flows installed:", sw.flows_installed, "macs:", sorted((mac.hex(), port) for mac, port in sw.macs.items()))
try:
    sw.handle(m.Message(m.HELLO, 1, b""))
    bad = m.Message(m.HELLO, 1)
    bad.version = 0
    sw.handle(bad)
except OpenFlowError as e:
    print("OpenFlowError:", e)

other = LearningSwitch()                             # a second switch learns on its own
other.start()
packet_in(other, 5, frame(A, B))
print("tables apart:", sorted(other.macs.items()) != sorted(sw.macs.items()), other.xid, sw.xid)
