"""Python's `hmac` for compiled programs (under CPython its own runs): keyed
hashing (RFC 2104) over this directory's hashlib, and compare_digest.

`digestmod` is a hash name (`"sha256"`) or a constructor such as
`hashlib.sha256`; a module (`digestmod=hashlib.sha256`'s module) is not
accepted: mypy reports it.  The inner and outer hashes are keyed once, so
`copy()`, `digest()` and `hmac.digest()` hash only the message.
"""

from __future__ import annotations

from typing import Callable

from hashlib import HASH, _constructor, _hmac_finish, _hmac_keys
from unicc_buf import Buffer

trans_5C = bytes(x ^ 0x5C for x in range(256))
trans_36 = bytes(x ^ 0x36 for x in range(256))


def _fresh(digestmod: str | Callable[[], HASH]) -> HASH:
    if isinstance(digestmod, str):
        return _constructor(digestmod)(b"")
    return digestmod()


class HMAC:
    """The state of one keyed hash: what `hmac.new()` returns."""
    blocksize = 64      # CPython's legacy class attribute, whatever the hash

    def __init__(self, key: bytes | bytearray, msg: bytes | bytearray | None = None,
                 digestmod: str | Callable[[], HASH] = "") -> None:
        if isinstance(digestmod, str) and not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._inner = _fresh(digestmod)
        self._outer = _fresh(digestmod)
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        _hmac_keys(self._inner, self._outer, key)
        if msg is not None:
            self._inner.update(msg)

    @property
    def name(self) -> str:
        return "hmac-" + self._inner.name

    def update(self, msg: bytes | bytearray) -> None:
        self._inner.update(msg)

    def copy(self) -> HMAC:
        other = HMAC(b"", None, self._inner.copy)   # then its hashes are replaced
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def digest(self) -> bytes:
        return _hmac_finish(self._inner, self._outer)

    def hexdigest(self) -> str:
        return self.digest().hex()


def new(key: bytes | bytearray, msg: bytes | bytearray | None = None,
        digestmod: str | Callable[[], HASH] = "") -> HMAC:
    return HMAC(key, msg, digestmod)


def digest(key: bytes | bytearray, msg: bytes | bytearray, digest: str | Callable[[], HASH]) -> bytes:
    """The HMAC of `msg` in one call (a name "" is an unsupported hash here,
    not a missing parameter, as in CPython)."""
    inner = _fresh(digest)
    outer = _fresh(digest)
    _hmac_keys(inner, outer, key)
    inner.update(msg)
    return _hmac_finish(inner, outer)


def compare_digest(a: bytes | bytearray | str, b: bytes | bytearray | str, /) -> bool:
    """a == b in a time that depends on their lengths only, not on where
    they differ.  Strings must be ASCII; a str and bytes do not compare."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        return _same(Buffer(a.encode()), Buffer(b.encode()))
    if isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _same(Buffer(a), Buffer(b))


def _same(a: Buffer, b: Buffer) -> bool:
    # Every byte of b is read whatever the result, as CPython does.
    diff = 0 if len(a) == len(b) else 1
    left = b if len(a) != len(b) else a
    for i in range(len(b)):
        diff |= left[i] ^ b[i]
    return diff == 0
