"""Python's `hashlib` for compiled programs (under CPython its own runs, over
OpenSSL): the SHA-2 family, SHA-1, MD5, SHA-3 and SHAKE, written in the subset.

The compression functions work on machine integers (`unicc_types.u32` and
`u64`, which wrap and carry no checks) and read the message words through
a `unicc_buf.Buffer` over the caller's bytes, so a whole block is hashed
without copying it.  Every algorithm is a subclass of `HASH` that knows
its block function, initial state and output; `HASH` keeps the partial
block and the length, and pads a copy of itself for `digest()`.

SHA-3 and SHAKE are Keccak-f[1600] over 25 `u64` lanes (FIPS 202); a
SHAKE object is a `HASHXOF`, whose digest and hexdigest take the length.
blake2b and blake2s (RFC 7693) are classes, as in CPython, with every
parameter of the parameter block (digest_size, key, salt, person, the
tree parameters, last_node).  `file_digest`, `algorithms_guaranteed`,
`algorithms_available` and `scrypt` are not here: mypy reports them as
missing attributes, and `new()` of shake_128 and shake_256 (whose objects
are no `HASH`) raises "unsupported hash type".
"""

from __future__ import annotations

from typing import Callable

from unicc_buf import Buffer
from unicc_types import u32, u64


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


# --- SHA-512 and SHA-384 (FIPS 180-4, 6.4 and 6.5) -------------------------

_K512 = [
    u64(0x428A2F98D728AE22), u64(0x7137449123EF65CD), u64(0xB5C0FBCFEC4D3B2F), u64(0xE9B5DBA58189DBBC),
    u64(0x3956C25BF348B538), u64(0x59F111F1B605D019), u64(0x923F82A4AF194F9B), u64(0xAB1C5ED5DA6D8118),
    u64(0xD807AA98A3030242), u64(0x12835B0145706FBE), u64(0x243185BE4EE4B28C), u64(0x550C7DC3D5FFB4E2),
    u64(0x72BE5D74F27B896F), u64(0x80DEB1FE3B1696B1), u64(0x9BDC06A725C71235), u64(0xC19BF174CF692694),
    u64(0xE49B69C19EF14AD2), u64(0xEFBE4786384F25E3), u64(0x0FC19DC68B8CD5B5), u64(0x240CA1CC77AC9C65),
    u64(0x2DE92C6F592B0275), u64(0x4A7484AA6EA6E483), u64(0x5CB0A9DCBD41FBD4), u64(0x76F988DA831153B5),
    u64(0x983E5152EE66DFAB), u64(0xA831C66D2DB43210), u64(0xB00327C898FB213F), u64(0xBF597FC7BEEF0EE4),
    u64(0xC6E00BF33DA88FC2), u64(0xD5A79147930AA725), u64(0x06CA6351E003826F), u64(0x142929670A0E6E70),
    u64(0x27B70A8546D22FFC), u64(0x2E1B21385C26C926), u64(0x4D2C6DFC5AC42AED), u64(0x53380D139D95B3DF),
    u64(0x650A73548BAF63DE), u64(0x766A0ABB3C77B2A8), u64(0x81C2C92E47EDAEE6), u64(0x92722C851482353B),
    u64(0xA2BFE8A14CF10364), u64(0xA81A664BBC423001), u64(0xC24B8B70D0F89791), u64(0xC76C51A30654BE30),
    u64(0xD192E819D6EF5218), u64(0xD69906245565A910), u64(0xF40E35855771202A), u64(0x106AA07032BBD1B8),
    u64(0x19A4C116B8D2D0C8), u64(0x1E376C085141AB53), u64(0x2748774CDF8EEB99), u64(0x34B0BCB5E19B48A8),
    u64(0x391C0CB3C5C95A63), u64(0x4ED8AA4AE3418ACB), u64(0x5B9CCA4F7763E373), u64(0x682E6FF3D6B2B8A3),
    u64(0x748F82EE5DEFB2FC), u64(0x78A5636F43172F60), u64(0x84C87814A1F0AB72), u64(0x8CC702081A6439EC),
    u64(0x90BEFFFA23631E28), u64(0xA4506CEBDE82BDE9), u64(0xBEF9A3F7B2C67915), u64(0xC67178F2E372532B),
    u64(0xCA273ECEEA26619C), u64(0xD186B8C721C0C207), u64(0xEADA7DD6CDE0EB1E), u64(0xF57D4F7FEE6ED178),
    u64(0x06F067AA72176FBA), u64(0x0A637DC5A2C898A6), u64(0x113F9804BEF90DAE), u64(0x1B710B35131C471B),
    u64(0x28DB77F523047D84), u64(0x32CAAB7B40C72493), u64(0x3C9EBE0A15C9BEBC), u64(0x431D67C49C100D4C),
    u64(0x4CC5D4BECB3E42B6), u64(0x597F299CFC657E2A), u64(0x5FCB6FAB3AD6FAEC), u64(0x6C44198C4A475817),
]
_H512 = [
    u64(0x6A09E667F3BCC908), u64(0xBB67AE8584CAA73B), u64(0x3C6EF372FE94F82B), u64(0xA54FF53A5F1D36F1),
    u64(0x510E527FADE682D1), u64(0x9B05688C2B3E6C1F), u64(0x1F83D9ABFB41BD6B), u64(0x5BE0CD19137E2179),
]
_H384 = [
    u64(0xCBBB9D5DC1059ED8), u64(0x629A292A367CD507), u64(0x9159015A3070DD17), u64(0x152FECD8F70E5939),
    u64(0x67332667FFC00B31), u64(0x8EB44A8768581511), u64(0xDB0C2E0D64F98FA7), u64(0x47B5481DBEFA4FA4),
]


