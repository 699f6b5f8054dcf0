"""The flow table of an OpenFlow 1.0 switch, without I/O (specification
1.0.0, sections 3.4 and 4.6): entries with a match, a priority, actions,
counters and timeouts, changed by FLOW_MOD and looked up with a frame's
exact match (packet.match_from_frame).

An exact-match entry (no wildcards) beats every wildcarded one, whatever
the priorities; among wildcarded ones the highest priority wins, the
oldest on a tie.  A match is kept normalised (wildcarded fields zero,
nw_src/nw_dst prefix lengths at most 32), so that entries the
specification calls identical compare equal.  Time is passed in as
nanoseconds of a monotonic clock, so tests run on a fake one.
"""

from __future__ import annotations

from unicc_openflow import messages as m
from unicc_openflow.wire import (OFPFW_ALL, OFPFW_DL_DST, OFPFW_DL_SRC, OFPFW_DL_TYPE, OFPFW_DL_VLAN,
                                 OFPFW_DL_VLAN_PCP, OFPFW_IN_PORT, OFPFW_NW_DST_SHIFT, OFPFW_NW_PROTO,
                                 OFPFW_NW_SRC_SHIFT, OFPFW_NW_TOS, OFPFW_TP_DST, OFPFW_TP_SRC, OFPP_NONE, Match,
                                 Output)

MAX_ENTRIES = 4096
SECOND = 1_000_000_000

# flow_mod flags beyond OFPFF_SEND_FLOW_REM, flow_removed reasons
OFPFF_CHECK_OVERLAP = 2
OFPFF_EMERG = 4
OFPRR_IDLE_TIMEOUT = 0
OFPRR_HARD_TIMEOUT = 1
OFPRR_DELETE = 2

# the errors a FLOW_MOD can get (ofp_flow_mod_failed_code)
OFPET_FLOW_MOD_FAILED = 3
OFPFMFC_ALL_TABLES_FULL = 0
OFPFMFC_OVERLAP = 1
OFPFMFC_BAD_COMMAND = 4
OFPFMFC_UNSUPPORTED = 5


class Refused(Exception):
    """A FLOW_MOD the table does not carry out: the ERROR's type and code."""

    def __init__(self, err_type: int, code: int) -> None:
        super().__init__("flow mod refused: type %d code %d" % (err_type, code))
        self.err_type = err_type
        self.code = code


def prefix_bits(wildcards: int, shift: int) -> int:
    """How many low bits of an address the wildcards ignore (0..32)."""
    return min((wildcards >> shift) & 63, 32)


def prefix_mask(wildcards: int, shift: int) -> int:
    return (0xFFFFFFFF << prefix_bits(wildcards, shift)) & 0xFFFFFFFF


def normalised(match: Match) -> Match:
    """A copy of match with its wildcarded fields zero."""
    w = match.wildcards & OFPFW_ALL
    src_bits = prefix_bits(w, OFPFW_NW_SRC_SHIFT)
    dst_bits = prefix_bits(w, OFPFW_NW_DST_SHIFT)
    w = (w & ~((63 << OFPFW_NW_SRC_SHIFT) | (63 << OFPFW_NW_DST_SHIFT))
         | src_bits << OFPFW_NW_SRC_SHIFT | dst_bits << OFPFW_NW_DST_SHIFT)
    n = Match()
    n.wildcards = w
    n.in_port = 0 if w & OFPFW_IN_PORT else match.in_port
    n.dl_src = bytes(6) if w & OFPFW_DL_SRC else match.dl_src
    n.dl_dst = bytes(6) if w & OFPFW_DL_DST else match.dl_dst
    n.dl_vlan = 0 if w & OFPFW_DL_VLAN else match.dl_vlan
    n.dl_vlan_pcp = 0 if w & OFPFW_DL_VLAN_PCP else match.dl_vlan_pcp
    n.dl_type = 0 if w & OFPFW_DL_TYPE else match.dl_type
    n.nw_tos = 0 if w & OFPFW_NW_TOS else match.nw_tos
    n.nw_proto = 0 if w & OFPFW_NW_PROTO else match.nw_proto
    n.nw_src = match.nw_src & prefix_mask(w, OFPFW_NW_SRC_SHIFT)
    n.nw_dst = match.nw_dst & prefix_mask(w, OFPFW_NW_DST_SHIFT)
    n.tp_src = 0 if w & OFPFW_TP_SRC else match.tp_src
    n.tp_dst = 0 if w & OFPFW_TP_DST else match.tp_dst
    return n


