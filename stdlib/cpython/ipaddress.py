"""CPython's `ipaddress` module for compiled programs (under CPython its own
runs): IPv4Address, IPv6Address, IPv4Network, IPv6Network and the
ip_address / ip_network factories, with CPython's parsing rules, text forms
(RFC 5952 compression), properties and error messages.

unicc's int is 64-bit, so an address is kept as four 32-bit words (an IPv4
address in the last one): every operation works on the words, and only
`int(addr)` and `num_addresses` of IPv6 values at or above 2**63 raise
OverflowError where CPython gives a big int.  An IPv6Address is made from a
str, bytes or an int below 2**63.  The Interface classes (an address with
its network), ip_interface, collapse_addresses and summarize_address_range
are here; address_exclude is not (mypy reports it).
"""

from __future__ import annotations

from typing import Generic, Iterable, Iterator, TypeVar, Union, overload

IPV4LENGTH = 32
IPV6LENGTH = 128

_M32 = 0xFFFFFFFF
_Words = tuple[int, int, int, int]
_ZERO: _Words = (0, 0, 0, 0)


class AddressValueError(ValueError):
    """A value error related to the address."""


class NetmaskValueError(ValueError):
    """A value error related to the netmask."""


# ---- 128-bit values as four 32-bit words, most significant first ----------

def _from_int(n: int) -> _Words:
    return (0, 0, (n >> 32) & _M32, n & _M32)


def _to_int(w: _Words) -> int:
    return ((w[0] * 4294967296 + w[1]) * 4294967296 + w[2]) * 4294967296 + w[3]


def _decimal(words: list[int]) -> str:
    """The decimal digits of a non-negative number of any size given as
    32-bit words (for messages about values beyond int's range)."""
    words = list(words)
    chunks: list[str] = []
    while any(words):
        rem = 0
        for i, x in enumerate(words):
            cur = rem * 4294967296 + x
            words[i] = cur // 1000000000
            rem = cur % 1000000000
        chunks.append(str(rem))
    if not chunks:
        return "0"
    out = chunks[-1]
    for c in reversed(chunks[:-1]):
        out += c.zfill(9)
    return out


def _add(w: _Words, n: int) -> tuple[_Words, int]:
    """w + n and whether it left 0 .. 2**128 - 1 (1: above, -1: below)."""
    top = 0 if n >= 0 else _M32
    add = (top, top, (n >> 32) & _M32, n & _M32)
    out = [0, 0, 0, 0]
    carry = 0
    for i in range(3, -1, -1):
        s = w[i] + add[i] + carry
        out[i] = s & _M32
        carry = s >> 32
    r = (out[0], out[1], out[2], out[3])
    if n >= 0 and carry:
        return r, 1
    if n < 0 and not carry:
        return r, -1
    return r, 0


def _and(a: _Words, b: _Words) -> _Words:
    return (a[0] & b[0], a[1] & b[1], a[2] & b[2], a[3] & b[3])


def _or(a: _Words, b: _Words) -> _Words:
    return (a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3])


def _xor(a: _Words, b: _Words) -> _Words:
    return (a[0] ^ b[0], a[1] ^ b[1], a[2] ^ b[2], a[3] ^ b[3])


def _prefix_mask(bits: int, prefixlen: int) -> _Words:
    """The netmask of `prefixlen` in a `bits`-bit address (32 or 128)."""
    start = 128 - bits
    out = [0, 0, 0, 0]
    for i in range(4):
        first = 32 * i - start      # the word's top bit, counted within the address
        if first < 0:
            continue
        n = min(max(prefixlen - first, 0), 32)
        out[i] = (0xFFFFFFFF << (32 - n)) & 0xFFFFFFFF
    return (out[0], out[1], out[2], out[3])


def _all_ones(bits: int) -> _Words:
    return _prefix_mask(bits, bits)


def _prefix_from_words(bits: int, w: _Words) -> int:
    """The prefix length of netmask w, or -1 when it mixes zeroes and ones."""
    for p in range(bits + 1):
        if _prefix_mask(bits, p) == w:
            return p
    return -1


def _words_from_bytes(b: bytes) -> _Words:
    if len(b) == 4:
        return (0, 0, 0, int.from_bytes(b, "big"))
    return (int.from_bytes(b[0:4], "big"), int.from_bytes(b[4:8], "big"),
            int.from_bytes(b[8:12], "big"), int.from_bytes(b[12:16], "big"))


# ---- text forms ---------------------------------------------------------------

def _parse_octet(octet: str) -> int:
    if not octet:
        raise ValueError("Empty octet not permitted")
    if not (octet.isascii() and octet.isdigit()):
        raise ValueError(f"Only decimal digits permitted in {octet!r}")
    if len(octet) > 3:
        raise ValueError(f"At most 3 characters permitted in {octet!r}")
    if octet != "0" and octet[0] == "0":
        raise ValueError(f"Leading zeros are not permitted in {octet!r}")
    n = int(octet, 10)
    if n > 255:
        raise ValueError(f"Octet {n} (> 255) not permitted")
    return n