def _rotr64(x: u64, n: int) -> u64:
    return (x >> u64(n)) | (x << u64(64 - n))


def _sha512_block(state: list[u64], w: list[u64], data: Buffer, off: int) -> None:
    for t in range(16):
        w[t] = data.get_u64_be(off + 8 * t)
    for t in range(16, 80):
        x = w[t - 15]
        y = w[t - 2]
        s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> u64(7))
        s1 = _rotr64(y, 19) ^ _rotr64(y, 61) ^ (y >> u64(6))
        w[t] = w[t - 16] + s0 + w[t - 7] + s1
    a, b, c, d, e, f, g, h = state
    for t in range(80):
        t1 = h + (_rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)) + ((e & f) ^ (~e & g)) + _K512[t] + w[t]
        t2 = (_rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))
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


class _SHA512(HASH):
    def __init__(self, name: str, digest_size: int, initial: list[u64]) -> None:
        super().__init__(name, digest_size, 128)
        self._state = list(initial)
        self._initial = initial

    def _blocks(self, data: Buffer, off: int, count: int) -> None:
        w = [u64(0)] * 80
        for i in range(count):
            _sha512_block(self._state, w, data, off + 128 * i)

    def _length_field(self, bits: int) -> bytes:
        return bits.to_bytes(16, "big")

    def _state_bytes(self) -> bytes:
        out = bytearray(self.digest_size)
        view = Buffer(out)
        for i in range(self.digest_size // 8):
            view.set_u64_be(8 * i, self._state[i])
        return bytes(out)

    def _fresh(self) -> HASH:
        return _SHA512(self.name, self.digest_size, self._initial)

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, _SHA512):
            other._state[:] = self._state


# --- SHA-1 (FIPS 180-4, 6.1) ------------------------------------------------

_H1 = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)


def _rotl32(x: u32, n: int) -> u32:
    return (x << u32(n)) | (x >> u32(32 - n))


def _sha1_block(state: list[u32], w: list[u32], data: Buffer, off: int) -> None:
    for t in range(16):
        w[t] = u32(data.get_u32_be(off + 4 * t))
    for t in range(16, 80):
        w[t] = _rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)
    a, b, c, d, e = state
    for t in range(20):
        temp = _rotl32(a, 5) + ((b & c) | (~b & d)) + e + u32(0x5A827999) + w[t]
        e = d
        d = c
        c = _rotl32(b, 30)
        b = a
        a = temp
    for t in range(20, 40):
        temp = _rotl32(a, 5) + (b ^ c ^ d) + e + u32(0x6ED9EBA1) + w[t]
        e = d
        d = c
        c = _rotl32(b, 30)
        b = a
        a = temp
    for t in range(40, 60):
        temp = _rotl32(a, 5) + ((b & c) | (b & d) | (c & d)) + e + u32(0x8F1BBCDC) + w[t]
        e = d
        d = c
        c = _rotl32(b, 30)
        b = a
        a = temp
    for t in range(60, 80):
        temp = _rotl32(a, 5) + (b ^ c ^ d) + e + u32(0xCA62C1D6) + w[t]
        e = d
        d = c
        c = _rotl32(b, 30)
        b = a
        a = temp
    state[0] += a
    state[1] += b
    state[2] += c
    state[3] += d
    state[4] += e


