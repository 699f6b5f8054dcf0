"""Entropy sources every target has.  Neither is strong: see docs/devices.md.

`JitterEntropy` times small pieces of work with the monotonic clock and
keeps the low bits of each duration; `FixedEntropy` is a configured seed,
for reproducible runs (`--random seed:HEX`).  Both stretch what they have
with ChaCha20.
"""

from __future__ import annotations

from unicc_devices import Clock
from unicc_devices.chacha import keystream

SAMPLES = 4096


class JitterEntropy:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def gather(self, n: int) -> bytes:
        pool = bytearray(32)
        acc = 0
        for i in range(SAMPLES):
            t0 = self.clock.monotonic_ns()
            for j in range(i % 7 + 1):   # a little work whose duration varies
                acc = (acc * 31 + j + t0) & 0xFFFFFFFF
            dt = self.clock.monotonic_ns() - t0
            pool[i % 32] = (pool[i % 32] * 5 + dt + (acc & 0xFF)) & 0xFF
        return keystream(bytes(pool), n)

    def source(self) -> str:
        return "monotonic clock jitter (weak, predictable under emulation)"


class FixedEntropy:
    def __init__(self, seed: str) -> None:
        self.seed = bytes.fromhex(seed)

    def gather(self, n: int) -> bytes:
        key = (self.seed + bytes(32))[:32]
        return keystream(key, n)

    def source(self) -> str:
        return "fixed seed (reproducible, not secret)"
