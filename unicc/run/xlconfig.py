"""Write a ready Xen domain configuration next to a Xen guest image.

`unicc build --target xen|xen-arm -o app` also writes `app.xl`, so that
`xl create -c app.xl` in dom0 boots the program.  The fixed settings come
from the target table (`Target.xl`); the memory is sized from the linked ELF:
everything from the image's first byte to its last (stacks included), plus
the heap the program was built with (`--heap`), plus room for what Xen puts
in guest RAM (start_info, the device tree, the console page); 32 MiB at least.
"""

from __future__ import annotations

from pathlib import Path

from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

from unicc.targets import Target

MIB = 1 << 20
XEN_SLACK_MIB = 16   # below the image (x86: the first 1 MiB) and Xen's own pages
MIN_MIB = 32         # the smallest guest seen working under Xen 4.17 (TOOLCHAIN.md)


def heap_size(elf: ELFFile) -> int:
    """The value of the program's `unicc_heap_size` global (see --heap)."""
    symtab = elf.get_section_by_name(".symtab")
    assert isinstance(symtab, SymbolTableSection)
    syms = symtab.get_symbol_by_name("unicc_heap_size")
    assert syms, "not a unicc program: no unicc_heap_size"
    sym = syms[0]
    section = elf.get_section(sym["st_shndx"])
    offset = sym["st_value"] - section["sh_addr"]
    return int.from_bytes(section.data()[offset:offset + 8], "little")


def memory_mib(elf_path: Path) -> int:
    with elf_path.open("rb") as f:
        elf = ELFFile(f)
        loads = [s for s in elf.iter_segments() if s["p_type"] == "PT_LOAD"]
        start = min(s["p_paddr"] for s in loads)
        end = max(s["p_paddr"] + s["p_memsz"] for s in loads)
        need = int(end - start) + heap_size(elf)
    return max(MIN_MIB, -(-need // MIB) + XEN_SLACK_MIB)


def write(t: Target, elf: Path, image: Path) -> Path:
    """Write IMAGE.xl for a Xen target; `elf` is the linked ELF of `image`."""
    out = image.with_suffix(".xl")
    settings: dict[str, str | int] = {
        "name": image.stem, **(t.xl or {}), "kernel": str(image.resolve()),
        "memory": memory_mib(elf), "vcpus": 1, "cmdline": image.stem}
    lines = [f"# Xen domain for {image.name}, written by `unicc build --target {t.name}`.",
             f"# Boot it from dom0 with `xl create -c {out.name}`; the console ends with",
             "# EXIT=<status>, since Xen does not pass an exit status on.  The first word",
             "# of cmdline is sys.argv[0]: append the program's arguments after it.",
             *(f"{k} = {v}" if isinstance(v, int) else f'{k} = "{v}"'
               for k, v in settings.items())]
    out.write_text("\n".join(lines) + "\n")
    return out