def _v4_from_string(s: str) -> int:
    if not s:
        raise AddressValueError("Address cannot be empty")
    octets = s.split(".")
    if len(octets) != 4:
        raise AddressValueError(f"Expected 4 octets in {s!r}")
    n = 0
    try:
        for o in octets:
            n = n * 256 + _parse_octet(o)
    except ValueError as exc:
        raise AddressValueError(f"{exc} in {s!r}") from None
    return n


_HEX_DIGITS = "0123456789ABCDEFabcdef"


def _parse_hextet(h: str) -> int:
    for c in h:
        if c not in _HEX_DIGITS:
            raise ValueError(f"Only hex digits permitted in {h!r}")
    if len(h) > 4:
        raise ValueError(f"At most 4 characters permitted in {h!r}")
    return int(h, 16)


def _v6_from_string(s: str) -> _Words:
    if not s:
        raise AddressValueError("Address cannot be empty")
    parts = s.split(":")
    if len(parts) < 3:
        raise AddressValueError(f"At least 3 parts expected in {s!r}")
    if "." in parts[-1]:
        try:
            v4 = IPv4Address(parts.pop())._w[3]
        except AddressValueError as exc:
            raise AddressValueError(f"{exc} in {s!r}") from None
        parts.append(format(v4 >> 16, "x"))
        parts.append(format(v4 & 0xFFFF, "x"))
    if len(parts) > 9:
        raise AddressValueError(f"At most 8 colons permitted in {s!r}")
    skip = -1
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if skip >= 0:
                raise AddressValueError(f"At most one '::' permitted in {s!r}")
            skip = i
    if skip >= 0:
        parts_hi = skip
        parts_lo = len(parts) - skip - 1
        if not parts[0]:
            parts_hi -= 1
            if parts_hi:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {s!r}")
        if not parts[-1]:
            parts_lo -= 1
            if parts_lo:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {s!r}")
        skipped = 8 - (parts_hi + parts_lo)
        if skipped < 1:
            raise AddressValueError(f"Expected at most 7 other parts with '::' in {s!r}")
    else:
        if len(parts) != 8:
            raise AddressValueError(f"Exactly 8 parts expected without '::' in {s!r}")
        if not parts[0]:
            raise AddressValueError(f"Leading ':' only permitted as part of '::' in {s!r}")
        if not parts[-1]:
            raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {s!r}")
        parts_hi = len(parts)
        parts_lo = 0
        skipped = 0
    hextets: list[int] = []
    try:
        for i in range(parts_hi):
            hextets.append(_parse_hextet(parts[i]))
        hextets.extend([0] * skipped)
        for i in range(len(parts) - parts_lo, len(parts)):
            hextets.append(_parse_hextet(parts[i]))
    except ValueError as exc:
        raise AddressValueError(f"{exc} in {s!r}") from None
    return ((hextets[0] << 16) | hextets[1], (hextets[2] << 16) | hextets[3],
            (hextets[4] << 16) | hextets[5], (hextets[6] << 16) | hextets[7])


def _hextets(w: _Words) -> list[int]:
    out: list[int] = []
    for x in w:
        out.append(x >> 16)
        out.append(x & 0xFFFF)
    return out


def _v6_string(w: _Words) -> str:
    """RFC 5952: lowercase, no leading zeros, the longest run of two or more
    zero hextets (the first of equals) as '::'."""
    hextets = [format(h, "x") for h in _hextets(w)]
    best_start, best_len = -1, 0
    start, length = -1, 0
    for i, h in enumerate(hextets):
        if h == "0":
            length += 1
            if start == -1:
                start = i
            if length > best_len:
                best_len = length
                best_start = start
        else:
            length = 0
            start = -1
    if best_len > 1:
        end = best_start + best_len
        if end == len(hextets):
            hextets.append("")
        hextets[best_start:end] = [""]
        if best_start == 0:
            hextets.insert(0, "")
    return ":".join(hextets)


def _v4_string(n: int) -> str:
    return f"{n >> 24}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


def _check_int(n: int, version: int) -> None:
    if n < 0:
        raise AddressValueError(f"{n} (< 0) is not permitted as an IPv{version} address")
    if version == 4 and n > _M32:
        raise AddressValueError(f"{n} (>= 2**32) is not permitted as an IPv4 address")


def _check_packed(b: bytes, expected: int, version: int) -> None:
    if len(b) != expected:
        raise AddressValueError(f"{b!r} (len {len(b)} != {expected}) is not permitted as an IPv{version} address")


# ---- addresses ----------------------------------------------------------------