class _SHA1(HASH):
    def __init__(self) -> None:
        super().__init__("sha1", 20, 64)
        self._state = [u32(v) for v in _H1]

    def _blocks(self, data: Buffer, off: int, count: int) -> None:
        w = [u32(0)] * 80
        for i in range(count):
            _sha1_block(self._state, w, data, off + 64 * i)

    def _state_bytes(self) -> bytes:
        return _words32_be(self._state, 5)

    def _fresh(self) -> HASH:
        return _SHA1()

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, _SHA1):
            other._state[:] = self._state


# --- MD5 (RFC 1321) ---------------------------------------------------------

_KMD5 = [u32(k) for k in (
    0xD76AA478, 0xE8C7B756, 0x242070DB, 0xC1BDCEEE, 0xF57C0FAF, 0x4787C62A, 0xA8304613, 0xFD469501,
    0x698098D8, 0x8B44F7AF, 0xFFFF5BB1, 0x895CD7BE, 0x6B901122, 0xFD987193, 0xA679438E, 0x49B40821,
    0xF61E2562, 0xC040B340, 0x265E5A51, 0xE9B6C7AA, 0xD62F105D, 0x02441453, 0xD8A1E681, 0xE7D3FBC8,
    0x21E1CDE6, 0xC33707D6, 0xF4D50D87, 0x455A14ED, 0xA9E3E905, 0xFCEFA3F8, 0x676F02D9, 0x8D2A4C8A,
    0xFFFA3942, 0x8771F681, 0x6D9D6122, 0xFDE5380C, 0xA4BEEA44, 0x4BDECFA9, 0xF6BB4B60, 0xBEBFBC70,
    0x289B7EC6, 0xEAA127FA, 0xD4EF3085, 0x04881D05, 0xD9D4D039, 0xE6DB99E5, 0x1FA27CF8, 0xC4AC5665,
    0xF4292244, 0x432AFF97, 0xAB9423A7, 0xFC93A039, 0x655B59C3, 0x8F0CCC92, 0xFFEFF47D, 0x85845DD1,
    0x6FA87E4F, 0xFE2CE6E0, 0xA3014314, 0x4E0811A1, 0xF7537E82, 0xBD3AF235, 0x2AD7D2BB, 0xEB86D391,)]
_HMD5 = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)


def _md5_block(state: list[u32], m: list[u32], data: Buffer, off: int) -> None:
    for i in range(16):
        m[i] = u32(data.get_u32_le(off + 4 * i))
    a, b, c, d = state
    # Each round of 16 steps, unrolled by four as RFC 1321 writes it, so
    # that every rotation is by a constant.
    for i in range(0, 16, 4):
        a = b + _rotl32(a + ((b & c) | (~b & d)) + _KMD5[i] + m[i], 7)
        d = a + _rotl32(d + ((a & b) | (~a & c)) + _KMD5[i + 1] + m[i + 1], 12)
        c = d + _rotl32(c + ((d & a) | (~d & b)) + _KMD5[i + 2] + m[i + 2], 17)
        b = c + _rotl32(b + ((c & d) | (~c & a)) + _KMD5[i + 3] + m[i + 3], 22)
    for i in range(16, 32, 4):
        a = b + _rotl32(a + ((b & d) | (c & ~d)) + _KMD5[i] + m[(5 * i + 1) & 15], 5)
        d = a + _rotl32(d + ((a & c) | (b & ~c)) + _KMD5[i + 1] + m[(5 * i + 6) & 15], 9)
        c = d + _rotl32(c + ((d & b) | (a & ~b)) + _KMD5[i + 2] + m[(5 * i + 11) & 15], 14)
        b = c + _rotl32(b + ((c & a) | (d & ~a)) + _KMD5[i + 3] + m[(5 * i + 16) & 15], 20)
    for i in range(32, 48, 4):
        a = b + _rotl32(a + (b ^ c ^ d) + _KMD5[i] + m[(3 * i + 5) & 15], 4)
        d = a + _rotl32(d + (a ^ b ^ c) + _KMD5[i + 1] + m[(3 * i + 8) & 15], 11)
        c = d + _rotl32(c + (d ^ a ^ b) + _KMD5[i + 2] + m[(3 * i + 11) & 15], 16)
        b = c + _rotl32(b + (c ^ d ^ a) + _KMD5[i + 3] + m[(3 * i + 14) & 15], 23)
    for i in range(48, 64, 4):
        a = b + _rotl32(a + (c ^ (b | ~d)) + _KMD5[i] + m[(7 * i) & 15], 6)
        d = a + _rotl32(d + (b ^ (a | ~c)) + _KMD5[i + 1] + m[(7 * i + 7) & 15], 10)
        c = d + _rotl32(c + (a ^ (d | ~b)) + _KMD5[i + 2] + m[(7 * i + 14) & 15], 15)
        b = c + _rotl32(b + (d ^ (c | ~a)) + _KMD5[i + 3] + m[(7 * i + 21) & 15], 21)
    state[0] += a
    state[1] += b
    state[2] += c
    state[3] += d