def field_covered(w: int, v: int, bit: int, equal: bool) -> bool:
    """rule (wildcards w) lets through every value of this field m (wildcards v) allows."""
    return bool(w & bit) or (not v & bit and equal)


def prefix_covered(rule_addr: int, w: int, addr: int, v: int, shift: int) -> bool:
    mask = prefix_mask(w, shift)
    return mask & prefix_mask(v, shift) == mask and (rule_addr ^ addr) & mask == 0


def exact_fields(a: Match, b: Match) -> list[tuple[int, bool]]:
    """The match's fields other than the address prefixes: each wildcard bit,
    and whether a and b hold the same value there."""
    return [(OFPFW_IN_PORT, a.in_port == b.in_port), (OFPFW_DL_SRC, a.dl_src == b.dl_src),
            (OFPFW_DL_DST, a.dl_dst == b.dl_dst), (OFPFW_DL_VLAN, a.dl_vlan == b.dl_vlan),
            (OFPFW_DL_VLAN_PCP, a.dl_vlan_pcp == b.dl_vlan_pcp), (OFPFW_DL_TYPE, a.dl_type == b.dl_type),
            (OFPFW_NW_TOS, a.nw_tos == b.nw_tos), (OFPFW_NW_PROTO, a.nw_proto == b.nw_proto),
            (OFPFW_TP_SRC, a.tp_src == b.tp_src), (OFPFW_TP_DST, a.tp_dst == b.tp_dst)]


def covers(rule: Match, m: Match) -> bool:
    """Is everything m matches matched by rule too?  With m exact (a frame's
    match) this is "does rule match the frame"; with m a FLOW_MOD's match
    reversed it is how non-strict MODIFY and DELETE pick entries."""
    w = rule.wildcards
    v = m.wildcards
    return (all(field_covered(w, v, bit, equal) for bit, equal in exact_fields(rule, m))
            and prefix_covered(rule.nw_src, w, m.nw_src, v, OFPFW_NW_SRC_SHIFT)
            and prefix_covered(rule.nw_dst, w, m.nw_dst, v, OFPFW_NW_DST_SHIFT))


def field_overlaps(w: int, v: int, bit: int, equal: bool) -> bool:
    return bool((w | v) & bit) or equal


def overlaps(a: Match, b: Match) -> bool:
    """Could one frame match both?"""
    w = a.wildcards
    v = b.wildcards
    src = prefix_mask(w, OFPFW_NW_SRC_SHIFT) & prefix_mask(v, OFPFW_NW_SRC_SHIFT)
    dst = prefix_mask(w, OFPFW_NW_DST_SHIFT) & prefix_mask(v, OFPFW_NW_DST_SHIFT)
    return (all(field_overlaps(w, v, bit, equal) for bit, equal in exact_fields(a, b))
            and (a.nw_src ^ b.nw_src) & src == 0 and (a.nw_dst ^ b.nw_dst) & dst == 0)


class FlowEntry:
    def __init__(self, mod: m.FlowMod, now: int) -> None:
        self.match = normalised(mod.match)
        self.exact = self.match.wildcards == 0
        self.priority = mod.priority
        self.cookie = mod.cookie
        self.idle_timeout = mod.idle_timeout
        self.hard_timeout = mod.hard_timeout
        self.flags = mod.flags
        self.actions = mod.actions
        self.created = now
        self.used = now
        self.packets = 0
        self.bytes = 0

    def ranks_before(self, other: FlowEntry) -> bool:
        return self.exact > other.exact or (self.exact == other.exact and self.priority > other.priority)

    def outputs_to(self, port: int) -> bool:
        return port == OFPP_NONE or any(isinstance(a, Output) and a.port == port for a in self.actions)

    def expired(self, now: int) -> int:
        """Why the entry has timed out at now (OFPRR_*), or -1."""
        if self.hard_timeout and now - self.created >= self.hard_timeout * SECOND:
            return OFPRR_HARD_TIMEOUT
        if self.idle_timeout and now - self.used >= self.idle_timeout * SECOND:
            return OFPRR_IDLE_TIMEOUT
        return -1

    def removed(self, reason: int, now: int) -> m.FlowRemoved:
        age = now - self.created
        return m.FlowRemoved(0, self.match, self.cookie, self.priority, reason, age // SECOND, age % SECOND,
                             self.idle_timeout, self.packets, self.bytes)

    def stats(self, now: int) -> m.FlowStats:
        age = now - self.created
        return m.FlowStats(0, self.match, age // SECOND, age % SECOND, self.priority, self.idle_timeout,
                           self.hard_timeout, self.cookie, self.packets, self.bytes, self.actions)


