"""How much RAM a guest gets: one rule, with the parameters of each host.

RAM = max(floor, ceil(span + heap_factor * heap) + slack) MiB, where span is
the loaded image from its first byte to its last (stacks included) when the
host counts it, and heap is what the program was built with (--heap).

- QEMU: twice the heap plus 64 MiB, 256 MiB at least; the image is not
  counted (the 64 MiB and the second heap's worth cover it and what QEMU's
  loader puts in RAM: boot parameters, the device tree).
- Xen (the .xl of `unicc build`, which the Xen rig boots): exactly the image
  and the heap plus 16 MiB for what Xen puts in guest RAM and what lies below
  the image (x86: the first 1 MiB); 32 MiB at least, the smallest guest seen
  working under Xen 4.17 (TOOLCHAIN.md).

A board with fixed RAM (cubieboard2) says so in its QEMU command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from elftools.elf.elffile import ELFFile

from unicc.image import Image

MIB = 1 << 20


@dataclass(frozen=True)
class Sizing:
    floor_mib: int       # never less
    heap_factor: int     # bytes of RAM per byte of heap
    slack_mib: int       # for what the host puts in guest RAM
    counts_image: bool   # whether the loaded image's span counts


QEMU = Sizing(floor_mib=256, heap_factor=2, slack_mib=64, counts_image=False)
XEN = Sizing(floor_mib=32, heap_factor=1, slack_mib=16, counts_image=True)


def memory_mib(image: Image, sizing: Sizing) -> int:
    """The guest RAM in MiB for `image` on a host sized by `sizing`."""
    need = (loaded_span(image.elf) if sizing.counts_image else 0) + sizing.heap_factor * image.heap
    return max(sizing.floor_mib, -(-need // MIB) + sizing.slack_mib)


def loaded_span(elf_path: Path) -> int:
    """Bytes from the first loaded byte of the ELF to its last (bss included)."""
    with elf_path.open("rb") as f:
        loads = [s for s in ELFFile(f).iter_segments() if s["p_type"] == "PT_LOAD"]
        start = min(s["p_paddr"] for s in loads)
        end = max(s["p_paddr"] + s["p_memsz"] for s in loads)
    return int(end - start)
