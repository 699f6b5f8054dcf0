"""ipaddress: ip_interface and the Interface classes (ip, network, masks,
text forms, ==, hash, ordering, arithmetic), collapse_addresses and
summarize_address_range (checked against the addresses they cover on
LCG-made cases), and their errors with CPython's messages."""

import ipaddress
from typing import Callable


def attempt(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, f())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


def interfaces() -> None:
    for text in ["192.168.1.7/24", "10.0.0.1/0.0.0.255", "10.0.0.1/255.255.0.0", "10.1.2.3", "0.0.0.5/0"]:
        i = ipaddress.IPv4Interface(text)
        print(i, repr(i), i.ip, i.network, i.with_prefixlen, i.with_netmask, i.with_hostmask, i.netmask,
              i.hostmask, i.exploded, i.compressed, i + 1, repr(i - 1), i.packed, i.is_private, int(i), i.version)
    for text in ["2001:db8::5/64", "::1/128", "::1/64", "::/128", "::/0", "fe80::1:2/10"]:
        j = ipaddress.IPv6Interface(text)
        print(j, repr(j), j.ip, j.network, j.with_netmask, j.with_hostmask, j.exploded, j.compressed,
              j.is_loopback, j.is_unspecified, j.is_link_local, j + 1, j.max_prefixlen)
    print(ipaddress.IPv4Interface((3232235777, 16)), ipaddress.IPv4Interface(3232235777),
          ipaddress.IPv4Interface(b"\x01\x02\x03\x04"), ipaddress.IPv6Interface((1, 100)))
    i = ipaddress.IPv4Interface("192.168.1.7/24")
    same = ipaddress.IPv4Interface("192.168.1.7/24")
    other = ipaddress.IPv4Interface("192.168.1.7/25")
    addr = ipaddress.IPv4Address("192.168.1.7")
    print(i == same, i == other, i == addr, addr == i, i != addr, hash(i) == hash(same), len({i, same, other}))
    print(i < ipaddress.IPv4Interface("192.168.1.8/24"), i < ipaddress.IPv4Interface("192.168.1.1/25"),
          ipaddress.IPv4Interface("192.168.1.1/25") < i, i < addr, i <= same, i > other, i >= same)
    print(sorted([ipaddress.IPv4Interface("10.0.0.5/8"), ipaddress.IPv4Interface("10.0.0.1/16"),
                  ipaddress.IPv4Interface("10.0.0.1/8")]))
    print(ipaddress.ip_interface("::1/64") == ipaddress.ip_interface("::1/64"), ipaddress.ip_interface("1.2.3.4/8"))
    attempt("ip_interface /33", lambda: ipaddress.ip_interface("1.2.3.4/33"))
    attempt("ip_interface two /", lambda: ipaddress.ip_interface("1.2.3.4/24/1"))
    attempt("ip_interface word", lambda: ipaddress.ip_interface("nope"))
    attempt("IPv4Interface octet", lambda: ipaddress.IPv4Interface("1.2.3.256/24"))
    attempt("IPv4Interface mask", lambda: ipaddress.IPv4Interface("1.2.3.4/255.255.0.255"))
    attempt("IPv4Interface /33", lambda: ipaddress.IPv4Interface("1.2.3.4/33"))
    attempt("IPv4Interface v6", lambda: ipaddress.IPv4Interface("::1/128"))
    attempt("IPv6Interface v4", lambda: ipaddress.IPv6Interface("10.0.0.1/0.0.0.255"))
    attempt("IPv6Interface /129", lambda: ipaddress.IPv6Interface("::1/129"))
    attempt("IPv4Network v6 /128", lambda: ipaddress.IPv4Network("::1/128"))


def v4(n: int) -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address(n)


def covered(nets: list[ipaddress.IPv4Network]) -> set[int]:
    out: set[int] = set()
    for net in nets:
        for a in net:
            out.add(int(a))
    return out


def summarize() -> None:
    print(list(ipaddress.summarize_address_range(v4(0x0A000003), v4(0x0A000109))))
    print(list(ipaddress.summarize_address_range(v4(0), v4(0xFFFFFFFF))),
          list(ipaddress.summarize_address_range(v4(7), v4(7))))
    print(list(ipaddress.summarize_address_range(ipaddress.IPv6Address("::"),
                                                 ipaddress.IPv6Address("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))))
    print(list(ipaddress.summarize_address_range(ipaddress.IPv6Address("2001:db8::3"),
                                                 ipaddress.IPv6Address("2001:db8::1:0"))))
    attempt("backwards", lambda: list(ipaddress.summarize_address_range(v4(3), v4(1))))
    attempt("backwards v6", lambda: list(ipaddress.summarize_address_range(ipaddress.IPv6Address("::1"),
                                                                       ipaddress.IPv6Address("::"))))
    x = 99
    ok = True
    for _ in range(150):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        first = x % 5000
        last = first + (x >> 8) % 700
        nets = list(ipaddress.summarize_address_range(v4(first), v4(last)))
        ok = ok and covered(nets) == set(range(first, last + 1)) and nets == sorted(nets)
    print("summarize covers", ok)


def collapse() -> None:
    nets = [ipaddress.IPv4Network("10.0.0.0/25"), ipaddress.IPv4Network("10.0.0.128/25"),
            ipaddress.IPv4Network("10.0.1.0/24"), ipaddress.IPv4Network("10.0.3.0/24"),
            ipaddress.IPv4Network("10.0.0.5/32")]
    print(list(ipaddress.collapse_addresses(nets)), list(ipaddress.collapse_addresses(nets[3:])))
    print(list(ipaddress.collapse_addresses([ipaddress.IPv6Network("2001:db8::/33"),
                                             ipaddress.IPv6Network("2001:db8:8000::/33"),
                                             ipaddress.IPv6Network("::/128")])))
    empty: list[ipaddress.IPv4Network] = []
    print(list(ipaddress.collapse_addresses(empty)), list(ipaddress.collapse_addresses(iter(nets[:2]))))
    x = 7
    ok = True
    for case in range(120):
        group: list[ipaddress.IPv4Network] = []
        for _ in range(case % 7):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            prefix = 24 + x % 9
            base = (x >> 4) % 1024 & ~((1 << (32 - prefix)) - 1)
            group.append(ipaddress.IPv4Network((base, prefix)))
        out = list(ipaddress.collapse_addresses(group))
        ok = ok and covered(out) == covered(group) and out == sorted(out)
        if case % 40 == 6:
            print(group, out)
    print("collapse covers", ok)


interfaces()
summarize()
collapse()
