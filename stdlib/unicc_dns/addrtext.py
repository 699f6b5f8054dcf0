"""IPv4 and IPv6 addresses as text and as bytes, for A and AAAA records:
what dig prints (RFC 5952: lowercase, no leading zeros, the longest run of
two or more zero groups as `::`, an IPv4-mapped address's last 32 bits
dotted).  Smaller than the ipaddress module, and the same text whatever
CPython's version."""

from __future__ import annotations


def parse_ipv4(text: str) -> bytes:
    parts = text.split(".")
    if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 and int(p) <= 255 for p in parts):
        raise ValueError(f"not an IPv4 address: {text}")
    return bytes(int(p) for p in parts)


def groups(text: str) -> list[int]:
    """The 16-bit groups of one side of `::` ([] for an empty side)."""
    if not text:
        return []
    out: list[int] = []
    parts = text.split(":")
    for i, part in enumerate(parts):
        if "." in part and i == len(parts) - 1:
            v4 = parse_ipv4(part)
            out.extend([(v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]])
        elif 1 <= len(part) <= 4 and all(c in "0123456789abcdefABCDEF" for c in part):
            out.append(int(part, 16))
        else:
            raise ValueError(f"not an IPv6 address: {text}")
    return out


def parse_ipv6(text: str) -> bytes:
    head, gap, tail = text.partition("::")
    try:
        left, right = groups(head), groups(tail)
    except ValueError:
        raise ValueError(f"not an IPv6 address: {text}") from None
    missing = 8 - len(left) - len(right)
    if "::" in tail or (missing < 1 if gap else missing != 0):
        raise ValueError(f"not an IPv6 address: {text}")
    return b"".join(bytes((g >> 8, g & 0xFF)) for g in left + [0] * missing + right)


def format_ip(packed: bytes) -> str:
    if len(packed) == 4:
        return ".".join(str(b) for b in packed)
    if packed[:12] == bytes(10) + b"\xff\xff":
        return "::ffff:" + format_ip(packed[12:])
    words = [(packed[i] << 8) | packed[i + 1] for i in range(0, 16, 2)]
    best, best_len, i = -1, 1, 0
    while i < 8:
        j = i
        while j < 8 and words[j] == 0:
            j += 1
        if j - i > best_len:
            best, best_len = i, j - i
        i = max(j, i + 1)
    text = [f"{w:x}" for w in words]
    if best < 0:
        return ":".join(text)
    return ":".join(text[:best]) + "::" + ":".join(text[best + best_len:])