class _MD5(HASH):
    def __init__(self) -> None:
        super().__init__("md5", 16, 64)
        self._state = [u32(v) for v in _HMD5]

    def _blocks(self, data: Buffer, off: int, count: int) -> None:
        m = [u32(0)] * 16
        for i in range(count):
            _md5_block(self._state, m, data, off + 64 * i)

    def _length_field(self, bits: int) -> bytes:
        return bits.to_bytes(8, "little")

    def _state_bytes(self) -> bytes:
        out = bytearray(16)
        view = Buffer(out)
        for i in range(4):
            view.set_u32_le(4 * i, int(self._state[i]))
        return bytes(out)

    def _fresh(self) -> HASH:
        return _MD5()

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, _MD5):
            other._state[:] = self._state


# --- SHA-3 and SHAKE (FIPS 202) ---------------------------------------------

def _keccak_tables() -> tuple[list[int], list[int], list[u64]]:
    """The rotation of each lane (rho), where pi moves each lane, and the
    round constants (iota), made as FIPS 202 3.2.2 to 3.2.5 define them;
    lane (x, y) is at x + 5 * y."""
    rot = [0] * 25
    x, y = 1, 0
    for t in range(24):
        rot[x + 5 * y] = (t + 1) * (t + 2) // 2 % 64
        x, y = y, (2 * x + 3 * y) % 5
    dest = [0] * 25
    for x in range(5):
        for y in range(5):
            dest[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5)
    constants: list[u64] = []
    r = 1   # rc's LFSR, x^8 + x^6 + x^5 + x^4 + 1
    for _ in range(24):
        c = u64(0)
        for j in range(7):
            if r & 1:
                c |= u64(1) << u64((1 << j) - 1)   # bit 63 too: u64, not int
            r = (r << 1) ^ 0x171 if r & 0x80 else r << 1
        constants.append(c)
    return rot, dest, constants


_ROT, _DEST, _RC = _keccak_tables()
_PLUS1 = [1, 2, 3, 4, 0]
_PLUS2 = [2, 3, 4, 0, 1]
_MINUS1 = [4, 0, 1, 2, 3]


def _rotl64(x: u64, n: int) -> u64:
    return (x << u64(n)) | (x >> u64((64 - n) & 63))


def _keccak_f(a: list[u64], b: list[u64], c: list[u64]) -> None:
    """The 24 rounds of Keccak-f[1600] on the lanes a (b and c: scratch)."""
    for rnd in range(24):
        for x in range(5):
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20]
        for x in range(5):
            d = c[_MINUS1[x]] ^ _rotl64(c[_PLUS1[x]], 1)
            for y in range(0, 25, 5):
                a[x + y] ^= d
        for i in range(25):
            b[_DEST[i]] = _rotl64(a[i], _ROT[i])
        for y in range(0, 25, 5):
            for x in range(5):
                a[x + y] = b[x + y] ^ (~b[_PLUS1[x] + y] & b[_PLUS2[x] + y])
        a[0] ^= _RC[rnd]


