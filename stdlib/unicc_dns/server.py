"""Authoritative answers from one zone (RFC 1034 section 4.3.2, RFC 2308,
RFC 6891, RFC 7766), as bytes in, bytes out.

`respond` gives the response to a query's bytes, or None when nothing is
due (fewer bytes than a header, or a response rather than a query).  A
malformed query gets FORMERR, an opcode other than QUERY NOTIMP, a name
outside the zone REFUSED.  Answers carry AA, except referrals to a
delegated child, which carry its NS records and their glue.  Negative
answers carry the SOA, its TTL capped by the SOA minimum (RFC 2308 3).
No wildcards, no DNSSEC, no zone transfers.
"""

from __future__ import annotations

from unicc_dns import rdata
from unicc_dns.message import (AA, BADVERS, CD, FORMERR, NOERROR, NOTIMP, NXDOMAIN, QR, QUERY, RD, REFUSED, TC,
                               Edns, Message, Record, parse, parse_header)
from unicc_dns.wire import DnsFormatError, is_subdomain, name_key, name_labels, parent
from unicc_dns.zone import Zone

PAYLOAD = 1232          # the UDP size advertised, as the DNS flag day of 2020 advises
PLAIN_UDP = 512
MAX_CHAIN = 8           # CNAMEs followed within the zone (a loop stops at its first repeat)
ZONE_TRANSFERS = (251, 252)
OPCODE = 0x7800          # the header's opcode bits, echoed
ADDITIONAL_FOR = (rdata.NS, rdata.MX, rdata.SRV)    # whose targets' addresses are added (RFC 1035, 2782)


def respond(zone: Zone, data: bytes, tcp: bool = False) -> bytes | None:
    try:
        header = parse_header(data)
    except DnsFormatError:
        return None
    if header.flag(QR):
        return None
    resp = Message(header.ident, QR | (header.flags & (OPCODE | RD | CD)))
    try:
        query = parse(data)
    except DnsFormatError:
        resp.set_rcode(FORMERR)
        return resp.encode()
    if query.opcode() != QUERY:
        resp.set_rcode(NOTIMP)          # as NSD: no question, no OPT record
        return resp.encode()
    resp.questions = query.questions
    if query.edns is not None:
        resp.edns = Edns(PAYLOAD)
        if query.edns.version != 0:
            resp.set_rcode(BADVERS)
            return resp.encode()
    if len(query.questions) != 1:
        resp.set_rcode(FORMERR)
    else:
        q = query.questions[0]
        if q.qclass not in (rdata.IN, rdata.ANY) or q.qtype in ZONE_TRANSFERS or not is_subdomain(q.name, zone.origin):
            resp.set_rcode(REFUSED)
        else:
            lookup(zone, resp, q.name, q.qtype)
    limit = 65535 if tcp else PLAIN_UDP if query.edns is None else max(PLAIN_UDP, min(query.edns.payload, PAYLOAD))
    return fit(resp, limit)


def fit(resp: Message, limit: int) -> bytes:
    """The response in at most limit bytes: without the additional records
    if need be, then without the NS records a positive answer adds, or else
    with TC set and only the question (RFC 2181 9)."""
    out = resp.encode()
    if len(out) <= limit:
        return out
    if resp.flag(AA):
        resp.additional = []
        out = resp.encode()
        if len(out) <= limit:
            return out
        if resp.answer and resp.rcode() == NOERROR:
            resp.authority = []         # the zone's NS records, only added for good measure
            out = resp.encode()
            if len(out) <= limit:
                return out
    resp.answer, resp.authority, resp.additional = [], [], []
    resp.set_flag(TC)
    return resp.encode()


def owned(rrset: list[Record], name: str) -> list[Record]:
    """rrset's records under name as the query spelt it."""
    return [Record(name, rr.rtype, rr.rclass, rr.ttl, rr.rdata) for rr in rrset]


def cut_above(zone: Zone, name: str) -> str:
    """The highest delegation point at or above name, or ""."""
    labels = name_labels(name)
    below = len(labels) - len(name_labels(zone.origin))
    candidate = name
    found = ""
    for _ in range(below):
        if name_key(candidate) in zone.cuts:
            found = candidate
        candidate = parent(candidate)
    return found


def addresses(zone: Zone, resp: Message, targets: list[str]) -> None:
    """The A, then the AAAA records of targets in the zone, as additional
    records, unless the answer holds them already (NSD's order)."""
    have = {(name_key(rr.name), rr.rtype) for rr in resp.answer}
    for rtype in (rdata.A, rdata.AAAA):
        done: set[str] = set()
        for target in targets:
            key = name_key(target)
            if target and key not in done and (key, rtype) not in have and is_subdomain(target, zone.origin):
                done.add(key)
                resp.additional.extend(zone.rrset(target, rtype))


def negative(zone: Zone, resp: Message) -> None:
    soa = zone.soa()
    minimum = soa.rdata.minimum() if isinstance(soa.rdata, rdata.Soa) else soa.ttl
    resp.authority.append(Record(soa.name, soa.rtype, soa.rclass, min(soa.ttl, minimum), soa.rdata))


def positive(zone: Zone, resp: Message, rrsets: list[list[Record]]) -> None:
    """The answer's records, and as NSD does, the zone's NS records in the
    authority section (unless they are the answer) and the addresses of
    the names both point to."""
    targets: list[str] = []
    for rrset in rrsets:
        targets.extend(rr.rdata.target() for rr in rrset if rr.rtype in ADDITIONAL_FOR)
    apex_ns = zone.rrset(zone.origin, rdata.NS)
    if not any(rrset is apex_ns for rrset in rrsets):
        resp.authority.extend(apex_ns)
        targets.extend(rr.rdata.target() for rr in apex_ns)
    addresses(zone, resp, targets)


def lookup(zone: Zone, resp: Message, qname: str, qtype: int) -> None:
    resp.set_flag(AA)
    name = qname
    seen: set[str] = set()
    for _ in range(MAX_CHAIN):
        seen.add(name_key(name))
        cut = cut_above(zone, name)
        if cut:
            if not resp.answer:
                resp.set_flag(AA, False)
            ns = zone.rrset(cut, rdata.NS)
            resp.authority.extend(ns)
            addresses(zone, resp, [rr.rdata.target() for rr in ns])
            return
        sets = zone.rrsets.get(name_key(name))
        if sets is None:
            if name_key(name) not in zone.names:
                resp.set_rcode(NXDOMAIN)
            negative(zone, resp)
            return
        if qtype == rdata.ANY or qtype in sets:
            found = list(sets.values()) if qtype == rdata.ANY else [sets[qtype]]
            for rrset in found:
                resp.answer.extend(owned(rrset, name))
            positive(zone, resp, found)
            return
        if rdata.CNAME not in sets:
            negative(zone, resp)
            return
        cname = sets[rdata.CNAME][0]
        resp.answer.extend(owned([cname], name))
        name = cname.rdata.target()
        if not is_subdomain(name, zone.origin) or name_key(name) in seen:
            return
