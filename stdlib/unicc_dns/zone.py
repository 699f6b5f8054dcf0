"""Zones read from an RFC 1035 master file (section 5).

Supported: `$ORIGIN`, `$TTL` (RFC 2308), `@`, names relative to the
origin, a blank owner repeating the previous one, `;` comments,
parentheses spanning lines, quoted strings and `\\X`/`\\DDD` escapes, TTLs
with units (`1h30m`), the class IN, and the types SOA NS A AAAA CNAME MX
TXT SRV PTR.  A mistake raises ZoneError with `file:line: ` in front.
"""

from __future__ import annotations

from unicc_dns import rdata
from unicc_dns.addrtext import parse_ipv4, parse_ipv6
from unicc_dns.message import Record
from unicc_dns.wire import canonical, is_subdomain, name_key, parent

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class ZoneError(Exception):
    pass


class Token:
    def __init__(self, text: str, quoted: bool) -> None:
        self.text = text
        self.quoted = quoted


class Entry:
    """One logical line: its tokens, where it starts, whether its owner is blank."""

    def __init__(self, line: int, blank_owner: bool) -> None:
        self.line = line
        self.blank_owner = blank_owner
        self.tokens: list[Token] = []


class Zone:
    """The records of one zone, by owner (name_key) and type."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.rrsets: dict[str, dict[int, list[Record]]] = {}
        self.names: set[str] = set()       # every owner and the empty non-terminals above them
        self.cuts: set[str] = set()        # owners of NS records below the origin: delegations

    def rrset(self, name: str, rtype: int) -> list[Record]:
        return self.rrsets.get(name_key(name), {}).get(rtype, [])

    def soa(self) -> Record:
        return self.rrset(self.origin, rdata.SOA)[0]

    def add(self, rr: Record) -> str:
        """Add rr; the reason it cannot be added, or ""."""
        key = name_key(rr.name)
        sets = self.rrsets.setdefault(key, {})
        others = [t for t in sets if t != rr.rtype]
        if rr.rtype == rdata.CNAME and others or rdata.CNAME in others:
            return f"{rr.name} has a CNAME and other data"
        if rr.rtype == rdata.SOA and key != name_key(self.origin):
            return "an SOA record must be at the origin"
        rrset = sets.setdefault(rr.rtype, [])
        if rr.rtype in (rdata.SOA, rdata.CNAME) and rrset:
            return f"a second {rdata.type_name(rr.rtype)} record at {rr.name}"
        if any(old.rdata.text() == rr.rdata.text() for old in rrset):
            return ""                      # the same record twice is one record
        rrset.append(rr)
        if rr.rtype == rdata.NS and key != name_key(self.origin):
            self.cuts.add(key)
        name = rr.name
        while name_key(name) not in self.names and is_subdomain(name, self.origin):
            self.names.add(name_key(name))
            name = parent(name)
        return ""


def tokenize(text: str, filename: str) -> list[Entry]:
    entries: list[Entry] = []
    line = 1
    depth = 0
    opened = 0
    entry = Entry(1, False)
    i = 0
    n = len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if at_line_start:
            if depth == 0:
                entry = Entry(line, c in " \t")
            at_line_start = False
        if c == "\n":
            line += 1
            at_line_start = True
            if depth == 0 and entry.tokens:
                entries.append(entry)
            i += 1
        elif c in " \t\r":
            i += 1
        elif c == ";":
            while i < n and text[i] != "\n":
                i += 1
        elif c == "(":
            if depth == 0:
                opened = line
            depth += 1
            i += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise ZoneError(f"{filename}:{line}: ')' without '('")
            i += 1
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                if text[j] == "\n":
                    raise ZoneError(f"{filename}:{line}: unterminated quoted string")
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise ZoneError(f"{filename}:{line}: unterminated quoted string")
            entry.tokens.append(Token(text[i + 1:j], True))
            i = j + 1
        else:
            j = i
            while j < n and text[j] not in " \t\r\n;()\"":
                j += 2 if text[j] == "\\" else 1
            entry.tokens.append(Token(text[i:min(j, n)], False))
            i = j
    if depth > 0:
        raise ZoneError(f"{filename}:{opened}: '(' not closed")
    if not at_line_start and entry.tokens:
        entries.append(entry)
    return entries


def unescape(s: str) -> bytes:
    """A character-string's bytes: `\\DDD` is a byte in decimal, `\\X` is X."""
    out = bytearray()
    i = 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            digits = s[i + 1:i + 4]
            if len(digits) == 3 and digits.isdigit() and int(digits) <= 255:
                out.append(int(digits))
                i += 4
                continue
            i += 1
        out.extend(s[i].encode())
        i += 1
    return bytes(out)


def parse_ttl(s: str) -> int:
    """Seconds, or -1 if s is not a TTL (`3600`, `1h30m`)."""
    if s.isdigit():
        return int(s) if int(s) < 1 << 31 else -1
    total = 0
    digits = ""
    for c in s.lower():
        if c.isdigit():
            digits += c
        elif c in UNITS and digits:
            total += int(digits) * UNITS[c]
            digits = ""
        else:
            return -1
    return total if not digits and s and total < 1 << 31 else -1