class _BaseAddress:
    """An address: its value as words and what both versions share."""
    _w: _Words
    _version = 0
    _max_prefixlen = 0
    _iface_prefixlen = -1   # an interface's prefix length: not equal to the bare address

    @property
    def version(self) -> int:
        return self._version

    @property
    def max_prefixlen(self) -> int:
        return self._max_prefixlen

    @property
    def compressed(self) -> str:
        return str(self)

    def __int__(self) -> int:
        return _to_int(self._w)

    def _key(self) -> _Words:
        return self._w

    def __hash__(self) -> int:
        return hash(self._w)

    def _added(self, n: int) -> _Words:
        w, out = _add(self._w, n)
        if out < 0:
            _check_int(_to_int(self._w) + n, self._version)
        if out > 0 or (self._version == 4 and (w[0] or w[1] or w[2])):
            if self._version == 4:
                _check_int(_to_int(self._w) + n, 4)
            raise AddressValueError(f"{_decimal([1, w[0], w[1], w[2], w[3]])} (>= 2**128) "
                                    "is not permitted as an IPv6 address")
        return w

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class IPv4Address(_BaseAddress):
    _version = 4
    _max_prefixlen = IPV4LENGTH

    def __init__(self, address: str | int | bytes) -> None:
        if isinstance(address, int):
            _check_int(address, 4)
            self._w = (0, 0, 0, address)
        elif isinstance(address, bytes):
            _check_packed(address, 4, 4)
            self._w = _words_from_bytes(address)
        else:
            if "/" in address:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._w = (0, 0, 0, _v4_from_string(address))

    def __str__(self) -> str:
        return _v4_string(self._w[3])

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, IPv4Address) and self._w == other._w
                and self._iface_prefixlen == other._iface_prefixlen)

    def __hash__(self) -> int:
        return hash(self._w)

    def __lt__(self, other: IPv4Address) -> bool:
        return self._w < other._w

    def __le__(self, other: IPv4Address) -> bool:
        return self._w <= other._w

    def __gt__(self, other: IPv4Address) -> bool:
        return self._w > other._w

    def __ge__(self, other: IPv4Address) -> bool:
        return self._w >= other._w

    def __add__(self, other: int) -> IPv4Address:
        return IPv4Address(self._added(other)[3])

    def __sub__(self, other: int) -> IPv4Address:
        return IPv4Address(self._added(-other)[3])

    @property
    def packed(self) -> bytes:
        return self._w[3].to_bytes(4, "big")

    @property
    def exploded(self) -> str:
        return str(self)

    @property
    def reverse_pointer(self) -> str:
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"

    @property
    def is_private(self) -> bool:
        return any(self in net for net in _v4_private())

    @property
    def is_global(self) -> bool:
        return self not in _V4_SHARED and not self.is_private

    @property
    def is_multicast(self) -> bool:
        return self in _V4_MULTICAST

    @property
    def is_reserved(self) -> bool:
        return self in _V4_RESERVED

    @property
    def is_unspecified(self) -> bool:
        return self._w[3] == 0

    @property
    def is_loopback(self) -> bool:
        return self in _V4_LOOPBACK

    @property
    def is_link_local(self) -> bool:
        return self in _V4_LINK_LOCAL


class IPv6Address(_BaseAddress):
    _version = 6
    _max_prefixlen = IPV6LENGTH

    def __init__(self, address: str | int | bytes) -> None:
        self._scope_id: str | None = None
        if isinstance(address, int):
            _check_int(address, 6)
            self._w = _from_int(address)
        elif isinstance(address, bytes):
            _check_packed(address, 16, 6)
            self._w = _words_from_bytes(address)
        else:
            if "/" in address:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            addr, sep, scope = address.partition("%")
            if sep:
                if not scope or "%" in scope:
                    raise AddressValueError(f'Invalid IPv6 address: "{address!r}"')
                self._scope_id = scope
            self._w = _v6_from_string(addr)

    @classmethod
    def _of(cls, w: _Words) -> IPv6Address:
        a = IPv6Address(0)
        a._w = w
        return a

    def __str__(self) -> str:
        text = _v6_string(self._w)
        return text + "%" + self._scope_id if self._scope_id else text

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, IPv6Address) and self._w == other._w and self._scope_id == other._scope_id
                and self._iface_prefixlen == other._iface_prefixlen)

    def __hash__(self) -> int:
        return hash((self._w, self._scope_id))

    def __lt__(self, other: IPv6Address) -> bool:
        return self._w < other._w

    def __le__(self, other: IPv6Address) -> bool:
        return self._w < other._w or self == other

    def __gt__(self, other: IPv6Address) -> bool:
        return self._w > other._w

    def __ge__(self, other: IPv6Address) -> bool:
        return self._w > other._w or self == other

    def __add__(self, other: int) -> IPv6Address:
        return IPv6Address._of(self._added(other))

    def __sub__(self, other: int) -> IPv6Address:
        return IPv6Address._of(self._added(-other))

    @property
    def scope_id(self) -> str | None:
        return self._scope_id

    @property
    def packed(self) -> bytes:
        return b"".join(x.to_bytes(4, "big") for x in self._w)

    @property
    def exploded(self) -> str:
        if self._scope_id:
            _v6_from_string(str(self))    # CPython parses its own text: the scope fails
        return ":".join(format(h, "04x") for h in _hextets(self._w))

    @property
    def reverse_pointer(self) -> str:
        return ".".join(self.exploded[::-1].replace(":", "")) + ".ip6.arpa"

    @property
    def is_multicast(self) -> bool:
        return self in _V6_MULTICAST

    @property
    def is_reserved(self) -> bool:
        return any(self in net for net in _v6_reserved())

    @property
    def is_link_local(self) -> bool:
        return self in _V6_LINK_LOCAL

    @property
    def is_site_local(self) -> bool:
        return self in _V6_SITE_LOCAL

    @property
    def is_private(self) -> bool:
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in _v6_private())

    @property
    def is_global(self) -> bool:
        return not self.is_private

    @property
    def is_unspecified(self) -> bool:
        return self._w == _ZERO

    @property
    def is_loopback(self) -> bool:
        return self._w == (0, 0, 0, 1)

    @property
    def ipv4_mapped(self) -> IPv4Address | None:
        w = self._w
        if w[0] != 0 or w[1] != 0 or w[2] != 0xFFFF:
            return None
        return IPv4Address(w[3])

    @property
    def teredo(self) -> tuple[IPv4Address, IPv4Address] | None:
        w = self._w
        if w[0] != 0x20010000:
            return None
        return IPv4Address(w[1]), IPv4Address(~w[3] & _M32)

    @property
    def sixtofour(self) -> IPv4Address | None:
        w = self._w
        if w[0] >> 16 != 0x2002:
            return None
        return IPv4Address(((w[0] & 0xFFFF) << 16) | (w[1] >> 16))


