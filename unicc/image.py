"""What a build makes: the image of one program for one target.

`link()` writes it and `build()` returns it; the host tools (unicc/run/,
unicc/report/) and the command line take it instead of working out where
the ELF is.  For a zImage target the boot image is the ELF's raw bytes and
the ELF stays next to it as IMAGE.elf; otherwise the ELF is what boots.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

from unicc.targets import Target


@dataclass(frozen=True)
class Image:
    target: Target
    elf: Path      # the linked ELF: symbols, sections, the size report, panics
    boot: Path     # the file that boots: the zImage, or the ELF itself
    heap: int      # bytes of heap the program asks for (--heap; its unicc_heap_size)

    @staticmethod
    def load(target: Target, out: Path) -> Image:
        """The image linked for `target` at `out` (what `unicc build -o out` wrote)."""
        elf = elf_path(target, out)
        return Image(target, elf, out, heap_size(elf))


def elf_path(target: Target, out: Path) -> Path:
    """Where the ELF of the image `out` is: beside a zImage, or `out` itself."""
    return out.with_name(out.name + ".elf") if target.image == "zimage" else out


def heap_size(elf_path: Path) -> int:
    """The value of the program's `unicc_heap_size` global (see --heap)."""
    with elf_path.open("rb") as f:
        elf = ELFFile(f)
        symtab = elf.get_section_by_name(".symtab")
        assert isinstance(symtab, SymbolTableSection)
        syms = symtab.get_symbol_by_name("unicc_heap_size")
        assert syms, "not a unicc program: no unicc_heap_size"
        sym = syms[0]
        section = elf.get_section(sym["st_shndx"])
        offset = sym["st_value"] - section["sh_addr"]
        return int.from_bytes(section.data()[offset:offset + 8], "little")
