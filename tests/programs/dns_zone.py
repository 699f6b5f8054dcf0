# unicc_dns.zone: an RFC 1035 master file with each feature the parser
# supports ($ORIGIN changes, $TTL with units, @, relative and absolute names,
# blank owners, comments, parentheses, escapes, every record type), then
# broken files, each giving its file:line error.
from unicc_dns.wire import canonical, name_labels
from unicc_dns.zone import ZoneError, parse_zone

ZONE = """\
$TTL 1h30m ; a TTL with units
@   IN SOA  ns.zone.test. admin.zone.test. ( 7 ; serial
            3h 15m
            2w 60 )
    NS      ns
    NS      ns.elsewhere.example.
ns  A       10.1.2.3
ns  IN 300  AAAA ::ffff:10.1.2.3
ns          AAAA 2001:DB8:0:0:1:0:0:1
ns          AAAA fe80::1:2.3.4.5
300 IN A 10.1.2.4  ; an owner that looks like a TTL
mx  MX      5 ns
txt TXT     "with \\"quotes\\" and \\\\ and ;" plain \\255\\000 ""
srv SRV     1 2 53 ns.zone.test.
$ORIGIN sub.zone.test.
ptr PTR     @
dot\\.ted  CNAME  ptr
Upper.CASE  A  192.0.2.1
"""
zone = parse_zone(ZONE, "zone.db", "zone.test.")
print(zone.origin, sorted(zone.names), sorted(zone.cuts))
for key in sorted(zone.rrsets):
    for rtype in sorted(zone.rrsets[key]):
        for rr in zone.rrset(key, rtype):
            print(rr.text())
print(zone.soa().rdata.text())

for name in ["a.b.", "A\\.b.c.", "\\065\\.\\255.", ".", "x\\032y."]:
    print(name, [label.hex() for label in name_labels(name)], canonical(name))
for bad in ["a..b.", "relative", ("x" * 64) + ".", ("abc." * 64), "a\\256."]:
    try:
        name_labels(bad)
    except ValueError as e:
        print("ValueError:", str(e)[:60])

SOA = "@ 60 SOA ns admin 1 2 3 4 5\n@ NS ns\n"
BROKEN = [
    "www A 10.0.0.1\n",
    SOA + "x 60 A 10.0.0.300\n",
    SOA + "x 60 AAAA 10.0.0.1\n",
    SOA + "x 60 AAAA 1::2::3\n",
    SOA + "x 60 AAAA 1:2:3:4:5:6:7:8:9\n",
    SOA + "x 60 MX ten mail\n",
    SOA + "x 60 A 10.0.0.1 10.0.0.2\n",
    SOA + "x 60 HINFO a b\n",
    SOA + "x 60 CH TXT a\n",
    SOA + "x A 10.0.0.1\nx 60 CNAME y\n",
    SOA + "x 60 CNAME y\nx 60 CNAME z\n",
    SOA + "out.of.zone. 60 A 10.0.0.1\n",
    SOA + "x 60 TXT (a\nb\n",
    SOA + "x 60 TXT a)\n",
    SOA + 'x 60 TXT "unterminated\n',
    SOA + "$INCLUDE other.db\n",
    SOA + "x 60 TXT " + "a" * 256 + "\n",
    SOA + "x 60 SOA ns admin 1 2 3 4 5\n",
    SOA + "  60 A 10.0.0.1\n$TTL soon\n",
    "$ORIGIN t.\n@ SOA ns admin 1 2 3 4 5\n",
    "@ 60 SOA ns admin 1 2 3 4 5\n",
    "; nothing but a comment\n",
    SOA + "x 60 SRV 1 2 70000 y\n",
]
for i, text in enumerate(BROKEN):
    try:
        z = parse_zone(text, f"broken{i}.db", "t." if i != 17 else "")
        print("parsed", z.origin)
    except ZoneError as e:
        print(e)
