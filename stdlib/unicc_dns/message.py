"""Whole DNS messages (RFC 1035 section 4.1) with EDNS0 (RFC 6891).

`parse` reads a message and raises DnsFormatError for anything malformed
(bad counts, a truncated record, trailing bytes, a misplaced or second OPT
record); `Message.encode` writes one, compressing names.  The OPT record
is not kept among the additional records but as `Message.edns`.
"""

from __future__ import annotations

from unicc_dns.rdata import OPT, Rdata, class_name, read_rdata, type_name
from unicc_dns.wire import DnsFormatError, Reader, Writer

QUERY = 0
NOERROR = 0
FORMERR = 1
SERVFAIL = 2
NXDOMAIN = 3
NOTIMP = 4
REFUSED = 5
BADVERS = 16
RCODE_NAMES = {NOERROR: "NOERROR", FORMERR: "FORMERR", SERVFAIL: "SERVFAIL", NXDOMAIN: "NXDOMAIN",
               NOTIMP: "NOTIMP", REFUSED: "REFUSED", BADVERS: "BADVERS"}
HEADER_LEN = 12
QR = 0x8000
AA = 0x0400
TC = 0x0200
RD = 0x0100
RA = 0x0080
AD = 0x0020
CD = 0x0010


class Question:
    def __init__(self, name: str, qtype: int, qclass: int) -> None:
        self.name = name
        self.qtype = qtype
        self.qclass = qclass

    def text(self) -> str:
        return f";{self.name}\t\t{class_name(self.qclass)}\t{type_name(self.qtype)}"


class Record:
    def __init__(self, name: str, rtype: int, rclass: int, ttl: int, rdata: Rdata) -> None:
        self.name = name
        self.rtype = rtype
        self.rclass = rclass
        self.ttl = ttl
        self.rdata = rdata

    def text(self) -> str:
        return f"{self.name}\t{self.ttl}\t{class_name(self.rclass)}\t{type_name(self.rtype)}\t{self.rdata.text()}"

    def encode(self, w: Writer) -> None:
        w.name(self.name)
        w.u16(self.rtype)
        w.u16(self.rclass)
        w.u32(self.ttl)
        at = len(w.out)
        w.u16(0)
        self.rdata.encode(w)
        w.patch_u16(at, len(w.out) - at - 2)


class Edns:
    """What an OPT record says: the sender's UDP payload size, the version,
    the DO bit, the options as bytes."""

    def __init__(self, payload: int, version: int = 0, do: bool = False, options: bytes = b"") -> None:
        self.payload = payload
        self.version = version
        self.do = do
        self.options = options


class Message:
    def __init__(self, ident: int = 0, flags: int = 0) -> None:
        self.ident = ident
        self.flags = flags          # the header's second 16 bits, the RCODE's low 4 bits included
        self.rcode_high = 0         # the extended RCODE's upper 8 bits (in the OPT record)
        self.questions: list[Question] = []
        self.answer: list[Record] = []
        self.authority: list[Record] = []
        self.additional: list[Record] = []
        self.edns: Edns | None = None

    def flag(self, mask: int) -> bool:
        return self.flags & mask != 0

    def set_flag(self, mask: int, on: bool = True) -> None:
        self.flags = self.flags | mask if on else self.flags & ~mask

    def opcode(self) -> int:
        return (self.flags >> 11) & 15

    def rcode(self) -> int:
        return (self.rcode_high << 4) | (self.flags & 15)

    def set_rcode(self, rcode: int) -> None:
        self.flags = (self.flags & ~15) | (rcode & 15)
        self.rcode_high = rcode >> 4

    def encode(self) -> bytes:
        w = Writer()
        w.u16(self.ident)
        w.u16(self.flags)
        w.u16(len(self.questions))
        w.u16(len(self.answer))
        w.u16(len(self.authority))
        w.u16(len(self.additional) + (1 if self.edns is not None else 0))
        for q in self.questions:
            w.name(q.name)
            w.u16(q.qtype)
            w.u16(q.qclass)
        for section in (self.answer, self.authority, self.additional):
            for rr in section:
                rr.encode(w)
        if self.edns is not None:
            e = self.edns
            w.u8(0)
            w.u16(OPT)
            w.u16(e.payload)
            w.u8(self.rcode_high)
            w.u8(e.version)
            w.u16(0x8000 if e.do else 0)
            w.u16(len(e.options))
            w.put(e.options)
        return bytes(w.out)

    def text(self) -> str:
        """dig's view of the message (its layout, not its every word)."""
        names = ["qr", "aa", "tc", "rd", "ra", "ad", "cd"]
        masks = [QR, AA, TC, RD, RA, AD, CD]
        flags = " ".join(n for n, m in zip(names, masks) if self.flag(m))
        lines = [f";; opcode: {self.opcode()}, status: {RCODE_NAMES.get(self.rcode(), str(self.rcode()))}, "
                 f"id: {self.ident}",
                 f";; flags: {flags}; QUERY: {len(self.questions)}, ANSWER: {len(self.answer)}, "
                 f"AUTHORITY: {len(self.authority)}, ADDITIONAL: {len(self.additional)}"]
        if self.edns is not None:
            lines.append(f";; EDNS: version: {self.edns.version}, udp: {self.edns.payload}"
                         + (", do" if self.edns.do else "") + (f", options {self.edns.options.hex()}"
                                                                if self.edns.options else ""))
        lines.extend(q.text() for q in self.questions)
        for title, section in (("ANSWER", self.answer), ("AUTHORITY", self.authority),
                               ("ADDITIONAL", self.additional)):
            if section:
                lines.append(f";; {title} SECTION:")
                lines.extend(rr.text() for rr in section)
        return "\n".join(lines)


def parse_header(data: bytes) -> Message:
    """The header alone (what a FORMERR answer echoes)."""
    if len(data) < HEADER_LEN:
        raise DnsFormatError("shorter than a header")
    return Message((data[0] << 8) | data[1], (data[2] << 8) | data[3])


def parse(data: bytes) -> Message:
    m = parse_header(data)
    r = Reader(data)
    r.pos = 4
    counts = [r.u16() for _ in range(4)]
    for _ in range(counts[0]):
        name = r.name()
        m.questions.append(Question(name, r.u16(), r.u16()))
    for i, section in enumerate((m.answer, m.authority, m.additional)):
        for _ in range(counts[i + 1]):
            name = r.name()
            rtype, rclass, ttl, length = r.u16(), r.u16(), r.u32(), r.u16()
            if rtype == OPT:
                if section is not m.additional or m.edns is not None or name != ".":
                    raise DnsFormatError("OPT record misplaced or repeated")
                m.rcode_high = ttl >> 24
                m.edns = Edns(rclass, (ttl >> 16) & 0xFF, ttl & 0x8000 != 0, r.take(length))
                continue
            section.append(Record(name, rtype, rclass, ttl, read_rdata(r, rtype, length)))
    if r.pos != len(data):
        raise DnsFormatError("bytes after the last record")
    return m


def make_query(name: str, qtype: int, ident: int = 0, rd: bool = False, payload: int = 0) -> bytes:
    """A query for name and qtype; with an OPT record if payload > 0."""
    m = Message(ident, RD if rd else 0)
    m.questions.append(Question(name, qtype, 1))
    if payload > 0:
        m.edns = Edns(payload)
    return m.encode()
