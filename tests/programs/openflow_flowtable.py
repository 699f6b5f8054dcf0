# unicc_openflow.flowtable on a fake clock: lookups by priority, exact
# entries ahead of wildcarded ones, nw_src/nw_dst prefixes, every FLOW_MOD
# command (strict and not, out_port filters, overlap checks, a full table,
# a bad command), packet and byte counters, idle and hard timeouts with the
# FLOW_REMOVED of the entries that asked for one.
from unicc_openflow import messages as m
from unicc_openflow.flowtable import (OFPFF_CHECK_OVERLAP, OFPFF_EMERG, FlowTable, Refused, covers, normalised,
                                      overlaps)
from unicc_openflow.packet import match_from_frame
from unicc_openflow.wire import (OFPFW_ALL, OFPFW_DL_DST, OFPFW_DL_SRC, OFPFW_DL_TYPE, OFPFW_IN_PORT,
                                 OFPFW_NW_DST_SHIFT, OFPFW_NW_SRC_SHIFT, OFPFW_TP_DST, OFPP_NONE, Match, Output)

SECOND = 1_000_000_000
A = bytes.fromhex("0a0000000001")
B = bytes.fromhex("0a0000000002")


def ipv4_frame(dst: bytes, src: bytes, ip_src: int, ip_dst: int, dport: int) -> bytes:
    ip = bytes([0x45, 0, 0, 40, 0, 0, 0, 0, 64, 6, 0, 0]) + ip_src.to_bytes(4, "big") + ip_dst.to_bytes(4, "big")
    tcp = (1234).to_bytes(2, "big") + dport.to_bytes(2, "big") + bytes(16)
    return dst + src + b"\x08\x00" + ip + tcp


def rule(wildcards: int, **fields: int) -> Match:
    match = Match()
    match.wildcards = wildcards
    match.in_port = fields.get("in_port", 0)
    match.dl_type = fields.get("dl_type", 0)
    match.nw_src = fields.get("nw_src", 0)
    match.nw_dst = fields.get("nw_dst", 0)
    match.tp_dst = fields.get("tp_dst", 0)
    return match


def flow(table: FlowTable, now: int, match: Match, command: int, port: int, priority: int = 100, idle: int = 0,
         hard: int = 0, flags: int = m.OFPFF_SEND_FLOW_REM, out_port: int = OFPP_NONE) -> None:
    mod = m.FlowMod(1, match, command, [Output(port)] if port else [], idle, hard, priority, out_port=out_port,
                    flags=flags, cookie=port)
    try:
        for removed in table.apply(mod, now):
            print("   removed:", repr(removed))
    except Refused as e:
        print("   refused: type %d code %d" % (e.err_type, e.code))


def look(table: FlowTable, now: int, frame: bytes, in_port: int, what: str) -> None:
    entry = table.lookup(match_from_frame(frame, in_port), len(frame), now)
    print(what, "->", "miss" if entry is None else "priority %d cookie %d %r" % (entry.priority, entry.cookie,
                                                                                entry.actions))


def show(table: FlowTable) -> None:
    for e in table.entries:
        print("   entry priority %d exact %s %d packets %d bytes %r" % (e.priority, e.exact, e.packets, e.bytes,
                                                                      e.actions))


NET_10 = 0x0A000000
HOST_1 = 0x0A000101
HOST_2 = 0x0A000202
OTHER = 0xC0A80001
to_1 = ipv4_frame(B, A, HOST_2, HOST_1, 80)
to_2 = ipv4_frame(A, B, HOST_1, HOST_2, 22)
outside = ipv4_frame(A, B, OTHER, HOST_2, 80)

t = FlowTable(max_entries=6)
now = 0
print("an empty table")
look(t, now, to_1, 1, "to_1")
print("wildcards and priorities")
flow(t, now, Match(), m.OFPFC_ADD, 9, priority=1)                      # everything, lowest
ip_only = OFPFW_ALL & ~OFPFW_DL_TYPE & ~(63 << OFPFW_NW_SRC_SHIFT) | 16 << OFPFW_NW_SRC_SHIFT
flow(t, now, rule(ip_only, dl_type=0x0800, nw_src=NET_10 | 0x1234), m.OFPFC_ADD, 2, priority=200)  # 10.0/16
http = OFPFW_ALL & ~OFPFW_DL_TYPE & ~OFPFW_TP_DST
flow(t, now, rule(http, dl_type=0x0800, tp_dst=80), m.OFPFC_ADD, 3, priority=300)
show(t)
look(t, now, to_1, 1, "to_1 (http from 10.0.2.2)")
look(t, now, to_2, 2, "to_2 (ssh from 10.0.1.1)")
look(t, now, outside, 2, "outside (http from 192.168.0.1)")
look(t, now, ipv4_frame(A, B, OTHER, HOST_1, 22), 2, "ssh from 192.168.0.1")
print("an exact entry beats priority 300")
exact = match_from_frame(to_1, 1)
flow(t, now, exact, m.OFPFC_ADD, 4, priority=5)
look(t, now, to_1, 1, "to_1 on port 1")
look(t, now, to_1, 2, "to_1 on port 2")
print("prefixes: /32 and more than 32 ignored bits")
print(covers(normalised(rule(OFPFW_ALL & ~(63 << OFPFW_NW_DST_SHIFT), nw_dst=HOST_1)), match_from_frame(to_1, 1)))
print(covers(normalised(rule(OFPFW_ALL & ~(63 << OFPFW_NW_DST_SHIFT), nw_dst=HOST_2)), match_from_frame(to_1, 1)))
print(repr(normalised(rule(OFPFW_ALL, nw_src=HOST_1, in_port=7))))
print(normalised(rule(OFPFW_ALL & ~(63 << OFPFW_NW_SRC_SHIFT) | 40 << OFPFW_NW_SRC_SHIFT)) == Match())
print(overlaps(rule(http, dl_type=0x0800, tp_dst=80), rule(http, dl_type=0x0800, tp_dst=22)),
      overlaps(rule(http, dl_type=0x0800, tp_dst=80), rule(OFPFW_ALL & ~OFPFW_IN_PORT, in_port=3)))