# ---- networks -----------------------------------------------------------------

A = TypeVar("A")
N = TypeVar("N")
_RawAddress = Union[str, int, bytes]
_RawNetwork = Union[str, int, bytes, tuple[Union[str, int, bytes], Union[int, str]]]


class _BaseNetwork(Generic[A, N]):
    """What both network classes share, over the words of the network
    address (_nw) and the prefix length; the subclasses make the addresses
    and networks of their own version."""
    _nw: _Words
    _prefixlen: int
    _version = 0
    _max_prefixlen = 0

    def _address(self, w: _Words) -> A:
        raise NotImplementedError

    def _network(self, w: _Words, prefixlen: int) -> N:
        raise NotImplementedError

    def _split(self, address: _RawNetwork) -> tuple[_RawAddress, int | str]:
        """The address as given and the mask (the address is checked first,
        then the mask: _make_prefix)."""
        bits = self._max_prefixlen
        if isinstance(address, (bytes, int)):
            addr: _RawAddress = address
            mask: int | str = bits
        elif isinstance(address, tuple):
            addr, mask = address
        else:
            parts = address.split("/")
            if len(parts) > 2:
                raise AddressValueError(f"Only one '/' permitted in {address!r}")
            addr = parts[0]
            mask = parts[1] if len(parts) > 1 else bits
        return addr, mask

    def _make_prefix(self, arg: int | str) -> int:
        bits = self._max_prefixlen
        if isinstance(arg, int):
            if not 0 <= arg <= bits:
                raise NetmaskValueError(f"{arg!r} is not a valid netmask")
            return arg
        if arg.isascii() and arg.isdigit() and 0 <= int(arg) <= bits:
            return int(arg)
        if self._version == 6:
            raise NetmaskValueError(f"{arg!r} is not a valid netmask")
        try:
            w = (0, 0, 0, _v4_from_string(arg))
        except AddressValueError:
            raise NetmaskValueError(f"{arg!r} is not a valid netmask") from None
        p = _prefix_from_words(bits, w)
        if p < 0:
            p = _prefix_from_words(bits, _xor(w, _all_ones(bits)))
        if p < 0:
            raise NetmaskValueError(f"{arg!r} is not a valid netmask")
        return p

    def _finish(self, w: _Words, strict: bool, text: str) -> None:
        """Check or clear the host bits of the network address w."""
        masked = _and(w, _prefix_mask(self._max_prefixlen, self._prefixlen))
        if masked != w and strict:
            raise ValueError(f"{text}/{self._prefixlen} has host bits set")
        self._nw = masked

    @property
    def version(self) -> int:
        return self._version

    @property
    def max_prefixlen(self) -> int:
        return self._max_prefixlen

    @property
    def prefixlen(self) -> int:
        return self._prefixlen

    def _mask(self) -> _Words:
        return _prefix_mask(self._max_prefixlen, self._prefixlen)

    def _bw(self) -> _Words:
        return _or(self._nw, _xor(self._mask(), _all_ones(self._max_prefixlen)))

    @property
    def netmask(self) -> A:
        return self._address(self._mask())

    @property
    def hostmask(self) -> A:
        return self._address(_xor(self._mask(), _all_ones(self._max_prefixlen)))

    @property
    def broadcast_address(self) -> A:
        return self._address(self._bw())

    @property
    def num_addresses(self) -> int:
        return 1 << (self._max_prefixlen - self._prefixlen)

    def _text(self) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return f"{self._text()}/{self._prefixlen}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    @property
    def with_prefixlen(self) -> str:
        return str(self)

    @property
    def with_netmask(self) -> str:
        return f"{self._text()}/{self.netmask}"

    @property
    def with_hostmask(self) -> str:
        return f"{self._text()}/{self.hostmask}"

    @property
    def compressed(self) -> str:
        return str(self)

    def __hash__(self) -> int:
        return hash((self._nw, self._prefixlen))

    def _range(self, first: _Words, last: _Words) -> Iterator[A]:
        w = first
        while w <= last:
            yield self._address(w)
            if w == last:
                return
            w = _add(w, 1)[0]

    def __iter__(self) -> Iterator[A]:
        return self._range(self._nw, self._bw())

    def __getitem__(self, n: int) -> A:
        if n >= 0:
            w, out = _add(self._nw, n)
            if out or w > self._bw():
                raise IndexError("address out of range")
        else:
            w, out = _add(self._bw(), n + 1)
            if out or w < self._nw:
                raise IndexError("address out of range")
        return self._address(w)

    def _holds(self, w: _Words) -> bool:
        return _and(w, self._mask()) == self._nw

    def subnets(self, prefixlen_diff: int = 1, new_prefix: int | None = None) -> Iterator[N]:
        if self._prefixlen == self._max_prefixlen:
            yield self._network(self._nw, self._prefixlen)
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new = self._prefixlen + prefixlen_diff
        if new > self._max_prefixlen:
            raise ValueError(f"prefix length diff {new} is invalid for netblock {self}")
        # the step 2**(max - new) as words: the host mask of `new`, plus one
        step = _add(_xor(_prefix_mask(self._max_prefixlen, new), _all_ones(self._max_prefixlen)), 1)[0]
        last = self._bw()
        w = self._nw
        while True:
            yield self._network(w, new)
            nxt = _add_words(w, step)
            if nxt is None or nxt > last:
                return
            w = nxt

    def supernet(self, prefixlen_diff: int = 1, new_prefix: int | None = None) -> N:
        if self._prefixlen == 0:
            return self._network(self._nw, 0)
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new = self._prefixlen - prefixlen_diff
        if new < 0:
            raise ValueError(f"current prefixlen is {self._prefixlen}, "
                             f"cannot have a prefixlen_diff of {prefixlen_diff}")
        return self._network(_and(self._nw, _prefix_mask(self._max_prefixlen, new)), new)

    def _is_subnet_of(self, a: _BaseNetwork[A, N], b: _BaseNetwork[A, N]) -> bool:
        return b._nw <= a._nw and b._bw() >= a._bw()

    def _overlaps(self, other: _BaseNetwork[A, N]) -> bool:
        return (other._holds(self._nw) or other._holds(self._bw())
                or self._holds(other._nw) or self._holds(other._bw()))


