"""Boot tests for the ARMv7 platforms (cubieboard2, xen-arm) without the compiler.

tests/boot_arm/prog.c stands in for a compiled program; it is linked with
runtime/core, runtime/arch/armv7 and the platform exactly as unicc links, and booted
under QEMU through unicc.run.qemu: cubieboard2 as an ELF on orangepi-pc, xen-arm
as a zImage on virt (loaded 32 KiB above its link address, so it relocates
itself) and as an ELF (loaded at its link address, no device tree).
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import struct
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

from unicc import link
from unicc.image import Image
from unicc.run import qemu
from unicc.targets import RUNTIME, TARGETS

pytestmark = pytest.mark.skipif(shutil.which("qemu-system-arm") is None,
                                reason="qemu-system-arm is not installed")

PROG = Path(__file__).parent / "boot_arm" / "prog.c"
CHECKS = ("div -1234564186430\nmod -897499\nudiv 2571428571428571428\n"
          "f2i 1000000000000000\ni2f -1234567890\nalloc 1\nclock 1\nstack 1\n")


def expected(*argv: str) -> str:
    return "hello from unicc\n" + "".join(f"argv {a}\n" for a in argv) + CHECKS


Build = Callable[[str, int], Image]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    cache = tmp_path_factory.mktemp("cache")
    images: dict[tuple[str, int], Image] = {}

    def build_one(target: str, fault: int) -> Image:
        if (target, fault) not in images:
            t = TARGETS[target]
            obj = cache / f"prog-{target}-{fault}.o"
            link.run_tool(link.zig("cc", *t.cflags, f"-I{RUNTIME / 'include'}",
                                   f"-DFAULT={fault}", "-c", str(PROG), "-o", str(obj)))
            image = obj.with_suffix("")
            images[target, fault] = link.link(t, obj, image, cache)  # a zImage target also leaves IMAGE.elf
        return images[target, fault]

    return build_one


def boot(image: Image, argv: list[str]) -> tuple[int, str, float]:
    out = io.BytesIO()
    start = time.monotonic()
    status = qemu.run(image, argv, timeout=30, out=out)
    return status, out.getvalue().decode(), time.monotonic() - start


def test_cubieboard2(build: Build) -> None:
    status, out, secs = boot(build("cubieboard2", 0), ["prog"])
    assert (status, out) == (7, expected("cubieboard2"))
    assert secs < 10


def test_xen_arm_zimage_relocates(build: Build) -> None:
    status, out, secs = boot(build("xen-arm", 0), ["prog", "a", "bc"])
    assert (status, out) == (7, expected("prog", "a", "bc"))
    assert secs < 10


def test_xen_arm_elf_at_link_address(build: Build) -> None:
    """No relocation and no device tree: default PL011, RAM and argv."""
    image = build("xen-arm", 0)
    status, out, _ = boot(dataclasses.replace(image, boot=image.elf), ["prog"])
    assert (status, out) == (7, expected("xen-arm"))


def test_zimage_header(build: Build) -> None:
    data = build("xen-arm", 0).boot.read_bytes()
    magic, start, end, order = struct.unpack_from("<4I", data, 0x24)
    assert (magic, start, end, order) == (0x016F2818, 0, len(data), 0x04030201)


def symbols(elf: Path) -> dict[str, tuple[str, int, int]]:
    """name -> (type, address, size)"""
    with elf.open("rb") as f:
        symtab = ELFFile(f).get_section_by_name(".symtab")
        assert isinstance(symtab, SymbolTableSection)
        return {str(s.name): (s["st_info"]["type"], s["st_value"], s["st_size"])
                for s in symtab.iter_symbols()}


def test_exception_vectors_aligned(build: Build) -> None:
    assert symbols(build("cubieboard2", 0).elf)["arm_vectors"][1] % 32 == 0


def function_at(elf: Path, addr: int) -> str:
    for name, (kind, start, size) in symbols(elf).items():
        if kind == "STT_FUNC" and start <= addr < start + size:
            return name
    return "?"


FAULTS = {
    1: r"panic: data abort at 0x([0-9a-f]{8}) \(DFAR=0xf0000010, DFSR=0x[0-9a-f]{8}\)",
    2: r"panic: undefined instruction at 0x([0-9a-f]{8})",
    3: r"panic: stack overflow",
}


@pytest.mark.parametrize("target", ["cubieboard2", "xen-arm"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_panics(build: Build, target: str, fault: int) -> None:
    image = build(target, fault)
    status, out, _ = boot(image, ["prog"])
    assert status == 70
    m = re.fullmatch(re.escape(expected(target if target == "cubieboard2" else "prog"))
                     + FAULTS[fault] + "\n", out)
    assert m, out
    if m.groups():  # the reported address is the faulting instruction's
        assert function_at(image.elf, int(m.group(1), 16)) == "unicc_main"