print("ADD of the same match and priority replaces, counters reset")
flow(t, now, rule(http, dl_type=0x0800, tp_dst=80), m.OFPFC_ADD, 5, priority=300)
show(t)
print("CHECK_OVERLAP")
flow(t, now, rule(http, dl_type=0x0800, tp_dst=22), m.OFPFC_ADD, 6, priority=1, flags=OFPFF_CHECK_OVERLAP)
flow(t, now, rule(http, dl_type=0x0800, tp_dst=22), m.OFPFC_ADD, 6, priority=300, flags=OFPFF_CHECK_OVERLAP)
print("a full table")
flow(t, now, rule(OFPFW_ALL & ~OFPFW_IN_PORT, in_port=1), m.OFPFC_ADD, 7, priority=50)
flow(t, now, rule(OFPFW_ALL & ~OFPFW_IN_PORT, in_port=2), m.OFPFC_ADD, 7, priority=50)
print(len(t.entries))
flow(t, now, rule(OFPFW_ALL & ~OFPFW_IN_PORT, in_port=1), m.OFPFC_DELETE_STRICT, 0, priority=50)
print("emergency flows and a bad command")
flow(t, now, Match(), m.OFPFC_ADD, 1, flags=OFPFF_EMERG)
flow(t, now, Match(), 9, 1)

print("MODIFY_STRICT changes one entry's actions, keeps its counters")
flow(t, now, rule(http, dl_type=0x0800, tp_dst=22), m.OFPFC_MODIFY_STRICT, 8, priority=300)
look(t, now, ipv4_frame(A, B, OTHER, HOST_1, 22), 2, "ssh from 192.168.0.1")
flow(t, now, Match(), m.OFPFC_MODIFY_STRICT, 10, priority=1)
look(t, now, ipv4_frame(A, B, OTHER, HOST_1, 22), 2, "ssh from 192.168.0.1")
show(t)
print("MODIFY (not strict) of every IPv4 entry")
flow(t, now, rule(OFPFW_ALL & ~OFPFW_DL_TYPE, dl_type=0x0800), m.OFPFC_MODIFY, 11)
show(t)
print("MODIFY that selects nothing adds")
flow(t, now, rule(OFPFW_ALL & ~OFPFW_DL_TYPE, dl_type=0x0806), m.OFPFC_MODIFY, 12, priority=400)
show(t)

print("DELETE_STRICT needs the priority")
flow(t, now, rule(OFPFW_ALL & ~OFPFW_DL_TYPE, dl_type=0x0806), m.OFPFC_DELETE_STRICT, 0, priority=1)
flow(t, now + SECOND // 2, rule(OFPFW_ALL & ~OFPFW_DL_TYPE, dl_type=0x0806), m.OFPFC_DELETE_STRICT, 0,
     priority=400)
print("DELETE with an out_port filter")
flow(t, now, Match(), m.OFPFC_DELETE, 0, out_port=12)
flow(t, now, Match(), m.OFPFC_DELETE, 0, out_port=11)
show(t)
print("DELETE of everything")
flow(t, now, Match(), m.OFPFC_DELETE, 0)
print(len(t.entries), t.lookups, t.matched)

print("timeouts")
t = FlowTable()
flow(t, 0, rule(OFPFW_ALL & ~OFPFW_IN_PORT, in_port=1), m.OFPFC_ADD, 2, idle=5)
flow(t, 0, rule(OFPFW_ALL & ~OFPFW_IN_PORT, in_port=2), m.OFPFC_ADD, 1, hard=8, priority=7)
flow(t, 0, rule(OFPFW_ALL & ~OFPFW_DL_SRC, in_port=3), m.OFPFC_ADD, 3, idle=2, flags=0)
flow(t, 0, rule(OFPFW_ALL & ~OFPFW_DL_DST), m.OFPFC_ADD, 4, idle=1, hard=1, priority=1)
for second in range(12):
    now = second * SECOND + 1000
    if second < 7:
        look(t, now, to_1, 1, "  %d s: to_1 on 1" % second)
        look(t, now, to_2, 2, "  %d s: to_2 on 2" % second)
    for r in t.expire(now):
        print("  %d s: removed %r" % (second, r))
print(len(t.entries))