def _add_words(a: _Words, b: _Words) -> _Words | None:
    out = [0, 0, 0, 0]
    carry = 0
    for i in range(3, -1, -1):
        s = a[i] + b[i] + carry
        out[i] = s & _M32
        carry = s >> 32
    return None if carry else (out[0], out[1], out[2], out[3])


class IPv4Network(_BaseNetwork[IPv4Address, "IPv4Network"]):
    _version = 4
    _max_prefixlen = IPV4LENGTH

    def __init__(self, address: _RawNetwork, strict: bool = True) -> None:
        addr, mask = self._split(address)
        first = IPv4Address(addr)
        self._prefixlen = self._make_prefix(mask)
        self._addr = addr
        self._finish(first._w, strict, str(first))
        self.network_address = IPv4Address(self._nw[3])

    def _address(self, w: _Words) -> IPv4Address:
        return IPv4Address(w[3])

    def _network(self, w: _Words, prefixlen: int) -> IPv4Network:
        return IPv4Network((w[3], prefixlen))

    def _text(self) -> str:
        return str(self.network_address)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IPv4Network) and self._nw == other._nw and self._prefixlen == other._prefixlen

    def __hash__(self) -> int:
        return hash((self._nw, self._prefixlen))

    def __lt__(self, other: IPv4Network) -> bool:
        return (self._nw, self._mask()) < (other._nw, other._mask())

    def __le__(self, other: IPv4Network) -> bool:
        return (self._nw, self._mask()) <= (other._nw, other._mask())

    def __gt__(self, other: IPv4Network) -> bool:
        return (self._nw, self._mask()) > (other._nw, other._mask())

    def __ge__(self, other: IPv4Network) -> bool:
        return (self._nw, self._mask()) >= (other._nw, other._mask())

    def __contains__(self, other: object) -> bool:
        return isinstance(other, IPv4Address) and self._holds(other._w)

    def hosts(self) -> Iterator[IPv4Address]:
        if self._prefixlen == IPV4LENGTH - 1:
            return iter(self)
        if self._prefixlen == IPV4LENGTH:
            return iter([IPv4Address(self._addr)])
        return self._range(_add(self._nw, 1)[0], _add(self._bw(), -1)[0])

    def overlaps(self, other: IPv4Network) -> bool:
        return self._overlaps(other)

    def subnet_of(self, other: IPv4Network) -> bool:
        return self._is_subnet_of(self, other)

    def supernet_of(self, other: IPv4Network) -> bool:
        return self._is_subnet_of(other, self)

    @property
    def exploded(self) -> str:
        return str(self)

    def _both(self, net: IPv4Network) -> bool:
        return net._holds(self._nw) and net._holds(self._bw())

    @property
    def is_private(self) -> bool:
        return any(self._both(net) for net in _v4_private())

    @property
    def is_global(self) -> bool:
        return not self._both(_V4_SHARED) and not self.is_private

    @property
    def is_multicast(self) -> bool:
        return self._both(_V4_MULTICAST)

    @property
    def is_reserved(self) -> bool:
        return self._both(_V4_RESERVED)

    @property
    def is_loopback(self) -> bool:
        return self._both(_V4_LOOPBACK)

    @property
    def is_link_local(self) -> bool:
        return self._both(_V4_LINK_LOCAL)

    @property
    def is_unspecified(self) -> bool:
        return self._nw == _ZERO and self._bw() == _ZERO


