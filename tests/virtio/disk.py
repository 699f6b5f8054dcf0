"""A disk that outlives the guest (tests/test_virtio.py boots this twice on
one disk image): `write` fills sectors 1..300 with a pattern (in one write
that takes several virtio-blk requests) and exits; `read` reads them back
and checks them, and checks that sectors past the end and a partial sector
raise ValueError; `bulk` writes and reads the first 64 MiB sequentially
and prints how long each took."""

from __future__ import annotations

import sys

from unicc_devices import Block, Clock, Console

FIRST, COUNT = 1, 300


def pattern(sector: int, size: int) -> bytes:
    return bytes([(sector * 31 + i * 7 + (i >> 8)) & 255 for i in range(size)])


def check(console: Console, disk: Block) -> int:
    size = disk.sector_size()
    got = disk.read(FIRST, COUNT)
    bad = [s for s in range(COUNT) if got[s * size:(s + 1) * size] != pattern(FIRST + s, size)]
    console.log(f"read back {len(got)} bytes, sectors wrong: {len(bad)}")
    for what, sector, count in (("past the end", disk.sectors() - 1, 2), ("negative", -1, 1)):
        try:
            disk.read(sector, count)
            console.log(f"{what}: read?")
        except ValueError as e:
            console.log(f"{what}: ValueError: {e}")
    try:
        disk.write(0, bytes(100))
    except ValueError as e:
        console.log(f"partial sector: ValueError: {e}")
    return 1 if bad else 0


def bulk(console: Console, disk: Block, clock: Clock) -> None:
    chunk = bytes(range(256)) * 4096             # 1 MiB
    sectors = len(chunk) // disk.sector_size()
    t0 = clock.monotonic_ns()
    for i in range(64):
        disk.write(i * sectors, chunk)
    t1 = clock.monotonic_ns()
    same = all(disk.read(i * sectors, sectors) == chunk for i in range(64))
    t2 = clock.monotonic_ns()
    console.log(f"64 MiB: written in {(t1 - t0) / 1e9:.2f} s, read back in {(t2 - t1) / 1e9:.2f} s, same: {same}")


def main(console: Console, disk: Block, clock: Clock) -> int:
    size = disk.sector_size()
    console.log(f"disk: {disk.sectors()} sectors of {size} bytes")
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "write":
        disk.write(FIRST, b"".join(pattern(FIRST + s, size) for s in range(COUNT)))
        console.log(f"wrote sectors {FIRST}..{FIRST + COUNT}")
        return 0
    if mode == "read":
        return check(console, disk)
    if mode == "bulk":
        bulk(console, disk, clock)
        return 0
    console.log("usage: disk.py write|read|bulk")
    return 2