class FlowTable:
    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.entries: list[FlowEntry] = []      # in the order lookups try them
        self.max_entries = max_entries
        self.lookups = 0
        self.matched = 0

    def lookup(self, key: Match, size: int, now: int) -> FlowEntry | None:
        """The entry for a frame of size bytes whose exact match is key, its
        counters and idle time updated; None on a table miss."""
        self.lookups += 1
        for entry in self.entries:
            if covers(entry.match, key):
                self.matched += 1
                entry.packets += 1
                entry.bytes += size
                entry.used = now
                return entry
        return None

    def apply(self, mod: m.FlowMod, now: int) -> list[m.FlowRemoved]:
        """Carry out a FLOW_MOD: the FLOW_REMOVED messages it causes
        (deleted entries that asked for one); Refused if it cannot."""
        if mod.flags & OFPFF_EMERG:
            raise Refused(OFPET_FLOW_MOD_FAILED, OFPFMFC_UNSUPPORTED)
        if mod.command == m.OFPFC_ADD:
            self.add(mod, now)
        elif mod.command == m.OFPFC_MODIFY or mod.command == m.OFPFC_MODIFY_STRICT:
            self.modify(mod, now, mod.command == m.OFPFC_MODIFY_STRICT)
        elif mod.command == m.OFPFC_DELETE or mod.command == m.OFPFC_DELETE_STRICT:
            return self.delete(mod, now, mod.command == m.OFPFC_DELETE_STRICT)
        else:
            raise Refused(OFPET_FLOW_MOD_FAILED, OFPFMFC_BAD_COMMAND)
        return []

    def add(self, mod: m.FlowMod, now: int) -> None:
        """A new entry; one with the same match and priority is replaced,
        counters and all."""
        entry = FlowEntry(mod, now)
        same = self.identical(entry.match, mod.priority)
        if same is not None:
            self.entries.remove(same)
        elif mod.flags & OFPFF_CHECK_OVERLAP and any(
                e.priority == mod.priority and overlaps(e.match, entry.match) for e in self.entries):
            raise Refused(OFPET_FLOW_MOD_FAILED, OFPFMFC_OVERLAP)
        elif len(self.entries) >= self.max_entries:
            raise Refused(OFPET_FLOW_MOD_FAILED, OFPFMFC_ALL_TABLES_FULL)
        at = 0
        while at < len(self.entries) and not entry.ranks_before(self.entries[at]):
            at += 1
        self.entries.insert(at, entry)

    def identical(self, match: Match, priority: int) -> FlowEntry | None:
        for e in self.entries:
            if e.priority == priority and e.match == match:
                return e
        return None

    def select(self, match: Match, priority: int, strict: bool, out_port: int = OFPP_NONE) -> list[FlowEntry]:
        """The entries a MODIFY, DELETE or FLOW stats request with this match means."""
        if strict:
            found = self.identical(normalised(match), priority)
            return [found] if found is not None and found.outputs_to(out_port) else []
        return [e for e in self.entries if covers(normalised(match), e.match) and e.outputs_to(out_port)]

    def modify(self, mod: m.FlowMod, now: int, strict: bool) -> None:
        """New actions (and cookie) for the entries selected, counters kept;
        with none selected, MODIFY adds."""
        chosen = self.select(mod.match, mod.priority, strict)
        if not chosen:
            self.add(mod, now)
        for e in chosen:
            e.actions = mod.actions
            e.cookie = mod.cookie

    def delete(self, mod: m.FlowMod, now: int, strict: bool) -> list[m.FlowRemoved]:
        gone = self.select(mod.match, mod.priority, strict, mod.out_port)
        for e in gone:
            self.entries.remove(e)
        return [e.removed(OFPRR_DELETE, now) for e in gone if e.flags & m.OFPFF_SEND_FLOW_REM]

    def expire(self, now: int) -> list[m.FlowRemoved]:
        """Remove the entries whose timeout has come; FLOW_REMOVED for those that asked."""
        out: list[m.FlowRemoved] = []
        kept: list[FlowEntry] = []
        for e in self.entries:
            reason = e.expired(now)
            if reason < 0:
                kept.append(e)
            elif e.flags & m.OFPFF_SEND_FLOW_REM:
                out.append(e.removed(reason, now))
        self.entries = kept
        return out