def _v6_network(w: _Words, prefixlen: int) -> IPv6Network:
    net = IPv6Network(0)
    net._nw = w
    net._prefixlen = prefixlen
    net.network_address = IPv6Address._of(w)
    return net


class IPv6Network(_BaseNetwork[IPv6Address, "IPv6Network"]):
    _version = 6
    _max_prefixlen = IPV6LENGTH

    def __init__(self, address: _RawNetwork, strict: bool = True) -> None:
        addr, mask = self._split(address)
        first = IPv6Address(addr)
        self._prefixlen = self._make_prefix(mask)
        self._addr = addr
        self._finish(first._w, strict, str(first))
        if self._nw == first._w:
            self.network_address = first
        else:
            self.network_address = IPv6Address._of(self._nw)

    def _address(self, w: _Words) -> IPv6Address:
        return IPv6Address._of(w)

    def _network(self, w: _Words, prefixlen: int) -> IPv6Network:
        return _v6_network(w, prefixlen)

    def _text(self) -> str:
        return str(self.network_address)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, IPv6Network) and self.network_address == other.network_address
                and self._prefixlen == other._prefixlen)

    def __hash__(self) -> int:
        return hash((self._nw, self._prefixlen))

    def __lt__(self, other: IPv6Network) -> bool:
        return (self._nw, self._mask()) < (other._nw, other._mask())

    def __le__(self, other: IPv6Network) -> bool:
        return self < other or self == other

    def __gt__(self, other: IPv6Network) -> bool:
        return (self._nw, self._mask()) > (other._nw, other._mask())

    def __ge__(self, other: IPv6Network) -> bool:
        return self > other or self == other

    def __contains__(self, other: object) -> bool:
        return isinstance(other, IPv6Address) and self._holds(other._w)

    def hosts(self) -> Iterator[IPv6Address]:
        if self._prefixlen == IPV6LENGTH - 1:
            return iter(self)
        if self._prefixlen == IPV6LENGTH:
            return iter([IPv6Address(self._addr)])
        return self._range(_add(self._nw, 1)[0], self._bw())

    def overlaps(self, other: IPv6Network) -> bool:
        return self._overlaps(other)

    def subnet_of(self, other: IPv6Network) -> bool:
        return self._is_subnet_of(self, other)

    def supernet_of(self, other: IPv6Network) -> bool:
        return self._is_subnet_of(other, self)

    @property
    def exploded(self) -> str:
        return f"{self.network_address.exploded}/{self._prefixlen}"

    def _both(self, net: IPv6Network) -> bool:
        return net._holds(self._nw) and net._holds(self._bw())

    @property
    def is_private(self) -> bool:
        return any(self._both(net) for net in _v6_private())

    @property
    def is_global(self) -> bool:
        return not self.is_private

    @property
    def is_multicast(self) -> bool:
        return self._both(_V6_MULTICAST)

    @property
    def is_reserved(self) -> bool:
        return any(self._both(net) for net in _v6_reserved())

    @property
    def is_loopback(self) -> bool:
        return self._nw == (0, 0, 0, 1) and self._prefixlen == IPV6LENGTH

    @property
    def is_link_local(self) -> bool:
        return self._both(_V6_LINK_LOCAL)

    @property
    def is_site_local(self) -> bool:
        return self._both(_V6_SITE_LOCAL)

    @property
    def is_unspecified(self) -> bool:
        return self._nw == _ZERO and self._prefixlen == IPV6LENGTH


# ---- interfaces: an address with its network ------------------------------------