class _Keccak(HASH):
    """A sponge of `block_size` rate bytes whose padding starts with `suffix`
    (0x06: SHA-3, 0x1F: SHAKE)."""

    def __init__(self, name: str, digest_size: int, rate: int, suffix: int) -> None:
        super().__init__(name, digest_size, rate)
        self._suffix = suffix
        self._lanes = [u64(0)] * 25

    def _blocks(self, data: Buffer, off: int, count: int) -> None:
        lanes = self._lanes
        b = [u64(0)] * 25
        c = [u64(0)] * 5
        for i in range(count):
            base = off + self.block_size * i
            for k in range(self.block_size // 8):
                lanes[k] ^= data.get_u64_le(base + 8 * k)
            _keccak_f(lanes, b, c)

    def _fresh(self) -> HASH:
        return self._clone()

    def _clone(self) -> _Keccak:
        return _Keccak(self.name, self.digest_size, self.block_size, self._suffix)

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, _Keccak):
            other._lanes[:] = self._lanes

    def digest(self) -> bytes:
        return self._squeeze(self.digest_size)

    def _squeeze(self, n: int) -> bytes:
        """n bytes of output, after the padding (this object is left as it is)."""
        final = self._clone()
        self._copy_into(final)
        size = self.block_size
        pad = bytearray(size - self._npending)
        pad[0] = self._suffix
        pad[len(pad) - 1] |= 0x80
        final._update(Buffer(pad))
        out = bytearray()
        block = bytearray(size)
        view = Buffer(block)
        b = [u64(0)] * 25
        c = [u64(0)] * 5
        while len(out) < n:
            for k in range(size // 8):
                view.set_u64_le(8 * k, final._lanes[k])
            out += block[:min(n - len(out), size)]
            if len(out) < n:
                _keccak_f(final._lanes, b, c)
        return bytes(out)


class HASHXOF:
    """What shake_128() and shake_256() return: an extendable output,
    whose digest and hexdigest take the length in bytes."""

    def __init__(self, name: str, rate: int) -> None:
        self.name = name
        self.digest_size = 0
        self.block_size = rate
        self._sponge = _Keccak(name, 0, rate, 0x1F)

    def update(self, obj: bytes | bytearray, /) -> None:
        self._sponge.update(obj)

    def copy(self) -> HASHXOF:
        other = HASHXOF(self.name, self.block_size)
        self._sponge._copy_into(other._sponge)
        return other

    def digest(self, length: int) -> bytes:
        return self._sponge._squeeze(length)

    def hexdigest(self, length: int) -> str:
        return self._sponge._squeeze(length).hex()


# --- BLAKE2b and BLAKE2s (RFC 7693) -----------------------------------------

_SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
]
# the four words G mixes in each of its eight steps of a round
_G_WORDS = [(0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
            (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)]


def _blake2b_compress(h: list[u64], data: Buffer, off: int, count: int, last: bool, last_node: bool) -> None:
    m = [data.get_u64_le(off + 8 * i) for i in range(16)]
    v = h + _H512
    v[12] ^= u64(count)
    if last:
        v[14] = ~v[14]
        if last_node:
            v[15] = ~v[15]
    for r in range(12):
        s = _SIGMA[r % 10]
        for i in range(8):
            a, b, c, d = _G_WORDS[i]
            va = v[a] + v[b] + m[s[2 * i]]
            vd = _rotr64(v[d] ^ va, 32)
            vc = v[c] + vd
            vb = _rotr64(v[b] ^ vc, 24)
            va = va + vb + m[s[2 * i + 1]]
            vd = _rotr64(vd ^ va, 16)
            vc = vc + vd
            v[a], v[b], v[c], v[d] = va, _rotr64(vb ^ vc, 63), vc, vd
    for i in range(8):
        h[i] ^= v[i] ^ v[i + 8]


def _blake2s_compress(h: list[u32], data: Buffer, off: int, count: int, last: bool, last_node: bool) -> None:
    m = [u32(data.get_u32_le(off + 4 * i)) for i in range(16)]
    v = h + [u32(x) for x in _H256]
    v[12] ^= u32(count & 0xFFFFFFFF)
    v[13] ^= u32(count >> 32)
    if last:
        v[14] = ~v[14]
        if last_node:
            v[15] = ~v[15]
    for r in range(10):
        s = _SIGMA[r]
        for i in range(8):
            a, b, c, d = _G_WORDS[i]
            va = v[a] + v[b] + m[s[2 * i]]
            vd = _rotr32(v[d] ^ va, 16)
            vc = v[c] + vd
            vb = _rotr32(v[b] ^ vc, 12)
            va = va + vb + m[s[2 * i + 1]]
            vd = _rotr32(vd ^ va, 8)
            vc = vc + vd
            v[a], v[b], v[c], v[d] = va, _rotr32(vb ^ vc, 7), vc, vd
    for i in range(8):
        h[i] ^= v[i] ^ v[i + 8]


def _blake2_params(word: int, digest_size: int, key: bytes, salt: bytes, person: bytes, fanout: int,
                   depth: int, leaf_size: int, node_offset: int, node_depth: int, inner_size: int) -> bytes:
    """The parameter block of BLAKE2b (word 8) or BLAKE2s (word 4), with
    CPython's checks and messages in its order."""
    top = 8 * word
    if not 1 <= digest_size <= top:
        raise ValueError(f"digest_size must be between 1 and {top} bytes")
    if len(salt) > 2 * word:
        raise ValueError(f"maximum salt length is {2 * word} bytes")
    if len(person) > 2 * word:
        raise ValueError(f"maximum person length is {2 * word} bytes")
    if not 0 <= fanout <= 255:
        raise ValueError("fanout must be between 0 and 255")
    if not 1 <= depth <= 255:
        raise ValueError("depth must be between 1 and 255")
    if leaf_size < 0 or node_offset < 0:
        raise ValueError("value must be positive")
    if leaf_size > 0xFFFFFFFF:
        raise OverflowError("leaf_size is too large")
    if word == 4 and node_offset > 0xFFFFFFFFFFFF:
        raise OverflowError("node_offset is too large")
    if not 0 <= node_depth <= 255:
        raise ValueError("node_depth must be between 0 and 255")
    if not 0 <= inner_size <= top:
        raise ValueError(f"inner_size must be between 0 and is {top}")
    if len(key) > top:
        raise ValueError(f"maximum key length is {top} bytes")
    p = bytearray(8 * word)
    p[0] = digest_size
    p[1] = len(key)
    p[2] = fanout
    p[3] = depth
    p[4:8] = leaf_size.to_bytes(4, "little")
    at = 14 if word == 4 else 16   # node_offset: 6 bytes in BLAKE2s, 8 in BLAKE2b
    p[8:at] = node_offset.to_bytes(at - 8, "little")
    p[at] = node_depth
    p[at + 1] = inner_size
    p[4 * word:4 * word + len(salt)] = salt
    p[6 * word:6 * word + len(person)] = person
    return bytes(p)


def _bytes(b: bytes | bytearray) -> bytes:
    return bytes(b) if isinstance(b, bytearray) else b


class _Blake2(HASH):
    """A BLAKE2 state: the last block waits in _pending until digest(),
    which compresses it with the final flag (the key, if any, is a block
    of its own before the data)."""

    def __init__(self, name: str, digest_size: int, block_size: int, last_node: bool) -> None:
        super().__init__(name, digest_size, block_size)
        self._last_node = last_node

    def _compress(self, data: Buffer, off: int, last: bool) -> None:
        raise NotImplementedError

    def _start(self, key: bytes, data: bytes | bytearray) -> None:
        if key:
            block = bytearray(self.block_size)
            block[:len(key)] = key
            self.update(block)
        self.update(data)

    def update(self, obj: bytes | bytearray, /) -> None:
        data = Buffer(obj)
        n = len(data)
        size = self.block_size
        off = 0
        while off < n:
            if self._npending == size:   # more comes: the waiting block is not the last
                self._length += size
                self._compress(Buffer(self._pending), 0, False)
                self._npending = 0
            if self._npending == 0 and n - off > size:   # whole blocks from data, not its last
                for _ in range((n - off - 1) // size):
                    self._length += size
                    self._compress(data, off, False)
                    off += size
                continue
            take = min(size - self._npending, n - off)
            for i in range(take):
                self._pending[self._npending + i] = data[off + i]
            self._npending += take
            off += take

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, _Blake2):
            other._last_node = self._last_node

    def digest(self) -> bytes:
        final = self.copy()
        assert isinstance(final, _Blake2)
        for i in range(final._npending, self.block_size):
            final._pending[i] = 0
        final._length += final._npending
        final._compress(Buffer(final._pending), 0, True)
        return final._state_bytes()[:self.digest_size]


class blake2b(_Blake2):
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    PERSON_SIZE = 16
    SALT_SIZE = 16

    def __init__(self, data: bytes | bytearray = b"", /, *, digest_size: int = 64, key: bytes | bytearray = b"",
                 salt: bytes | bytearray = b"", person: bytes | bytearray = b"", fanout: int = 1, depth: int = 1,
                 leaf_size: int = 0, node_offset: int = 0, node_depth: int = 0, inner_size: int = 0,
                 last_node: bool = False, usedforsecurity: bool = True) -> None:
        super().__init__("blake2b", digest_size, 128, last_node)
        k = _bytes(key)
        params = Buffer(_blake2_params(8, digest_size, k, _bytes(salt), _bytes(person), fanout, depth, leaf_size,
                                       node_offset, node_depth, inner_size))
        self._h = [_H512[i] ^ params.get_u64_le(8 * i) for i in range(8)]
        self._start(k, data)

    def _compress(self, data: Buffer, off: int, last: bool) -> None:
        _blake2b_compress(self._h, data, off, self._length, last, self._last_node)

    def _state_bytes(self) -> bytes:
        out = bytearray(64)
        view = Buffer(out)
        for i in range(8):
            view.set_u64_le(8 * i, self._h[i])
        return bytes(out)

    def _fresh(self) -> HASH:
        return blake2b(digest_size=self.digest_size)

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, blake2b):
            other._h[:] = self._h


