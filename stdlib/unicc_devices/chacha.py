"""ChaCha20 (RFC 8439) and the CSPRNG built on it.

The block function is written with 32-bit machine words (unicc_types.u32),
so compiled it is plain wrapping arithmetic; under CPython the same code
runs on the u32 class.  `ChaChaRandom` draws keystream blocks and, after
every request, replaces its key with fresh keystream ("fast key erasure"),
so a later compromise of the state does not reveal earlier output.
"""

from __future__ import annotations

from unicc_devices import Entropy
from unicc_types import u32

SIGMA = [u32(0x61707865), u32(0x3320646E), u32(0x79622D32), u32(0x6B206574)]  # "expand 32-byte k"


def words(data: bytes) -> list[u32]:
    """Little-endian 32-bit words of data (whose length is a multiple of 4)."""
    return [u32(int.from_bytes(data[i:i + 4], "little")) for i in range(0, len(data), 4)]


def rotl(x: u32, n: int) -> u32:
    return (x << u32(n)) | (x >> u32(32 - n))


def quarter_round(s: list[u32], a: int, b: int, c: int, d: int) -> None:
    s[a] = s[a] + s[b]
    s[d] = rotl(s[d] ^ s[a], 16)
    s[c] = s[c] + s[d]
    s[b] = rotl(s[b] ^ s[c], 12)
    s[a] = s[a] + s[b]
    s[d] = rotl(s[d] ^ s[a], 8)
    s[c] = s[c] + s[d]
    s[b] = rotl(s[b] ^ s[c], 7)


def block(key: list[u32], counter: int, nonce: list[u32]) -> bytes:
    """One 64-byte keystream block (RFC 8439, section 2.3)."""
    init = SIGMA + key + [u32(counter)] + nonce
    s = list(init)
    for _ in range(10):
        quarter_round(s, 0, 4, 8, 12)
        quarter_round(s, 1, 5, 9, 13)
        quarter_round(s, 2, 6, 10, 14)
        quarter_round(s, 3, 7, 11, 15)
        quarter_round(s, 0, 5, 10, 15)
        quarter_round(s, 1, 6, 11, 12)
        quarter_round(s, 2, 7, 8, 13)
        quarter_round(s, 3, 4, 9, 14)
    out = bytearray()
    for i in range(16):
        out += int(s[i] + init[i]).to_bytes(4, "little")
    return bytes(out)


def keystream(key: bytes, n: int) -> bytes:
    """The first n bytes of ChaCha20's keystream for a 32-byte key, nonce 0."""
    k, nonce = words(key), [u32(0), u32(0), u32(0)]
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += block(k, counter, nonce)
        counter += 1
    return bytes(out[:n])


class ChaChaRandom:
    """The Random device: ChaCha20 keyed with 32 bytes from an Entropy device."""

    def __init__(self, entropy: Entropy) -> None:
        self.key = entropy.gather(32)

    def random_bytes(self, n: int) -> bytes:
        stream = keystream(self.key, n + 32)
        self.key = stream[n:]
        return stream[:n]

    def below(self, n: int) -> int:
        if n < 1 or n > 1 << 56:
            raise ValueError(f"below({n}): n must be in [1, 2**56]")
        # Rejection sampling: draws past the last whole multiple of n would
        # make small results more likely.
        limit = (1 << 56) - (1 << 56) % n
        while True:
            x = int.from_bytes(self.random_bytes(7), "little")
            if x < limit:
                return x % n
