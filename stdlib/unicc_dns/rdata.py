"""The record types served (RFC 1035, 3596, 2782, 6891): each reads its
RDATA off the wire, writes it back (names in NS CNAME PTR MX SOA
compressed, as RFC 3597 allows for these only) and prints it as dig does.
Any other type is kept as opaque bytes and printed as RFC 3597 `\\# n hex`.
"""

from __future__ import annotations

from unicc_dns.addrtext import format_ip
from unicc_dns.wire import DnsFormatError, Reader, Writer

A = 1
NS = 2
CNAME = 5
SOA = 6
PTR = 12
MX = 15
TXT = 16
AAAA = 28
SRV = 33
OPT = 41
ANY = 255
IN = 1

TYPE_NAMES = {A: "A", NS: "NS", CNAME: "CNAME", SOA: "SOA", PTR: "PTR", MX: "MX", TXT: "TXT", AAAA: "AAAA",
              SRV: "SRV", OPT: "OPT", ANY: "ANY"}
TYPE_CODES = {name: code for code, name in TYPE_NAMES.items()}


def type_name(rtype: int) -> str:
    return TYPE_NAMES.get(rtype, f"TYPE{rtype}")


def class_name(rclass: int) -> str:
    return "IN" if rclass == IN else f"CLASS{rclass}"


def quote(s: bytes) -> str:
    out = ['"']
    for b in s:
        if b == 0x22 or b == 0x5C:
            out.append("\\" + chr(b))
        elif 0x20 <= b <= 0x7E:
            out.append(chr(b))
        else:
            out.append("\\%03d" % b)
    out.append('"')
    return "".join(out)


class Rdata:
    """Opaque RDATA: the bytes as they came."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def encode(self, w: Writer) -> None:
        w.put(self.data)

    def text(self) -> str:
        return f"\\# {len(self.data)} {self.data.hex()}".rstrip()

    def target(self) -> str:
        """The name whose addresses go in the additional section ("" if none)."""
        return ""


class Address(Rdata):
    """A (4 bytes) and AAAA (16)."""

    def text(self) -> str:
        return format_ip(self.data)


class Domain(Rdata):
    """NS, CNAME, PTR: one name."""

    def __init__(self, name: str) -> None:
        super().__init__(b"")
        self.name = name

    def encode(self, w: Writer) -> None:
        w.name(self.name)

    def text(self) -> str:
        return self.name

    def target(self) -> str:
        return self.name


class Mx(Rdata):
    def __init__(self, preference: int, exchange: str) -> None:
        super().__init__(b"")
        self.preference = preference
        self.exchange = exchange

    def encode(self, w: Writer) -> None:
        w.u16(self.preference)
        w.name(self.exchange)

    def text(self) -> str:
        return f"{self.preference} {self.exchange}"

    def target(self) -> str:
        return self.exchange


class Srv(Rdata):
    def __init__(self, priority: int, weight: int, port: int, target_name: str) -> None:
        super().__init__(b"")
        self.priority = priority
        self.weight = weight
        self.port = port
        self.target_name = target_name

    def encode(self, w: Writer) -> None:
        w.u16(self.priority)
        w.u16(self.weight)
        w.u16(self.port)
        w.name(self.target_name, compress=False)

    def text(self) -> str:
        return f"{self.priority} {self.weight} {self.port} {self.target_name}"

    def target(self) -> str:
        return self.target_name


class Soa(Rdata):
    def __init__(self, mname: str, rname: str, times: list[int]) -> None:
        super().__init__(b"")
        self.mname = mname
        self.rname = rname
        self.times = times          # serial refresh retry expire minimum

    def encode(self, w: Writer) -> None:
        w.name(self.mname)
        w.name(self.rname)
        for t in self.times:
            w.u32(t)

    def text(self) -> str:
        return f"{self.mname} {self.rname} " + " ".join(str(t) for t in self.times)

    def minimum(self) -> int:
        return self.times[4]


class Txt(Rdata):
    def __init__(self, strings: list[bytes]) -> None:
        super().__init__(b"")
        self.strings = strings

    def encode(self, w: Writer) -> None:
        for s in self.strings:
            w.u8(len(s))
            w.put(s)

    def text(self) -> str:
        return " ".join(quote(s) for s in self.strings)


def read_rdata(r: Reader, rtype: int, length: int) -> Rdata:
    """The RDATA of rtype, which must use exactly its length's bytes."""
    r.need(length)
    end = r.pos + length
    rdata: Rdata
    if rtype in (A, AAAA) and length == (4 if rtype == A else 16):
        rdata = Address(r.take(length))
    elif rtype in (NS, CNAME, PTR):
        rdata = Domain(r.name())
    elif rtype == MX:
        rdata = Mx(r.u16(), r.name())
    elif rtype == SRV:
        rdata = Srv(r.u16(), r.u16(), r.u16(), r.name())
    elif rtype == SOA:
        mname, rname = r.name(), r.name()
        rdata = Soa(mname, rname, [r.u32() for _ in range(5)])
    elif rtype == TXT:
        strings: list[bytes] = []
        while r.pos < end:
            strings.append(r.take(r.u8()))
        rdata = Txt(strings)
    elif rtype in (A, AAAA):
        raise DnsFormatError(f"{type_name(rtype)} RDATA of {length} bytes")
    else:
        rdata = Rdata(r.take(length))
    if r.pos != end:
        raise DnsFormatError(f"{type_name(rtype)} RDATA does not fill its length")
    return rdata
