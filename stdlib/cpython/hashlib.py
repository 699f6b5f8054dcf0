"""Python's `hashlib` for compiled programs (under CPython its own runs, over
OpenSSL): the SHA-2 family, SHA-1 and MD5, written in the subset.

The compression functions work on machine integers (`unicc_types.u32` and
`u64`, which wrap and carry no checks) and read the message words through
a `unicc_buf.Buffer` over the caller's bytes, so a whole block is hashed
without copying it.  Every algorithm is a subclass of `HASH` that knows
its block function, initial state and output; `HASH` keeps the partial
block and the length, and pads a copy of itself for `digest()`.

The other algorithms of CPython's hashlib (sha3_*, shake_*, blake2*) and
`file_digest`, `algorithms_guaranteed`, `algorithms_available` and
`scrypt` are not here: mypy reports them as missing attributes, and
`new()` of their names raises "unsupported hash type".
"""

from __future__ import annotations

from typing import Callable

from unicc_buf import Buffer
from unicc_types import u32


class HASH:
    """The state of one running hash: what `hashlib.sha256()` returns."""
    name: str
    digest_size: int
    block_size: int

    def __init__(self, name: str, digest_size: int, block_size: int) -> None:
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size
        self._pending = bytearray(block_size)   # a partial block: its first _npending bytes
        self._npending = 0
        self._length = 0                        # bytes hashed so far

    def _blocks(self, data: Buffer, off: int, count: int) -> None:
        """Mixes `count` blocks at data[off:] into the state."""
        raise NotImplementedError

    def _state_bytes(self) -> bytes:
        """The digest of the state, after the padding is mixed in."""
        raise NotImplementedError

    def _length_field(self, bits: int) -> bytes:
        """The message length in bits as the padding ends with it."""
        return bits.to_bytes(8, "big")

    def _fresh(self) -> HASH:
        """A new hash of the same algorithm, in its initial state."""
        raise NotImplementedError

    def _copy_into(self, other: HASH) -> None:
        other._pending[:] = self._pending
        other._npending = self._npending
        other._length = self._length

    def update(self, obj: bytes | bytearray, /) -> None:
        self._update(Buffer(obj))

    def _update(self, data: Buffer) -> None:
        n = len(data)
        self._length += n
        size = self.block_size
        off = 0
        if self._npending:
            off = min(size - self._npending, n)
            for i in range(off):
                self._pending[self._npending + i] = data[i]
            self._npending += off
            if self._npending < size:
                return
            self._blocks(Buffer(self._pending), 0, 1)
            self._npending = 0
        whole = (n - off) // size
        if whole:
            self._blocks(data, off, whole)
            off += whole * size
        for i in range(off, n):
            self._pending[i - off] = data[i]
        self._npending = n - off

    def copy(self) -> HASH:
        other = self._fresh()
        self._copy_into(other)
        return other

    def digest(self) -> bytes:
        final = self.copy()
        length = self._length_field(8 * self._length)
        size = self.block_size
        pad = bytearray(b"\x80")
        pad += bytes((size - len(length) - 1 - self._npending) % size)
        pad += length
        final._update(Buffer(pad))
        return final._state_bytes()

    def hexdigest(self) -> str:
        return self.digest().hex()


_Hash = HASH


# --- SHA-256 and SHA-224 (FIPS 180-4, 6.2 and 6.3) -------------------------

_K256 = [u32(k) for k in (
    0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
    0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
    0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
    0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
    0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
    0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
    0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
    0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2)]
_H256 = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)
_H224 = (0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4)


def _rotr32(x: u32, n: int) -> u32:
    return (x >> u32(n)) | (x << u32(32 - n))


def _sha256_block(state: list[u32], w: list[u32], data: Buffer, off: int) -> None:
    for t in range(16):
        w[t] = u32(data.get_u32_be(off + 4 * t))
    for t in range(16, 64):
        x = w[t - 15]
        y = w[t - 2]
        s0 = _rotr32(x, 7) ^ _rotr32(x, 18) ^ (x >> u32(3))
        s1 = _rotr32(y, 17) ^ _rotr32(y, 19) ^ (y >> u32(10))
        w[t] = w[t - 16] + s0 + w[t - 7] + s1
    a, b, c, d, e, f, g, h = state
    for t in range(64):
        t1 = h + (_rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)) + ((e & f) ^ (~e & g)) + _K256[t] + w[t]
        t2 = (_rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))
        h = g
        g = f
        f = e
        e = d + t1
        d = c
        c = b
        b = a
        a = t1 + t2
    state[0] += a
    state[1] += b
    state[2] += c
    state[3] += d
    state[4] += e
    state[5] += f
    state[6] += g
    state[7] += h


def _words32_be(state: list[u32], count: int) -> bytes:
    out = bytearray(4 * count)
    view = Buffer(out)
    for i in range(count):
        view.set_u32_be(4 * i, int(state[i]))
    return bytes(out)


class _SHA256(HASH):
    def __init__(self, name: str, digest_size: int, initial: tuple[int, ...]) -> None:
        super().__init__(name, digest_size, 64)
        self._state = [u32(v) for v in initial]
        self._initial = initial

    def _blocks(self, data: Buffer, off: int, count: int) -> None:
        w = [u32(0)] * 64   # here, not in self: LLVM then knows its length
        for i in range(count):
            _sha256_block(self._state, w, data, off + 64 * i)

    def _state_bytes(self) -> bytes:
        return _words32_be(self._state, self.digest_size // 4)

    def _fresh(self) -> HASH:
        return _SHA256(self.name, self.digest_size, self._initial)

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, _SHA256):
            other._state[:] = self._state


# --- the constructors -------------------------------------------------------

def sha256(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _SHA256("sha256", 32, _H256)
    h.update(string)
    return h


def sha224(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _SHA256("sha224", 28, _H224)
    h.update(string)
    return h


# The names new() accepts, lower-cased, as OpenSSL knows them (no OIDs).
_NAMES = {
    "sha256": "sha256", "sha-256": "sha256", "sha2-256": "sha256",
    "sha224": "sha224", "sha-224": "sha224", "sha2-224": "sha224",
}


def _constructor(name: str) -> Callable[[bytes | bytearray], HASH]:
    """The constructor new() and hmac call for `name` (ValueError if none)."""
    canonical = _NAMES.get(name.lower(), "")
    if canonical == "sha256":
        return sha256
    if canonical == "sha224":
        return sha224
    raise ValueError(f"unsupported hash type {name}")


def new(name: str, data: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    return _constructor(name)(data)
