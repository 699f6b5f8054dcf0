"""`base64` for compiled programs (under CPython its own runs): base64
(standard, URL-safe, other altchars, validate), base32, base32hex, base16
base85 and Ascii85 (with its options foldspaces, wrapcol, pad, adobe,
ignorechars), over binascii, with CPython's errors.  The file functions
(encode, decode) are not here."""

from __future__ import annotations

import binascii


def _bytes_from_decode_data(s: str | bytes | bytearray) -> bytes:
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    return _copy(s)


def _copy(s: bytes | bytearray) -> bytes:
    return bytes(s) if isinstance(s, bytearray) else s


def _swap(s: bytes, a: bytes, b: bytes) -> bytes:
    """s with each byte of a replaced by the byte of b at the same place."""
    out = bytearray(s)
    for i in range(len(out)):
        c = out[i]
        for k in range(len(a)):
            if c == a[k]:
                out[i] = b[k]
                break
    return bytes(out)


def b64encode(s: bytes | bytearray, altchars: bytes | bytearray | None = None) -> bytes:
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        alt = _copy(altchars)
        assert len(alt) == 2, repr(altchars)
        return _swap(encoded, b"+/", alt)
    return encoded


def b64decode(s: str | bytes | bytearray, altchars: str | bytes | bytearray | None = None,
              validate: bool = False) -> bytes:
    data = _bytes_from_decode_data(s)
    if altchars is not None:
        alt = _bytes_from_decode_data(altchars)
        assert len(alt) == 2, repr(alt)
        data = _swap(data, alt, b"+/")
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s: bytes | bytearray) -> bytes:
    return b64encode(s)


def standard_b64decode(s: str | bytes | bytearray) -> bytes:
    return b64decode(s)


def urlsafe_b64encode(s: bytes | bytearray) -> bytes:
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s: str | bytes | bytearray) -> bytes:
    return b64decode(_swap(_bytes_from_decode_data(s), b"-_", b"+/"))


_b32alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_b32hexalphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet: bytes, s: bytes | bytearray) -> bytes:
    data = _copy(s)
    leftover = len(data) % 5
    if leftover:
        data = data + b"\0" * (5 - leftover)
    out = bytearray()
    for i in range(0, len(data), 5):
        c = int.from_bytes(data[i:i + 5], "big")
        for shift in range(35, -5, -5):
            out.append(alphabet[(c >> shift) & 31])
    pad = [0, 6, 4, 3, 1][leftover]
    if pad:
        out[len(out) - pad:] = b"=" * pad
    return bytes(out)


def _b32decode(alphabet: bytes, s: str | bytes | bytearray, casefold: bool = False,
               map01: str | bytes | bytearray | None = None) -> bytes:
    rev = [-1] * 256
    for k in range(32):
        rev[alphabet[k]] = k
    data = _bytes_from_decode_data(s)
    if len(data) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        m = _bytes_from_decode_data(map01)
        assert len(m) == 1, repr(m)
        data = _swap(data, b"01", b"O" + m)
    if casefold:
        data = data.upper()
    n = len(data)
    data = data.rstrip(b"=")
    padchars = n - len(data)
    decoded = bytearray()
    acc = 0
    for i in range(0, len(data), 8):
        acc = 0
        for c in data[i:i + 8]:
            v = rev[c]
            if v < 0:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, "big")
    if n % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and decoded:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, "big")
        leftover = (43 - 5 * padchars) // 8
        decoded[len(decoded) - 5:] = last[:leftover]
    return bytes(decoded)


def b32encode(s: bytes | bytearray) -> bytes:
    return _b32encode(_b32alphabet, s)


def b32decode(s: str | bytes | bytearray, casefold: bool = False,
              map01: str | bytes | bytearray | None = None) -> bytes:
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s: bytes | bytearray) -> bytes:
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s: str | bytes | bytearray, casefold: bool = False) -> bytes:
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s: bytes | bytearray) -> bytes:
    return binascii.hexlify(s).upper()


def b16decode(s: str | bytes | bytearray, casefold: bool = False) -> bytes:
    data = _bytes_from_decode_data(s)
    if casefold:
        data = data.upper()
    for c in data:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(data)


