"""The fuzz loop of bench/dnsfuzz.py, a program in the subset:

    fuzz ZONEFILE QUERIES SEED

answers QUERIES random and mutated queries (a third random bytes, a third
valid queries mutated, a third valid queries) from the zone in ZONEFILE and
checks, for each: unicc_dns.message.parse raises DnsFormatError or
nothing; respond raises nothing; a response parses back, carries the
query's ID, and fits the UDP size the query allows (512 bytes without
EDNS0, at most 1232 with it).  Prints the outcomes and exits 1 at the
first broken rule.
"""

from __future__ import annotations

import random
import sys

from unicc_dns import rdata
from unicc_dns.message import RCODE_NAMES, TC, make_query, parse
from unicc_dns.server import PAYLOAD, PLAIN_UDP, respond
from unicc_dns.wire import DnsFormatError
from unicc_dns.zone import parse_zone

TYPES = [rdata.A, rdata.NS, rdata.MX, rdata.TXT, rdata.SRV, rdata.AAAA, rdata.ANY, rdata.SOA, rdata.CNAME,
         rdata.PTR, 99, 252]


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randrange(1, 5)):
        how = rng.randrange(6)
        if how == 0 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif how == 1 and b:
            del b[rng.randrange(len(b)):]
        elif how == 2:
            b.insert(rng.randrange(len(b) + 1), rng.choice([0xC0, 0x3F, 0x00, 0xFF, 0x29, rng.randrange(256)]))
        elif how == 3 and len(b) > 13:
            at = rng.randrange(12, len(b) - 1)
            b[at] = 0xC0 | rng.randrange(4)
            b[at + 1] = rng.randrange(len(b))
        elif how == 4 and len(b) >= 12:
            b[rng.randrange(2, 12)] = rng.randrange(256)
        elif b:
            at = rng.randrange(len(b))
            b[at:at] = b[rng.randrange(len(b)):][:rng.randrange(1, 20)]
    return bytes(b)


def allowed(query: bytes) -> int:
    """The UDP size a well-formed query allows its response."""
    try:
        m = parse(query)
    except DnsFormatError:
        return PLAIN_UDP
    return PLAIN_UDP if m.edns is None else max(PLAIN_UDP, min(m.edns.payload, PAYLOAD))


def main() -> int:
    zone_file, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(zone_file) as f:
        zone = parse_zone(f.read(), zone_file)
    names = sorted(zone.names) + ["nx." + zone.origin, "other.", ".", "x.y." + zone.origin]
    rng = random.Random(seed)
    outcomes: dict[str, int] = {}
    for i in range(count):
        kind = i % 3
        if kind == 0:
            size = rng.randrange(64)
            data = bytes(rng.getrandbits(8) for _ in range(size))
        else:
            query = make_query(rng.choice(names), rng.choice(TYPES), i & 0xFFFF, rng.random() < 0.5,
                               rng.choice([0, 0, 512, 1232, 4096, 100]))
            data = mutate(rng, query) if kind == 1 else query
        try:
            parse(data)
        except DnsFormatError:
            pass
        out = respond(zone, data)
        if out is None:
            key = "silent"
        else:
            answer = parse(out)
            if answer.ident != (data[0] << 8 | data[1]) or len(out) > allowed(data):
                print(f"query {i} ({data.hex()}): bad response {out.hex()}")
                return 1
            key = RCODE_NAMES.get(answer.rcode(), str(answer.rcode())) + (" tc" if answer.flag(TC) else "")
        outcomes[key] = outcomes.get(key, 0) + 1
    for key in sorted(outcomes):
        print(f"{key}: {outcomes[key]}")
    return 0


sys.exit(main())
