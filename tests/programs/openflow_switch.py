# unicc_openflow.switch, the switch side, fed a scripted controller's
# messages as bytes on a fake clock: the greeting, features, config, echo,
# barrier, flows and the frames they forward (unicast, FLOOD, ALL,
# IN_PORT, CONTROLLER with max_len, set-field actions), table misses as
# PACKET_IN, PACKET_OUT through the table, every stats type, port and
# queue requests, timeouts with FLOW_REMOVED, and malformed or unsupported
# messages, each answered with an ERROR (a HELLO below 1.0 ends the
# session).  Every message it sends is printed and re-decoded.
from unicc_openflow import messages as m
from unicc_openflow.flowtable import OFPFF_EMERG
from unicc_openflow.switch import Switch
from unicc_openflow.wire import (NO_BUFFER, OFPFW_ALL, OFPFW_DL_DST, OFPFW_IN_PORT, OFPP_ALL, OFPP_CONTROLLER,
                                 OFPP_FLOOD, OFPP_IN_PORT, OFPP_LOCAL, OFPP_NONE, OFPP_TABLE, Action, Match, Output,
                                 PhyPort, Writer)

SECOND = 1_000_000_000
A = bytes.fromhex("0a0000000001")
B = bytes.fromhex("0a0000000002")
C = bytes.fromhex("0a0000000003")
BROADCAST = b"\xff" * 6


def frame(dst: bytes, src: bytes, size: int = 60) -> bytes:
    return dst + src + b"\x08\x06" + bytes(size - 14)


def show(what: str, sent: list[m.Message], sw: Switch) -> None:
    print(what)
    for msg in sent:
        data = msg.encode()
        again = m.decode(data)
        print("  ", repr(again)[:160], repr(again) == repr(msg), len(data))
        if isinstance(again, m.Stats) and again.stats_type == m.OFPST_FLOW:
            for entry in m.flow_stats(again.data):
                print("     ", repr(entry)[:220])
        elif isinstance(again, m.Stats) and again.stats_type == m.OFPST_DESC:
            print("     ", m.desc_stats(again.data))
        elif isinstance(again, m.Stats) or again.kind == m.QUEUE_GET_CONFIG_REPLY:
            print("      body", again.data.hex())
    for port, data in sw.frames:
        print("   frame to port %d: %s -> %s, %d bytes" % (port, data[6:12].hex(), data[:6].hex(), len(data)))
    sw.frames.clear()
    for line in sw.log:
        print("   log:", line)
    sw.log.clear()


def ask(sw: Switch, msg: m.Message, now: int = 0) -> None:
    show("controller: " + repr(msg)[:120], sw.handle(msg.encode(), now), sw)


def ask_bytes(sw: Switch, what: str, data: bytes) -> None:
    show("controller: " + what, sw.handle(data, 0), sw)


def arrive(sw: Switch, port: int, data: bytes, now: int = 0) -> None:
    show("frame on port %d: %s -> %s" % (port, data[6:12].hex(), data[:6].hex()), sw.receive(port, data, now), sw)


def match_on(in_port: int, dst: bytes) -> Match:
    match = Match()
    match.wildcards = OFPFW_ALL & ~OFPFW_IN_PORT & ~OFPFW_DL_DST
    match.in_port = in_port
    match.dl_dst = dst
    return match


def stats_request(kind: int, body: bytes) -> m.Stats:
    return m.Stats(m.STATS_REQUEST, 40 + kind, kind, 0, body)


def dl_addr(kind: int, mac: bytes) -> Action:
    return Action(kind, mac + bytes(6))


ports = [PhyPort(1, A, b"p1"), PhyPort(2, B, b"p2"), PhyPort(3, C, b"p3")]
sw = Switch(0x2A, ports)
show("start", sw.start(), sw)
arrive(sw, 1, frame(B, A))                                      # no controller yet: dropped
ask(sw, m.Message(m.HELLO, 1))
ask(sw, m.Message(m.FEATURES_REQUEST, 2))
ask(sw, m.SwitchConfig(m.SET_CONFIG, 3, 0, 0xFFFF))
ask(sw, m.Message(m.GET_CONFIG_REQUEST, 4))
ask(sw, m.Message(m.ECHO_REQUEST, 5, b"ping"))
ask(sw, m.Message(m.BARRIER_REQUEST, 6))
ask(sw, m.Message(m.ECHO_REPLY, 7))

