"""Clocks every target has: the runtime's monotonic clock, and a wall clock
counted from a configured start time where the platform has no calendar."""

from __future__ import annotations

from unicc_devices import Clock
from unicc_sys import monotonic_ns


class MonotonicClock:
    def monotonic_ns(self) -> int:
        return monotonic_ns()


class BootWallClock:
    """No calendar source: the time is `epoch_s` (seconds since 1970, 0 unless
    configured) at start, then advances with the monotonic clock."""

    def __init__(self, clock: Clock, epoch_s: int = 0) -> None:
        self.clock = clock
        self.offset = epoch_s * 1_000_000_000 - clock.monotonic_ns()

    def time_ns(self) -> int:
        return self.offset + self.clock.monotonic_ns()