class Parser:
    def __init__(self, filename: str, origin: str) -> None:
        self.filename = filename
        self.origin = origin
        self.ttl = -1
        self.last_ttl = -1
        self.owner = ""
        self.line = 0
        self.zone: Zone | None = None

    def error(self, why: str) -> ZoneError:
        return ZoneError(f"{self.filename}:{self.line}: {why}")

    def name(self, token: str) -> str:
        if token == "@":
            if not self.origin:
                raise self.error("@ without an origin ($ORIGIN)")
            return self.origin
        if not (token.endswith(".") and not token.endswith("\\.")):
            if not self.origin:
                raise self.error(f"relative name {token} without an origin ($ORIGIN)")
            token = token + "." + self.origin if self.origin != "." else token + "."
        try:
            return canonical(token)
        except ValueError as e:
            raise self.error(str(e)) from None

    def number(self, token: str, bits: int) -> int:
        if not token.isdigit() or int(token) >= 1 << bits:
            raise self.error(f"not a {bits}-bit number: {token}")
        return int(token)

    def time(self, token: str) -> int:
        t = parse_ttl(token)
        if t < 0:
            raise self.error(f"not a time: {token}")
        return t

    def rdata(self, rtype: int, args: list[Token]) -> rdata.Rdata:
        words = [t.text for t in args]
        counts = {rdata.A: 1, rdata.AAAA: 1, rdata.NS: 1, rdata.CNAME: 1, rdata.PTR: 1, rdata.MX: 2,
                  rdata.SRV: 4, rdata.SOA: 7}
        want = counts.get(rtype, -1)
        if want >= 0 and len(words) != want or rtype == rdata.TXT and not words:
            raise self.error(f"{rdata.type_name(rtype)} takes {max(want, 1)} field(s), not {len(words)}")
        if rtype in (rdata.A, rdata.AAAA):
            try:
                return rdata.Address(parse_ipv4(words[0]) if rtype == rdata.A else parse_ipv6(words[0]))
            except ValueError:
                raise self.error(f"not an IPv{4 if rtype == rdata.A else 6} address: {words[0]}") from None
        if rtype in (rdata.NS, rdata.CNAME, rdata.PTR):
            return rdata.Domain(self.name(words[0]))
        if rtype == rdata.MX:
            return rdata.Mx(self.number(words[0], 16), self.name(words[1]))
        if rtype == rdata.SRV:
            return rdata.Srv(self.number(words[0], 16), self.number(words[1], 16), self.number(words[2], 16),
                             self.name(words[3]))
        if rtype == rdata.SOA:
            return rdata.Soa(self.name(words[0]), self.name(words[1]),
                             [self.number(words[2], 32)] + [self.time(w) for w in words[3:]])
        strings = [unescape(w) for w in words]
        if any(len(s) > 255 for s in strings):
            raise self.error("a TXT string longer than 255 bytes")
        return rdata.Txt(strings)

    def directive(self, entry: Entry) -> None:
        words = [t.text for t in entry.tokens]
        if words[0].upper() == "$ORIGIN" and len(words) == 2:
            self.origin = self.name(words[1])
        elif words[0].upper() == "$TTL" and len(words) == 2:
            self.ttl = self.time(words[1])
        else:
            raise self.error(f"unsupported directive: {' '.join(words)}")

    def record(self, entry: Entry) -> Record:
        tokens = entry.tokens
        if not entry.blank_owner:
            self.owner = self.name(tokens[0].text)
            tokens = tokens[1:]
        elif not self.owner:
            raise self.error("a record without an owner name")
        ttl = -1
        rclass = rdata.IN
        while tokens and not tokens[0].quoted:
            word = tokens[0].text.upper()
            if word == "IN":
                pass
            elif word in ("CH", "HS", "CS"):
                raise self.error(f"class {word} is not supported (IN only)")
            elif parse_ttl(word) >= 0 and ttl < 0:
                ttl = parse_ttl(word)
            else:
                break
            tokens = tokens[1:]
        if not tokens or tokens[0].quoted:
            raise self.error("a record without a type")
        rtype = rdata.TYPE_CODES.get(tokens[0].text.upper(), -1)
        if rtype < 0 or rtype in (rdata.OPT, rdata.ANY):
            raise self.error(f"unsupported record type: {tokens[0].text}")
        if ttl >= 0:
            self.last_ttl = ttl
        else:
            ttl = self.ttl if self.ttl >= 0 else self.last_ttl     # RFC 2308, else RFC 1035's last one
        if ttl < 0:
            raise self.error("no TTL for this record and no $TTL or TTL before it")
        return Record(self.owner, rtype, rclass, ttl, self.rdata(rtype, tokens[1:]))

    def parse(self, text: str) -> Zone:
        for entry in tokenize(text, self.filename):
            self.line = entry.line
            if entry.tokens[0].text.startswith("$") and not entry.blank_owner:
                self.directive(entry)
                continue
            rr = self.record(entry)
            if self.zone is None:
                if rr.rtype != rdata.SOA:
                    raise self.error("the first record must be the zone's SOA")
                self.zone = Zone(rr.name)
            if not is_subdomain(rr.name, self.zone.origin):
                raise self.error(f"{rr.name} is outside the zone {self.zone.origin}")
            why = self.zone.add(rr)
            if why:
                raise self.error(why)
        if self.zone is None:
            raise ZoneError(f"{self.filename}: no SOA record")
        if not self.zone.rrset(self.zone.origin, rdata.NS):
            raise ZoneError(f"{self.filename}: no NS record at the origin {self.zone.origin}")
        return self.zone


def parse_zone(text: str, filename: str = "zone", origin: str = "") -> Zone:
    """The zone in a master file's text; origin: the one to start from,
    when the file has no $ORIGIN before its first relative name."""
    return Parser(filename, canonical(origin) if origin else "").parse(text)