class IPv4Interface(IPv4Address):
    def __init__(self, address: _RawNetwork) -> None:
        net = IPv4Network(address, strict=False)
        super().__init__(net._addr)
        self.network = net
        self._iface_prefixlen = net.prefixlen

    @property
    def ip(self) -> IPv4Address:
        return IPv4Address(self._w[3])

    def __str__(self) -> str:
        return f"{_v4_string(self._w[3])}/{self._iface_prefixlen}"

    def __hash__(self) -> int:
        return hash((self._w, self._iface_prefixlen))

    def __lt__(self, other: IPv4Address) -> bool:
        """By network, then by address; False against a bare address."""
        if not isinstance(other, IPv4Interface):
            return False
        return self.network < other.network or self.network == other.network and self._w < other._w

    def __le__(self, other: IPv4Address) -> bool:
        return self < other or self == other

    def __gt__(self, other: IPv4Address) -> bool:
        return not self < other and self != other

    def __ge__(self, other: IPv4Address) -> bool:
        return not self < other

    def __add__(self, other: int) -> IPv4Interface:
        return IPv4Interface(self._added(other)[3])

    def __sub__(self, other: int) -> IPv4Interface:
        return IPv4Interface(self._added(-other)[3])

    @property
    def netmask(self) -> IPv4Address:
        return self.network.netmask

    @property
    def hostmask(self) -> IPv4Address:
        return self.network.hostmask

    @property
    def with_prefixlen(self) -> str:
        return str(self)

    @property
    def with_netmask(self) -> str:
        return f"{self.ip}/{self.netmask}"

    @property
    def with_hostmask(self) -> str:
        return f"{self.ip}/{self.hostmask}"


class IPv6Interface(IPv6Address):
    def __init__(self, address: _RawNetwork) -> None:
        net = IPv6Network(address, strict=False)
        super().__init__(net._addr)
        self.network = net
        self._iface_prefixlen = net.prefixlen

    @property
    def ip(self) -> IPv6Address:
        a = IPv6Address._of(self._w)
        a._scope_id = self._scope_id
        return a

    def __str__(self) -> str:
        return f"{self.ip}/{self._iface_prefixlen}"

    def __hash__(self) -> int:
        return hash((self._w, self._scope_id, self._iface_prefixlen))

    def __lt__(self, other: IPv6Address) -> bool:
        """By network, then by address; False against a bare address."""
        if not isinstance(other, IPv6Interface):
            return False
        return self.network < other.network or self.network == other.network and self._w < other._w

    def __le__(self, other: IPv6Address) -> bool:
        return self < other or self == other

    def __gt__(self, other: IPv6Address) -> bool:
        return not self < other and self != other

    def __ge__(self, other: IPv6Address) -> bool:
        return not self < other

    def __add__(self, other: int) -> IPv6Interface:
        return IPv6Interface(IPv6Address._of(self._added(other)).packed)

    def __sub__(self, other: int) -> IPv6Interface:
        return IPv6Interface(IPv6Address._of(self._added(-other)).packed)

    @property
    def netmask(self) -> IPv6Address:
        return self.network.netmask

    @property
    def hostmask(self) -> IPv6Address:
        return self.network.hostmask

    @property
    def with_prefixlen(self) -> str:
        return str(self)

    @property
    def with_netmask(self) -> str:
        return f"{self.ip}/{self.netmask}"

    @property
    def with_hostmask(self) -> str:
        return f"{self.ip}/{self.hostmask}"

    @property
    def exploded(self) -> str:
        return f"{self.ip.exploded}/{self._iface_prefixlen}"

    @property
    def is_unspecified(self) -> bool:
        return self._w == _ZERO and self.network.is_unspecified

    @property
    def is_loopback(self) -> bool:
        return self._w == (0, 0, 0, 1) and self.network.is_loopback


# ---- collapsing and summarizing ------------------------------------------------

def _sub_words(a: _Words, b: _Words) -> _Words:
    """a - b, for a >= b."""
    out = [0, 0, 0, 0]
    borrow = 0
    for i in range(3, -1, -1):
        d = a[i] - b[i] - borrow
        borrow = 1 if d < 0 else 0
        out[i] = d & _M32
    return (out[0], out[1], out[2], out[3])


def _bit_length(w: _Words) -> int:
    for i in range(4):
        if w[i]:
            return (3 - i) * 32 + w[i].bit_length()
    return 0


def _trailing_zeros(w: _Words) -> int:
    for i in range(3, -1, -1):
        if w[i]:
            return (3 - i) * 32 + (w[i] & -w[i]).bit_length() - 1
    return 128


