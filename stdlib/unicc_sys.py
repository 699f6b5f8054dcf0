"""The platform services the event loop and device drivers need from the runtime.

Compiled, each function is one call into the target's C runtime; under
CPython the bodies below are the reference behaviour.
"""

from __future__ import annotations

from unicc_rt import extern


@extern("rt_monotonic_ns")
def monotonic_ns() -> int:
    """Nanoseconds of a monotonic clock with an arbitrary origin."""
    import time
    return time.monotonic_ns()


@extern("rt_time_ns")
def time_ns() -> int:
    """Nanoseconds since 1970-01-01 UTC where the platform has a calendar
    clock (unix); elsewhere the monotonic clock, as though booted at 1970."""
    import time
    return time.time_ns()


@extern("rt_block_until")
def block_until(deadline_ns: int) -> None:
    """Idle the CPU until monotonic_ns() >= deadline_ns or a device event
    arrives (whichever is first; returning early is allowed)."""
    import time
    delay = deadline_ns - time.monotonic_ns()
    if delay > 0 and _watched:
        import select
        select.select(_watched, [], [], delay / 1e9)
    elif delay > 0:
        time.sleep(delay / 1e9)


# Under CPython: the device descriptors whose input ends block_until's wait
# (compiled, the unix runtime keeps them: runtime/platform/unix/platform.c).
_watched: list[int] = []


@extern("rt_float_bits")
def float_bits(x: float) -> int:
    """The IEEE 754 bits of x as an int (negative when the sign bit is set)."""
    import struct
    return int.from_bytes(struct.pack("<d", x), "little", signed=True)


@extern("rt_float_from_bits")
def float_from_bits(u: int) -> float:
    """The double whose IEEE 754 bits are u (two's complement for the sign bit)."""
    import struct
    return float(struct.unpack("<d", (u & (2**64 - 1)).to_bytes(8, "little"))[0])


@extern("rt_gc_collect")
def gc_collect() -> None:
    """A full collection now."""
    import gc
    gc.collect()


@extern("rt_gc_heap_used")
def heap_used() -> int:
    """Bytes of the heap in use: those live at the last collection plus those
    allocated since.  Under CPython, tracemalloc's figure while it traces,
    else 0: the two runs never agree on it, so print it only to a log."""
    import tracemalloc
    return tracemalloc.get_traced_memory()[0]


def heap_in_use() -> int:
    """Bytes live after a full collection (the collector scans the stack
    conservatively, so a dead object a stale word still points at counts)."""
    gc_collect()
    return heap_used()
