"""A disk that outlives its guest (tests/test_xen_rig.py boots this twice
on one disk image, and runs it twice under CPython on a file): `write`
writes seeded bytes over a few extents, one of them longer than a request
can carry, and `read` only reads them; both print the SHA-256 of what the
extents hold when they are read back."""

from __future__ import annotations

import hashlib
import sys

from unicc_devices import Block, Console

EXTENTS = [(1, 1), (8, 100), (300, 9)]   # (first sector, sectors); the disk's last sector too


def seeded(seed: int, n: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out[i] = x >> 16 & 255
    return bytes(out)


def extents(disk: Block) -> list[tuple[int, int]]:
    return [*EXTENTS, (disk.sectors() - 1, 1)]


def main(console: Console, disk: Block) -> int:
    size = disk.sector_size()
    console.log(f"disk: {disk.sectors()} sectors of {size} bytes")
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode not in ("write", "read"):
        console.log("usage: disk_pattern.py write|read")
        return 2
    if mode == "write":
        for first, count in extents(disk):
            disk.write(first, seeded(first, count * size))
        console.log(f"wrote {sum(c for _, c in extents(disk))} sectors in {len(extents(disk))} extents")
    digest = hashlib.sha256()
    for first, count in extents(disk):
        digest.update(disk.read(first, count))
    console.log(f"sha256 {digest.hexdigest()}")
    return 0
