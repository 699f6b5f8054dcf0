# unicc_dns against random and mutated queries (a fixed seed, a few
# thousand): parsing raises DnsFormatError and nothing else, the server
# always answers or stays silent without raising, and every response it
# gives parses back.  Prints how the outcomes were distributed.
import random

from unicc_dns import rdata
from unicc_dns.message import RCODE_NAMES, make_query, parse
from unicc_dns.server import respond
from unicc_dns.wire import DnsFormatError
from unicc_dns.zone import parse_zone

ZONE = """\
$ORIGIN f.test.
$TTL 60
@     SOA ns admin 1 2 3 4 5
      NS  ns
      MX  1 mx
ns    A   10.0.0.1
mx    AAAA ::1
www   CNAME ns
t     TXT "a" "b"
s     SRV 0 0 1 ns
d     NS  ns.d
ns.d  A   10.0.0.2
"""
zone = parse_zone(ZONE, "f.zone")
NAMES = ["f.test.", "ns.f.test.", "www.f.test.", "x.d.f.test.", "t.f.test.", "nx.f.test.", "other.", "."]
TYPES = [rdata.A, rdata.NS, rdata.MX, rdata.TXT, rdata.SRV, rdata.AAAA, rdata.ANY, rdata.SOA, 99]
rng = random.Random(20261207)


def mutate(data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randrange(1, 4)):
        how = rng.randrange(5)
        if how == 0 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif how == 1 and b:
            del b[rng.randrange(len(b)):]
        elif how == 2:
            b.insert(rng.randrange(len(b) + 1), rng.choice([0xC0, 0x3F, 0x00, 0xFF, rng.randrange(256)]))
        elif how == 3 and len(b) > 13:
            at = rng.randrange(12, len(b) - 1)
            b[at] = 0xC0 | rng.randrange(4)
            b[at + 1] = rng.randrange(len(b))
        elif len(b) >= 12:
            b[rng.randrange(4, 12)] = rng.randrange(4)
    return bytes(b)


outcomes: dict[str, int] = {}
parse_errors = 0
for i in range(3000):
    kind = i % 3
    if kind == 0:
        size = rng.randrange(40)    # not inside bytes(...): unicc evaluated range()'s argument twice there
        data = bytes(rng.getrandbits(8) for _ in range(size))
    else:
        query = make_query(rng.choice(NAMES), rng.choice(TYPES), i, rng.random() < 0.5,
                           rng.choice([0, 0, 512, 1232, 4096]))
        data = mutate(query) if kind == 1 else query
    try:
        parse(data)
    except DnsFormatError:
        parse_errors += 1
    out = respond(zone, data, rng.random() < 0.2)
    if out is None:
        key = "silent"
    else:
        answer = parse(out)
        key = RCODE_NAMES.get(answer.rcode(), str(answer.rcode())) + (" tc" if answer.flags & 0x200 else "")
        assert len(out) <= 65535
    outcomes[key] = outcomes.get(key, 0) + 1
print("queries that do not parse:", parse_errors)
for key in sorted(outcomes):
    print(key, outcomes[key])
