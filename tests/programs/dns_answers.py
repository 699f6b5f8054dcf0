# unicc_dns.server: the responses to queries for a test zone, as dig-like
# text and as bytes (name compression included), over UDP (512 bytes
# without EDNS0, the advertised size with it) and TCP; then malformed
# queries (compression loops, pointers forward or past the end, bad counts,
# truncated messages, misplaced OPT records), which get FORMERR or nothing.
from unicc_dns import rdata
from unicc_dns.message import make_query, parse
from unicc_dns.server import respond
from unicc_dns.zone import parse_zone

ZONE = """\
$ORIGIN example.com.
$TTL 3600
@       SOA ns1 hostmaster ( 1 7200 3600 1209600 300 )
        NS  ns1
        NS  ns2.example.net.
        MX  10 mail
        A   192.0.2.1
ns1     A   192.0.2.53
        AAAA 2001:db8::53
mail    A   192.0.2.25
www     CNAME web
web     CNAME host
host 60 A   192.0.2.80
     60 AAAA 2001:db8::80
alias   CNAME www.example.org.
dangling CNAME nowhere
loop1   CNAME loop2
loop2   CNAME loop1
_sip._udp SRV 10 60 5060 host
a.b     A   192.0.2.99
sub     NS  ns.sub
        NS  ns.example.net.
ns.sub  A   192.0.2.200
"""
BIG = "".join(f'big TXT "record {i:02d} of a set bigger than 512 bytes: {"x" * 30}"\n' for i in range(12))
zone = parse_zone(ZONE + BIG, "example.zone")

QUERIES = [
    ("example.com.", rdata.SOA), ("example.com.", rdata.NS), ("example.com.", rdata.MX),
    ("www.example.com.", rdata.A), ("WWW.Example.COM.", rdata.AAAA), ("host.example.com.", rdata.TXT),
    ("nx.example.com.", rdata.A), ("b.example.com.", rdata.A), ("alias.example.com.", rdata.A),
    ("dangling.example.com.", rdata.A), ("loop1.example.com.", rdata.A), ("_sip._udp.example.com.", rdata.SRV),
    ("sub.example.com.", rdata.NS), ("deep.in.sub.example.com.", rdata.A), ("ns1.example.com.", rdata.A),
    ("example.org.", rdata.A), ("www.example.com.", rdata.CNAME), ("example.com.", rdata.ANY),
    ("big.example.com.", rdata.TXT),
]


def show(label: str, query: bytes, tcp: bool = False) -> None:
    out = respond(zone, query, tcp)
    print(f"== {label} ({len(query)} bytes{', tcp' if tcp else ''})")
    if out is None:
        print("no response")
        return
    print(parse(out).text())
    print(len(out), out.hex())


for i, (name, qtype) in enumerate(QUERIES):
    show(f"{name} {rdata.type_name(qtype)}", make_query(name, qtype, 1000 + i, i % 2 == 0))
show("big, EDNS0 1232", make_query("big.example.com.", rdata.TXT, 7, False, 1232))
show("big, EDNS0 600 (too small)", make_query("big.example.com.", rdata.TXT, 8, False, 600))
show("big, EDNS0 100 (read as 512)", make_query("big.example.com.", rdata.TXT, 9, False, 100))
show("big over TCP", make_query("big.example.com.", rdata.TXT, 10), True)
show("MX with EDNS0", make_query("example.com.", rdata.MX, 11, True, 4096))

good = make_query("www.example.com.", rdata.A, 0x1234)
ask = bytes.fromhex("1234 0000 0001 0000 0000 0000")
MALFORMED = [
    ("empty", b""),
    ("short header", good[:11]),
    ("header only", good[:12]),
    ("question cut short", good[:-1]),
    ("trailing byte", good + b"\x00"),
    ("a response", bytes.fromhex("1234 8000 0000 0000 0000 0000")),
    ("no question", bytes.fromhex("1234 0000 0000 0000 0000 0000")),
    ("two questions", bytes.fromhex("1234 0000 0002 0000 0000 0000") + good[12:] + good[12:]),
    ("count past the end", bytes.fromhex("1234 0000 0001 0005 0000 0000") + good[12:]),
    ("pointer to itself", ask + bytes.fromhex("c00c 0001 0001")),
    ("pointer forward", ask + bytes.fromhex("c00e 0001 0001")),
    ("pointer past the end", ask + bytes.fromhex("03777777 c0ff 0001 0001")),
    ("pointer loop of two", ask + bytes.fromhex("0161 c011 0001 0001 0162 c00c")),
    ("label past the end", ask + bytes.fromhex("3f61626300")),
    ("label type 0x40", ask + bytes.fromhex("4161 00 0001 0001")),
    ("name of 256 octets", ask + bytes.fromhex("3f" + "61" * 63) * 4 + bytes.fromhex("03616263 00 0001 0001")),
    ("opcode STATUS", bytes.fromhex("1234 1000") + good[4:]),
    ("opcode NOTIFY", bytes.fromhex("1234 2000") + good[4:]),
    ("class CH", good[:-2] + b"\x00\x03"),
    ("AXFR", good[:-4] + b"\x00\xfc\x00\x01"),
    ("EDNS version 1", make_query("www.example.com.", rdata.A, 1, False, 1232)[:-6] + bytes.fromhex("00 01 0000 0000")),
    ("two OPT records", make_query("www.example.com.", rdata.A, 2, False, 1232)[:11] + b"\x02"
     + make_query("www.example.com.", rdata.A, 2, False, 1232)[12:] + bytes.fromhex("00 0029 04d0 00000000 0000")),
    ("OPT in the answer", bytes.fromhex("1234 0000 0001 0001 0000 0000") + good[12:]
     + bytes.fromhex("00 0029 04d0 00000000 0000")),
    ("OPT not at the root", good[:11] + b"\x01" + good[12:] + bytes.fromhex("0161 00 0029 04d0 00000000 0000")),
    ("A record of 3 bytes", bytes.fromhex("1234 0000 0001 0001 0000 0000") + good[12:]
     + bytes.fromhex("c00c 0001 0001 00000000 0003 010203")),
    ("RDATA past the end", bytes.fromhex("1234 0000 0001 0001 0000 0000") + good[12:]
     + bytes.fromhex("c00c 0010 0001 00000000 0010 0561")),
    ("MX name beyond its RDATA", bytes.fromhex("1234 0000 0001 0001 0000 0000") + good[12:]
     + bytes.fromhex("c00c 000f 0001 00000000 0003 000a c00c")),
]
for label, query in MALFORMED:
    show(label, query)