def _blocks(first: _Words, last: _Words, bits: int) -> list[tuple[_Words, int]]:
    """The fewest aligned blocks (start, prefix length) that cover first .. last."""
    out: list[tuple[_Words, int]] = []
    while True:
        size, carry = _add(_sub_words(last, first), 1)
        fits = 128 if carry else _bit_length(size) - 1   # the largest 2**k <= the size
        k = min(_trailing_zeros(first), fits, bits)
        out.append((first, bits - k))
        if k == 128:
            return out
        power = [0, 0, 0, 0]
        power[3 - k // 32] = 1 << (k % 32)
        nxt = _add_words(first, (power[0], power[1], power[2], power[3]))
        if nxt is None or nxt > last:
            return out
        first = nxt


@overload
def summarize_address_range(first: IPv4Address, last: IPv4Address) -> Iterator[IPv4Network]: ...
@overload
def summarize_address_range(first: IPv6Address, last: IPv6Address) -> Iterator[IPv6Network]: ...
def summarize_address_range(first: IPv4Address | IPv6Address,
                            last: IPv4Address | IPv6Address) -> Iterator[IPv4Network] | Iterator[IPv6Network]:
    """The networks that together are the addresses first .. last."""
    if first.version != last.version:
        raise TypeError(f"{first} and {last} are not of the same version")
    if first._w > last._w:
        raise ValueError("last IP address must be greater than first")
    blocks = _blocks(first._w, last._w, first.max_prefixlen)
    if first.version == 4:
        return iter([IPv4Network((w[3], p)) for w, p in blocks])
    return iter([_v6_network(w, p) for w, p in blocks])


@overload
def collapse_addresses(addresses: Iterable[IPv4Network]) -> Iterator[IPv4Network]: ...
@overload
def collapse_addresses(addresses: Iterable[IPv6Network]) -> Iterator[IPv6Network]: ...
def collapse_addresses(addresses: Iterable[IPv4Network] | Iterable[IPv6Network]
                       ) -> Iterator[IPv4Network] | Iterator[IPv6Network]:
    """The fewest networks that together are the given ones, in order."""
    ranges: list[tuple[_Words, _Words]] = []
    version = 0
    previous = ""
    for net in addresses:
        if version and net.version != version:
            raise TypeError(f"{net} and {previous} are not of the same version")
        version = net.version
        previous = str(net)
        ranges.append((net._nw, net._bw()))
    ranges.sort()
    blocks: list[tuple[_Words, int]] = []
    i = 0
    while i < len(ranges):
        first, last = ranges[i]
        i += 1
        while i < len(ranges):   # the ranges that overlap or touch this one join it
            after = _add_words(last, (0, 0, 0, 1))
            if after is not None and ranges[i][0] > after:
                break
            if ranges[i][1] > last:
                last = ranges[i][1]
            i += 1
        blocks += _blocks(first, last, 32 if version == 4 else 128)
    if version == 4:
        return iter([IPv4Network((w[3], p)) for w, p in blocks])
    return iter([_v6_network(w, p) for w, p in blocks])


# ---- factories ----------------------------------------------------------------

def ip_address(address: str | int | bytes) -> IPv4Address | IPv6Address:
    try:
        return IPv4Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Address(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 address")


def ip_network(address: _RawNetwork, strict: bool = True) -> IPv4Network | IPv6Network:
    try:
        return IPv4Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Network(address, strict)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 network")


def ip_interface(address: _RawNetwork) -> IPv4Interface | IPv6Interface:
    try:
        return IPv4Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    try:
        return IPv6Interface(address)
    except (AddressValueError, NetmaskValueError):
        pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 interface")


def v4_int_to_packed(address: int) -> bytes:
    if address < 0 or address > _M32:
        raise ValueError("Address negative or too large for IPv4")
    return address.to_bytes(4, "big")


def v6_int_to_packed(address: int) -> bytes:
    if address < 0:
        raise ValueError("Address negative or too large for IPv6")
    return IPv6Address(address).packed


# ---- the special ranges (IANA registries, as CPython 3.11) --------------------

_V4_LINK_LOCAL = IPv4Network("169.254.0.0/16")
_V4_LOOPBACK = IPv4Network("127.0.0.0/8")
_V4_MULTICAST = IPv4Network("224.0.0.0/4")
_V4_SHARED = IPv4Network("100.64.0.0/10")
_V4_RESERVED = IPv4Network("240.0.0.0/4")
_V6_LINK_LOCAL = IPv6Network("fe80::/10")
_V6_MULTICAST = IPv6Network("ff00::/8")
_V6_SITE_LOCAL = IPv6Network("fec0::/10")
_tables: dict[str, list[IPv4Network]] = {}
_tables6: dict[str, list[IPv6Network]] = {}


def _v4_private() -> list[IPv4Network]:
    nets = _tables.get("private")
    if nets is None:
        nets = [IPv4Network(s) for s in [
            "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/29", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32"]]
        _tables["private"] = nets
    return nets


def _v6_private() -> list[IPv6Network]:
    nets = _tables6.get("private")
    if nets is None:
        nets = [IPv6Network(s) for s in [
            "::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:2::/48",
            "2001:db8::/32", "2001:10::/28", "fc00::/7", "fe80::/10"]]
        _tables6["private"] = nets
    return nets


def _v6_reserved() -> list[IPv6Network]:
    nets = _tables6.get("reserved")
    if nets is None:
        nets = [IPv6Network(s) for s in [
            "::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3", "6000::/3",
            "8000::/3", "A000::/3", "C000::/3", "E000::/4", "F000::/5", "F800::/6", "FE00::/9"]]
        _tables6["reserved"] = nets
    return nets