class blake2s(_Blake2):
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    PERSON_SIZE = 8
    SALT_SIZE = 8

    def __init__(self, data: bytes | bytearray = b"", /, *, digest_size: int = 32, key: bytes | bytearray = b"",
                 salt: bytes | bytearray = b"", person: bytes | bytearray = b"", fanout: int = 1, depth: int = 1,
                 leaf_size: int = 0, node_offset: int = 0, node_depth: int = 0, inner_size: int = 0,
                 last_node: bool = False, usedforsecurity: bool = True) -> None:
        super().__init__("blake2s", digest_size, 64, last_node)
        k = _bytes(key)
        params = Buffer(_blake2_params(4, digest_size, k, _bytes(salt), _bytes(person), fanout, depth, leaf_size,
                                       node_offset, node_depth, inner_size))
        self._h = [u32(_H256[i]) ^ u32(params.get_u32_le(4 * i)) for i in range(8)]
        self._start(k, data)

    def _compress(self, data: Buffer, off: int, last: bool) -> None:
        _blake2s_compress(self._h, data, off, self._length, last, self._last_node)

    def _state_bytes(self) -> bytes:
        out = bytearray(32)
        view = Buffer(out)
        for i in range(8):
            view.set_u32_le(4 * i, int(self._h[i]))
        return bytes(out)

    def _fresh(self) -> HASH:
        return blake2s(digest_size=self.digest_size)

    def _copy_into(self, other: HASH) -> None:
        super()._copy_into(other)
        if isinstance(other, blake2s):
            other._h[:] = self._h


