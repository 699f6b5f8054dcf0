"""The DNS wire format (RFC 1035 section 4): names, compression, integers.

A name is kept as its presentation text, absolute with the trailing dot
("www.example.com.", the root is "."): a label's bytes other than letters,
digits and the printable ASCII without a meaning in master files are
escaped as `\\DDD` (decimal), so a name read off the wire always prints
back and converts to the same labels.  `name_key` is the form names are
compared by (ASCII case folded, RFC 4343).
"""

from __future__ import annotations

MAX_NAME = 255          # wire octets, the root's zero included
MAX_LABEL = 63
SPECIAL = b'.;\\"()@$'


class DnsFormatError(Exception):
    """A message that does not follow the format: answered with FORMERR, or dropped."""


def escape_label(label: bytes) -> str:
    out: list[str] = []
    for b in label:
        if b in SPECIAL:
            out.append("\\" + chr(b))
        elif 0x21 <= b <= 0x7E:
            out.append(chr(b))
        else:
            out.append("\\%03d" % b)
    return "".join(out)


def labels_name(labels: list[bytes]) -> str:
    return "".join(escape_label(label) + "." for label in labels) or "."


def name_labels(name: str) -> list[bytes]:
    """The labels of an absolute name's text (ValueError if it is not one)."""
    if name == ".":
        return []
    if "\\" not in name:              # the usual case: no escapes, split at the dots
        if not name.endswith("."):
            raise ValueError(f"not an absolute name: {name}")
        plain = [part.encode("latin-1") for part in name[:-1].split(".")]
        if not all(0 < len(label) <= MAX_LABEL for label in plain):
            raise ValueError(f"empty or overlong label in {name}")
        if len(name) + 1 > MAX_NAME:
            raise ValueError(f"name too long: {name}")
        return plain
    if not name.endswith(".") or name.endswith("\\.") and not name.endswith("\\\\."):
        raise ValueError(f"not an absolute name: {name}")
    labels: list[bytes] = []
    label = bytearray()
    i = 0
    while i < len(name):
        c = name[i]
        if c == "\\":
            if name[i + 1:i + 4].isdigit() and len(name[i + 1:i + 4]) == 3:
                value = int(name[i + 1:i + 4])
                if value > 255:
                    raise ValueError(f"bad escape in {name}")
                label.append(value)
                i += 4
                continue
            if i + 1 >= len(name):
                raise ValueError(f"bad escape in {name}")
            label.extend(name[i + 1].encode("latin-1"))
            i += 2
            continue
        if c == ".":
            if not label or len(label) > MAX_LABEL:
                raise ValueError(f"empty or overlong label in {name}")
            labels.append(bytes(label))
            label = bytearray()
        else:
            label.extend(c.encode("latin-1"))
        i += 1
    if sum(len(label) + 1 for label in labels) + 1 > MAX_NAME:
        raise ValueError(f"name too long: {name}")
    return labels


def canonical(name: str) -> str:
    """The same name as labels_name would print it."""
    return labels_name(name_labels(name))


def name_key(name: str) -> str:
    return name.lower()


def is_subdomain(name: str, origin: str) -> bool:
    """name is origin or below it (both canonical)."""
    if origin == ".":
        return True
    cut = len(name) - len(origin)
    if cut < 0:
        return False
    tail = name[cut:]
    if tail != origin and name_key(tail) != name_key(origin):
        return False
    return cut == 0 or name[cut - 1] == "." and (cut < 2 or name[cut - 2] != "\\")


def parent(name: str) -> str:
    """The name without its first label (the root's parent is the root)."""
    labels = name_labels(name)
    return labels_name(labels[1:])


class Reader:
    """Reads a message from the front, checking every length against its end."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def need(self, n: int) -> None:
        if self.pos + n > len(self.data):
            raise DnsFormatError("message truncated")

    def u8(self) -> int:
        self.need(1)
        self.pos += 1
        return self.data[self.pos - 1]

    def u16(self) -> int:
        self.need(2)
        self.pos += 2
        return (self.data[self.pos - 2] << 8) | self.data[self.pos - 1]

    def u32(self) -> int:
        return (self.u16() << 16) | self.u16()

    def take(self, n: int) -> bytes:
        self.need(n)
        self.pos += n
        return self.data[self.pos - n:self.pos]

    def name(self) -> str:
        """A name, following compression pointers.  A pointer must point
        before the labels that led to it, so each jump goes strictly
        backwards and no loop can form."""
        data = self.data
        labels: list[bytes] = []
        pos = self.pos
        limit = pos
        after = -1
        size = 1
        while True:
            if pos >= len(data):
                raise DnsFormatError("name runs past the end of the message")
            n = data[pos]
            if n >= 0xC0:
                if pos + 1 >= len(data):
                    raise DnsFormatError("compression pointer runs past the end")
                target = ((n & 0x3F) << 8) | data[pos + 1]
                if target >= limit:
                    raise DnsFormatError("compression pointer does not point backwards")
                if after < 0:
                    after = pos + 2
                pos = limit = target
                continue
            if n > MAX_LABEL:
                raise DnsFormatError("unknown label type")
            if n == 0:
                break
            if pos + 1 + n > len(data):
                raise DnsFormatError("label runs past the end of the message")
            size += n + 1
            if size > MAX_NAME:
                raise DnsFormatError("name longer than 255 octets")
            labels.append(data[pos + 1:pos + 1 + n])
            pos += n + 1
        self.pos = after if after >= 0 else pos + 1
        return labels_name(labels)


class Writer:
    """Builds a message; names are compressed against the ones written before."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.offsets: dict[bytes, int] = {}      # each suffix written, case folded (wire form)
        self.written: dict[str, int] = {}        # each whole name written, as its text

    def u8(self, v: int) -> None:
        self.out.append(v & 0xFF)

    def u16(self, v: int) -> None:
        self.out.append((v >> 8) & 0xFF)
        self.out.append(v & 0xFF)

    def u32(self, v: int) -> None:
        self.u16(v >> 16)
        self.u16(v)

    def put(self, data: bytes) -> None:
        self.out.extend(data)

    def name(self, name: str, compress: bool = True) -> None:
        again = self.written.get(name, -1) if compress else -1
        if again >= 0:                  # the same text written before: the pointer the loop would find
            self.u16(0xC000 | again)
            return
        labels = name_labels(name)
        keys = [b""] * len(labels)      # each suffix's wire form, case folded
        suffix = b""
        for i in range(len(labels) - 1, -1, -1):
            suffix = bytes((len(labels[i]),)) + labels[i].lower() + suffix
            keys[i] = suffix
        for i, label in enumerate(labels):
            known = self.offsets.get(keys[i], -1) if compress else -1
            if known >= 0:
                self.u16(0xC000 | known)
                break
            if compress and len(self.out) < 0x4000:       # an uncompressed name is no target either, as in NSD
                self.offsets.setdefault(keys[i], len(self.out))
            self.u8(len(label))
            self.put(label)
        else:
            self.u8(0)
        if compress and labels and keys[0] in self.offsets:
            self.written[name] = self.offsets[keys[0]]

    def patch_u16(self, at: int, v: int) -> None:
        self.out[at] = (v >> 8) & 0xFF
        self.out[at + 1] = v & 0xFF
