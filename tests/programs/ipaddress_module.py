"""ipaddress: IPv4/IPv6 addresses and networks (parsing and its error
messages, RFC 5952 text, int, packed, arithmetic, comparisons, the special
ranges, hosts, subnets, supernet, membership), compared with CPython."""

import ipaddress
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network
from typing import Callable


def attempt(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, f())
    except ValueError as e:
        print(label, type(e).__name__, e)
    except (IndexError, OverflowError) as e:
        print(label, type(e).__name__, e)


def v4_of(text: str) -> Callable[[], object]:
    return lambda: IPv4Address(text)


def v6_of(text: str) -> Callable[[], object]:
    return lambda: IPv6Address(text)


# IPv4 addresses
a = IPv4Address("192.168.1.10")
print(a, repr(a), int(a), a.packed, a.version, a.max_prefixlen, a.exploded, a.compressed)
print(a + 5, a - 10, IPv4Address(3232235786), IPv4Address(b"\x0a\x00\x00\x01"), a.reverse_pointer)
print(a == IPv4Address("192.168.1.10"), a != IPv4Address(0), a < IPv4Address("192.168.1.11"),
      a <= a, a > IPv4Address("10.0.0.1"), a >= IPv4Address("255.0.0.0"), a == "192.168.1.10")
print(sorted([IPv4Address("10.0.0.2"), IPv4Address("9.255.255.255"), IPv4Address("10.0.0.1")]))
print(len({IPv4Address("1.1.1.1"), IPv4Address("1.1.1.1"), IPv4Address("1.1.1.2")}))
for text in ["0.0.0.0", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.1.1", "172.16.5.4", "192.0.2.1",
             "224.0.0.1", "240.0.0.1", "255.255.255.255", "8.8.8.8", "192.0.0.171"]:
    x = IPv4Address(text)
    print(text, x.is_private, x.is_global, x.is_multicast, x.is_reserved, x.is_unspecified,
          x.is_loopback, x.is_link_local)

# IPv6 addresses
for text in ["::", "::1", "1::", "2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", "1:0:0:1:0:0:0:1",
             "0:0:1::1:0:0", "1:2:3:4:5:6:7:0", "::ffff:1.2.3.4", "FF02::1", "2002:c000:204::1",
             "2001:0:4136:e378:8000:63bf:3fff:fdd2", "fec0::1", "::ffff:10.0.0.1", "100::1", "2001:db8:0:0:1:0:0:1"]:
    y = IPv6Address(text)
    print(text, "->", y, y.exploded, y.packed.hex(), y.scope_id, y.ipv4_mapped, y.sixtofour, y.teredo)
    print("  ", y.is_private, y.is_global, y.is_multicast, y.is_reserved, y.is_unspecified, y.is_loopback,
          y.is_link_local, y.is_site_local)
b = IPv6Address("2001:db8::ff")
print(repr(b), b + 1, b - 255, b + 65536, int(IPv6Address("::1:2")), IPv6Address(2**62), b.reverse_pointer)
print(b == IPv6Address("2001:db8:0::ff"), b < IPv6Address("2001:db8::100"), b >= b, IPv6Address(b.packed) == b,
      IPv6Address("fe80::1%1") == IPv6Address("fe80::1"), str(IPv6Address("fe80::1%1")))
print(ipaddress.ip_address("10.0.0.1"), ipaddress.ip_address("::2"), repr(ipaddress.ip_address(4294967296)),
      repr(ipaddress.ip_address(b"\x01\x02\x03\x04")), repr(ipaddress.ip_address(1)))
print(ipaddress.v4_int_to_packed(3232235777), ipaddress.v6_int_to_packed(1).hex())

# networks
n = IPv4Network("192.168.0.0/24")
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.version, n[0], n[1], n[-1], n[255])
print(IPv4Address("192.168.0.77") in n, IPv4Address("192.168.1.1") in n, n.overlaps(IPv4Network("192.168.0.128/25")),
      n.overlaps(IPv4Network("10.0.0.0/8")), IPv4Network("192.168.0.64/26").subnet_of(n), n.supernet_of(n))
print(list(n.subnets()), list(n.subnets(new_prefix=26)), n.supernet(), n.supernet(new_prefix=16))
print(list(IPv4Network("10.0.0.0/29").hosts()), list(IPv4Network("10.0.0.0/31").hosts()),
      list(IPv4Network("10.0.0.7/32").hosts()), list(IPv4Network("10.0.0.4/30")))
print(IPv4Network("10.0.0.0/255.0.0.0"), IPv4Network("10.0.0.0/0.255.255.255"), IPv4Network(("10.0.0.0", 8)),
      IPv4Network(("10.1.2.3", "255.0.0.0"), strict=False), IPv4Network("10.1.2.3/8", False), IPv4Network(167772160),
      IPv4Network("0.0.0.0/0").num_addresses, IPv4Network("1.2.3.4").prefixlen)
print(n == IPv4Network("192.168.0.0/24"), n < IPv4Network("192.168.0.0/25"), n > IPv4Network("192.167.0.0/16"),
      sorted([IPv4Network("10.0.0.0/16"), IPv4Network("10.0.0.0/8"), IPv4Network("9.0.0.0/8")]),
      len({n, IPv4Network("192.168.0.0/24")}))
