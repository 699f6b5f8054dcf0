"""Python's `time` module, the part a program without an operating system
can have: the clocks and sleep, over the runtime's clocks (unicc_sys).

`import time` finds this module rather than typeshed's stub (stdlib/ is on
mypy's path), so its functions are compiled like the program's own; under
CPython `time` is built into the interpreter and this file is not imported.
perf_counter and monotonic are one clock, as on Linux.  time() is the
calendar clock on unix; the unikernel targets have none and count from 1970
at boot.  The calendar functions (localtime, strftime, ...) are not here:
mypy reports them as missing attributes.
"""

from __future__ import annotations

import unicc_sys

_NS = 1_000_000_000
_MAX_SLEEP = 9_223_372_036.854775808   # seconds: 2**63 nanoseconds


def time_ns() -> int:
    return unicc_sys.time_ns()


def time() -> float:
    return unicc_sys.time_ns() / 1e9


def monotonic_ns() -> int:
    return unicc_sys.monotonic_ns()


def monotonic() -> float:
    return unicc_sys.monotonic_ns() / 1e9


def perf_counter_ns() -> int:
    return unicc_sys.monotonic_ns()


def perf_counter() -> float:
    return unicc_sys.monotonic_ns() / 1e9


def sleep(secs: float, /) -> None:
    """Suspend the program for at least `secs` seconds (CPython's checks and
    messages for the argument)."""
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if secs >= _MAX_SLEEP:
        raise OverflowError("timestamp out of range for platform time_t")
    ns = int(secs * _NS)
    if ns < secs * _NS:    # round up: never wake early
        ns += 1
    deadline = unicc_sys.monotonic_ns() + ns
    while unicc_sys.monotonic_ns() < deadline:   # an event may end the wait early
        unicc_sys.block_until(deadline)