_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _words85(b: bytes | bytearray) -> tuple[list[int], int]:
    """The big-endian 32-bit words of b zero-padded to a multiple of 4 bytes,
    and the number of padding bytes (base85 and Ascii85 encode these)."""
    data = _copy(b)
    padding = (-len(data)) % 4
    if padding:
        data = data + b"\0" * padding
    return [int.from_bytes(data[i:i + 4], "big") for i in range(0, len(data), 4)], padding


def b85encode(b: bytes | bytearray, pad: bool = False) -> bytes:
    words, padding = _words85(b)
    out = bytearray()
    for word in words:
        for div in (52200625, 614125, 7225, 85, 1):
            out.append(_b85alphabet[word // div % 85])
    if padding and not pad:
        return bytes(out[:len(out) - padding])
    return bytes(out)


def b85decode(b: str | bytes | bytearray) -> bytes:
    dec = [-1] * 256
    for k in range(85):
        dec[_b85alphabet[k]] = k
    data = _bytes_from_decode_data(b)
    padding = (-len(data)) % 5
    data = data + b"~" * padding
    out = bytearray()
    for i in range(0, len(data), 5):
        acc = 0
        for j in range(5):
            v = dec[data[i + j]]
            if v < 0:
                raise ValueError(f"bad base85 character at position {i + j}")
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError(f"base85 overflow in hunk starting at byte {i}")
        out += acc.to_bytes(4, "big")
    if padding:
        return bytes(out[:len(out) - padding])
    return bytes(out)


def a85encode(b: bytes | bytearray, *, foldspaces: bool = False, wrapcol: int = 0, pad: bool = False,
              adobe: bool = False) -> bytes:
    """Ascii85: each 4 bytes (the last zero-padded) as 5 digits from '!',
    a word of zeros as 'z' (and of spaces as 'y' with foldspaces); without
    pad, the digits of the padding are left out."""
    words, padding = _words85(b)
    out = bytearray()
    for i, word in enumerate(words):
        last = i == len(words) - 1
        if word == 0 and (pad or not (last and padding)):
            out.append(0x7A)   # z
        elif word == 0x20202020 and foldspaces:
            out.append(0x79)   # y
        else:
            for div in (52200625, 614125, 7225, 85, 1):
                out.append(33 + word // div % 85)
    if padding and not pad:
        del out[len(out) - padding:]
    if adobe:
        out[0:0] = b"<~"
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [bytes(out[i:i + width]) for i in range(0, len(out), width)]
        if adobe and len(lines[len(lines) - 1]) + 2 > width:
            lines.append(b"")
        out = bytearray(b"\n".join(lines))
    if adobe:
        out += b"~>"
    return bytes(out)


def a85decode(b: str | bytes | bytearray, *, foldspaces: bool = False, adobe: bool = False,
              ignorechars: bytes | bytearray = b" \t\n\r\x0b") -> bytes:
    data = _bytes_from_decode_data(b)
    ignored = _copy(ignorechars)
    if adobe:
        if not data.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        data = data[2:len(data) - 2] if data.startswith(b"<~") else data[:len(data) - 2]
    out = bytearray()
    group = 0    # the digits of the 5-tuple read so far
    acc = 0
    for c in data:
        if 0x21 <= c <= 0x75:
            acc = acc * 85 + c - 33
            group += 1
            if group == 5:
                _a85_word(out, acc)
                group = 0
                acc = 0
        elif c == 0x7A or c == 0x79 and foldspaces:
            if group:
                raise ValueError(f"{chr(c)} inside Ascii85 5-tuple")
            out += b"\0\0\0\0" if c == 0x7A else b"    "
        elif c not in ignored:
            raise ValueError(f"Non-Ascii85 digit found: {chr(c)}")
    if group:   # a last partial tuple: padded with 'u', its bytes past the padding dropped
        for _ in range(5 - group):
            acc = acc * 85 + 84
        _a85_word(out, acc)
        del out[len(out) - (5 - group):]
    return bytes(out)


def _a85_word(out: bytearray, acc: int) -> None:
    if acc > 0xFFFFFFFF:
        raise ValueError("Ascii85 overflow")
    out += acc.to_bytes(4, "big")