# --- the constructors -------------------------------------------------------

def sha256(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _SHA256("sha256", 32, _H256)
    h.update(string)
    return h


def sha224(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _SHA256("sha224", 28, _H224)
    h.update(string)
    return h


def sha512(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _SHA512("sha512", 64, _H512)
    h.update(string)
    return h


def sha384(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _SHA512("sha384", 48, _H384)
    h.update(string)
    return h


def sha1(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _SHA1()
    h.update(string)
    return h


def md5(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _MD5()
    h.update(string)
    return h


def sha3_224(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _Keccak("sha3_224", 28, 144, 0x06)
    h.update(string)
    return h


def sha3_256(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _Keccak("sha3_256", 32, 136, 0x06)
    h.update(string)
    return h


def sha3_384(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _Keccak("sha3_384", 48, 104, 0x06)
    h.update(string)
    return h


def sha3_512(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    h = _Keccak("sha3_512", 64, 72, 0x06)
    h.update(string)
    return h


def shake_128(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASHXOF:
    h = HASHXOF("shake_128", 168)
    h.update(string)
    return h


def shake_256(string: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASHXOF:
    h = HASHXOF("shake_256", 136)
    h.update(string)
    return h


# The names new() accepts, lower-cased, as OpenSSL knows them (no OIDs).
_NAMES = {
    "sha256": "sha256", "sha-256": "sha256", "sha2-256": "sha256",
    "sha224": "sha224", "sha-224": "sha224", "sha2-224": "sha224",
    "sha512": "sha512", "sha-512": "sha512", "sha2-512": "sha512",
    "sha384": "sha384", "sha-384": "sha384", "sha2-384": "sha384",
    "sha1": "sha1", "sha-1": "sha1", "ssl3-sha1": "sha1",
    "md5": "md5", "ssl3-md5": "md5",
    "sha3_224": "sha3_224", "sha3-224": "sha3_224", "sha3_256": "sha3_256", "sha3-256": "sha3_256",
    "sha3_384": "sha3_384", "sha3-384": "sha3_384", "sha3_512": "sha3_512", "sha3-512": "sha3_512",
    "blake2b": "blake2b", "blake2s": "blake2s", "blake2b512": "blake2b", "blake2s256": "blake2s",
}
_EXACT = {"blake2b", "blake2s", "blake2b512", "blake2s256"}   # these only as written


def _constructor(name: str) -> Callable[[bytes | bytearray], HASH]:
    """The constructor new() and hmac call for `name` (ValueError if none)."""
    canonical = _NAMES.get(name.lower(), "")
    if canonical == "sha256":
        return sha256
    if canonical == "sha224":
        return sha224
    if canonical == "sha512":
        return sha512
    if canonical == "sha384":
        return sha384
    if canonical == "sha1":
        return sha1
    if canonical == "md5":
        return md5
    if canonical == "sha3_224":
        return sha3_224
    if canonical == "sha3_256":
        return sha3_256
    if canonical == "sha3_384":
        return sha3_384
    if canonical == "sha3_512":
        return sha3_512
    if canonical == "blake2b" and name in _EXACT:
        return _blake2b
    if canonical == "blake2s" and name in _EXACT:
        return _blake2s
    raise ValueError(f"unsupported hash type {name}")


def _blake2b(data: bytes | bytearray) -> HASH:
    return blake2b(data)


def _blake2s(data: bytes | bytearray) -> HASH:
    return blake2s(data)


def new(name: str, data: bytes | bytearray = b"", *, usedforsecurity: bool = True) -> HASH:
    return _constructor(name)(data)


# --- HMAC (RFC 2104) and PBKDF2 (RFC 8018) -----------------------------------

class UnsupportedDigestmodError(ValueError):
    """What pbkdf2_hmac() raises for a name it does not know (as _hashlib's)."""


def _hmac_keys(inner: HASH, outer: HASH, key: bytes | bytearray) -> None:
    """Feeds the padded key to fresh `inner` and `outer` hashes of one
    algorithm: HMAC's two hashes then only need the message."""
    size = inner.block_size
    view = Buffer(key)
    if len(view) > size:
        long_key = inner.copy()
        long_key.update(key)
        view = Buffer(long_key.digest())
    ipad = bytearray(b"\x36" * size)
    opad = bytearray(b"\x5c" * size)
    for i in range(len(view)):
        ipad[i] ^= view[i]
        opad[i] ^= view[i]
    inner.update(ipad)
    outer.update(opad)


def _hmac_finish(inner: HASH, outer: HASH) -> bytes:
    """The HMAC of keyed hashes that have taken the message (neither changes)."""
    h = outer.copy()
    h.update(inner.digest())
    return h.digest()


def pbkdf2_hmac(hash_name: str, password: bytes | bytearray, salt: bytes | bytearray,
                iterations: int, dklen: int | None = None) -> bytes:
    """PBKDF2 with HMAC over `hash_name`: `dklen` bytes (the digest size if None)."""
    if _NAMES.get(hash_name.lower(), "") == "":
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    cons = _constructor(hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > 2147483647:
        raise OverflowError("iteration value is too great.")
    inner = cons(b"")
    outer = cons(b"")
    _hmac_keys(inner, outer, password)
    length = inner.digest_size if dklen is None else dklen
    if length < 1:
        raise ValueError("key length must be greater than 0.")
    if length > 2147483647:
        raise OverflowError("key length is too great.")
    out = bytearray()
    block = 1
    while len(out) < length:
        first = inner.copy()
        first.update(salt)
        first.update(block.to_bytes(4, "big"))
        u = _hmac_finish(first, outer)
        acc = bytearray(u)
        for _ in range(iterations - 1):
            h = inner.copy()
            h.update(u)
            u = _hmac_finish(h, outer)
            for i in range(len(acc)):
                acc[i] ^= u[i]
        out += acc
        block += 1
    return bytes(out[:length])