for text in ["10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "224.0.0.0/4", "192.168.0.0/15", "0.0.0.0/32", "8.8.8.0/24"]:
    m = IPv4Network(text)
    print(text, m.is_private, m.is_global, m.is_multicast, m.is_reserved, m.is_loopback, m.is_link_local,
          m.is_unspecified)
v6 = IPv6Network("2001:db8::/120")
print(v6, v6.network_address, v6.broadcast_address, v6.netmask, v6.hostmask, v6.num_addresses, v6.exploded)
print(v6[1], v6[-1], IPv6Address("2001:db8::42") in v6, IPv6Address("2001:db9::") in v6, v6.with_netmask)
print(list(IPv6Network("2001:db8::/126").hosts()), list(IPv6Network("2001:db8::/127").hosts()),
      list(IPv6Network("2001:db8::1/128").hosts()))
print(list(IPv6Network("2001:db8::/32").subnets(new_prefix=34)), IPv6Network("2001:db8::/32").supernet(prefixlen_diff=3))
print(IPv6Network("2001:db8::1/64", strict=False), IPv6Network("fe80::%1/64"), IPv6Network("::/0").supernet(),
      IPv6Network("::1/128").is_loopback, IPv6Network("::/128").is_unspecified, IPv6Network("fc00::/7").is_private,
      IPv6Network("ff00::/12").is_multicast, IPv6Network("fe80::/64").is_link_local, IPv6Network("2000::/3").is_global)
print(ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("::/96"), repr(ipaddress.ip_network("10.1.0.0/8", False)))
sub = IPv6Network("2001:db8::/64").subnets(prefixlen_diff=64)
print(next(sub), next(sub), IPv6Network("::/127").num_addresses)

# errors
for bad in ["", "1.2.3", "1.2.3.4.5", "1.2.3.256", "1.2.3.04", "1.2..4", "1.2.3.a", "1.2.3.1234", "1.2.3.4/24",
            "١.2.3.4"]:
    attempt(f"v4 {bad!r}", v4_of(bad))
for bad in ["", "1:2", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "1:2:3:4:5:6:7:8::",
            "1:2:3:4:5:6:7", "12345::", "g::", "::1.2.3.256", "fe80::1%", "fe80::1%a%b", "::/1", "1:2:3:4:5:6:7::8:9"]:
    attempt(f"v6 {bad!r}", v6_of(bad))
attempt("int -1", lambda: IPv4Address(-1))
attempt("int 2**32", lambda: IPv4Address(4294967296))
attempt("v6 -1", lambda: IPv6Address(-1))
attempt("bytes 3", lambda: IPv4Address(b"\x01\x02\x03"))
attempt("bytes 15", lambda: IPv6Address(b"\x00" * 15))
attempt("v4 + overflow", lambda: IPv4Address("255.255.255.255") + 1)
attempt("v4 - underflow", lambda: IPv4Address("0.0.0.1") - 2)
attempt("v6 + overflow", lambda: IPv6Address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe") + 3)
attempt("v6 - underflow", lambda: IPv6Address("::5") - 6)
attempt("ip_address bad", lambda: ipaddress.ip_address("nope"))
attempt("ip_address int", lambda: ipaddress.ip_address(-1))
attempt("ip_network bad", lambda: ipaddress.ip_network("1.2.3.4/33"))
attempt("host bits", lambda: IPv4Network("192.168.1.1/24"))
attempt("v6 host bits", lambda: IPv6Network("2001:db8::1/64"))
attempt("ip_network host bits", lambda: ipaddress.ip_network("10.0.0.1/8"))
attempt("mask 33", lambda: IPv4Network("1.2.3.4/33"))
attempt("mask int", lambda: IPv4Network(("1.2.3.4", 40)))
attempt("mask x", lambda: IPv4Network("1.2.3.4/x"))
attempt("mask mixed", lambda: IPv4Network("1.0.0.0/255.0.255.0"))
attempt("mask v6", lambda: IPv6Network("::/129"))
attempt("mask v6 text", lambda: IPv6Network("::/ffff::"))
attempt("two slashes", lambda: IPv4Network("1.2.3.4/8/8"))
attempt("index", lambda: n[256])
attempt("index -", lambda: n[-257])
attempt("subnets longer", lambda: list(n.subnets(new_prefix=8)))
attempt("subnets both", lambda: list(n.subnets(2, new_prefix=26)))
attempt("subnets negative", lambda: list(n.subnets(-1)))
attempt("subnets too long", lambda: list(n.subnets(9)))
attempt("supernet shorter", lambda: n.supernet(new_prefix=25))
attempt("supernet both", lambda: n.supernet(2, new_prefix=16))
attempt("supernet too far", lambda: n.supernet(25))
scoped = IPv6Address("fe80::1%eth0")
print(scoped, scoped.scope_id, repr(scoped), scoped.packed.hex(), scoped.is_link_local, scoped == IPv6Address("fe80::1%eth0"))
attempt("scoped exploded", lambda: scoped.exploded)
attempt("v6 int /64", lambda: int(IPv6Address("::ffff")))