print("a miss goes to the controller, whole")
arrive(sw, 1, frame(B, A, 600))
arrive(sw, 9, frame(B, A))                                      # no such port
arrive(sw, 1, b"short")

print("flows")
ask(sw, m.FlowMod(10, match_on(1, B), m.OFPFC_ADD, [Output(2)], idle_timeout=3, flags=m.OFPFF_SEND_FLOW_REM))
ask(sw, m.FlowMod(11, match_on(2, A), m.OFPFC_ADD, [Output(OFPP_IN_PORT), Output(1)], hard_timeout=5,
                  flags=m.OFPFF_SEND_FLOW_REM))
ask(sw, m.FlowMod(12, match_on(1, BROADCAST), m.OFPFC_ADD, [Output(OFPP_FLOOD)]))
ask(sw, m.FlowMod(13, match_on(3, BROADCAST), m.OFPFC_ADD, [Output(OFPP_ALL), Output(OFPP_CONTROLLER, 20)]))
ask(sw, m.FlowMod(14, match_on(3, A), m.OFPFC_ADD, [dl_addr(4, C), dl_addr(5, B), Output(2), Action(3, bytes(4)),
                                                    Output(1)]))
ask(sw, m.FlowMod(15, match_on(3, B), m.OFPFC_ADD, []))          # no actions: drop
arrive(sw, 1, frame(B, A))
arrive(sw, 2, frame(A, B, 100), SECOND)
arrive(sw, 1, frame(BROADCAST, A))
arrive(sw, 3, frame(BROADCAST, C, 64))
arrive(sw, 3, frame(A, C))
arrive(sw, 3, frame(B, C))
arrive(sw, 1, frame(C, A))                                      # a miss

print("the port's NO_FLOOD config, through PORT_MOD")
w = Writer()
w.u16(2)
w.put(B)
w.u32(1 << 4)
w.u32(1 << 4)
w.pad(8)
ask(sw, m.Message(m.PORT_MOD, 20, bytes(w.out)))
arrive(sw, 1, frame(BROADCAST, A))
arrive(sw, 3, frame(BROADCAST, C))
ask(sw, m.Message(m.PORT_MOD, 21, bytes([0, 7]) + bytes(w.out[2:])))
ask(sw, m.Message(m.PORT_MOD, 22, bytes([0, 1]) + bytes(w.out[2:])))

print("PACKET_OUT")
ask(sw, m.PacketOut(30, NO_BUFFER, OFPP_NONE, [Output(3)], frame(C, A)))
ask(sw, m.PacketOut(31, NO_BUFFER, 1, [Output(OFPP_TABLE)], frame(B, A)))
ask(sw, m.PacketOut(32, NO_BUFFER, 2, [Output(OFPP_TABLE)], frame(C, B)))
ask(sw, m.PacketOut(33, 7, 2, [Output(1)]))
ask(sw, m.PacketOut(34, NO_BUFFER, OFPP_CONTROLLER, [Output(OFPP_FLOOD)], frame(BROADCAST, A)))

print("stats")
ask(sw, stats_request(m.OFPST_DESC, b""))
ask(sw, stats_request(m.OFPST_FLOW, m.flow_stats_request_body(Match())), 2 * SECOND)
ask(sw, stats_request(m.OFPST_FLOW, m.flow_stats_request_body(Match(), out_port=1)))
ask(sw, stats_request(m.OFPST_FLOW, m.flow_stats_request_body(match_on(3, A))))
ask(sw, stats_request(m.OFPST_FLOW, m.flow_stats_request_body(Match(), table_id=1)))
ask(sw, stats_request(2, m.flow_stats_request_body(Match())))
ask(sw, stats_request(3, b""))
ask(sw, stats_request(4, bytes([0xFF, 0xFF]) + bytes(6)))
ask(sw, stats_request(4, bytes([0, 2]) + bytes(6)))
ask(sw, stats_request(4, b""))
ask(sw, stats_request(9, b""))

print("queues")
ask(sw, m.Message(m.QUEUE_GET_CONFIG_REQUEST, 50, bytes([0, 1, 0, 0])))
ask(sw, m.Message(m.QUEUE_GET_CONFIG_REQUEST, 51, bytes([0, 9, 0, 0])))

print("refused")
ask(sw, m.FlowMod(60, match_on(1, C), m.OFPFC_ADD, [Output(OFPP_LOCAL)]))
ask(sw, m.FlowMod(61, match_on(1, C), m.OFPFC_ADD, [Output(OFPP_TABLE)]))
ask(sw, m.FlowMod(62, match_on(1, C), m.OFPFC_ADD, [Output(0)]))
ask(sw, m.FlowMod(63, match_on(1, C), m.OFPFC_ADD, [Action(11, bytes(12))]))   # ENQUEUE: no queues
ask(sw, m.FlowMod(63, match_on(1, C), m.OFPFC_ADD, [Action(1, bytes([0x10, 0, 0, 0]))]))   # VLAN id 4096
ask(sw, m.FlowMod(63, match_on(1, C), m.OFPFC_ADD, [Action(2, bytes([8, 0, 0, 0]))]))      # priority 8
ask(sw, m.FlowMod(64, match_on(1, C), m.OFPFC_ADD, [Action(4, bytes(4))]))    # SET_DL_SRC too short
ask(sw, m.FlowMod(65, match_on(1, C), m.OFPFC_ADD, [Output(2)], buffer_id=99))
ask(sw, m.FlowMod(66, match_on(1, C), m.OFPFC_ADD, [Output(2)], flags=OFPFF_EMERG))
ask(sw, m.FlowMod(67, match_on(1, C), 7, [Output(2)]))
ask(sw, m.Message(m.VENDOR, 68, bytes(8)))
ask(sw, m.Message(m.PACKET_IN, 69, bytes(10)))
ask(sw, m.Message(99, 70, b"what"))

print("malformed")
ask_bytes(sw, "a FLOW_MOD cut short", m.FlowMod(71, Match(), m.OFPFC_ADD, [Output(1)]).encode()[:40])
fixed_len = bytearray(m.FlowMod(72, Match(), m.OFPFC_ADD, [Output(1)]).encode())
fixed_len[3] -= 4
ask_bytes(sw, "a length field that lies", bytes(fixed_len[:-4]))
bad_action = bytearray(m.FlowMod(73, Match(), m.OFPFC_ADD, [Output(1)]).encode())
bad_action[74] = 0
bad_action[75] = 3
ask_bytes(sw, "an action of length 3", bytes(bad_action))
ask_bytes(sw, "version 4", bytes([4, 2, 0, 8, 0, 0, 0, 74]))
ask_bytes(sw, "a PORT_MOD of 4 bytes", bytes([1, 15, 0, 12, 0, 0, 0, 75, 0, 1, 2, 3]))
ask_bytes(sw, "five bytes", b"\x01\x02\x00\x05\x00")
ask_bytes(sw, "a 64-bit cookie above 2**63", m.FlowMod(76, Match(), m.OFPFC_ADD, []).encode()[:48] + b"\xff" * 8 +
          m.FlowMod(76, Match(), m.OFPFC_ADD, []).encode()[56:])

print("timeouts")
for second in range(2, 8):
    if second < 4:
        arrive(sw, 1, frame(B, A), second * SECOND)
    show("  %d s" % second, sw.expire(second * SECOND + 1), sw)
ask(sw, m.FlowMod(80, Match(), m.OFPFC_DELETE, []), 8 * SECOND)
print(len(sw.table.entries))

print("a controller of version 0, and the next session")
ask_bytes(sw, "HELLO version 0", bytes([0, 0, 0, 8, 0, 0, 0, 90]))
print(repr(sw.failed), sw.connected)
show("start", sw.start(), sw)
print(repr(sw.failed), sw.connected)
ask(sw, m.Message(m.HELLO, 91))
print(sw.connected)
