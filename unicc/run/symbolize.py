"""Name the code a guest's panic points at.

Fault handlers print machine addresses (`panic: CPU exception 14 (page fault)
at rip=0x...`, `panic: data abort at 0x...`); the image's symbol table turns
them into the compiled Python function (`__main__.walk`) or runtime function
that faulted, which `unicc run` prints after the guest's own message.
"""

from __future__ import annotations

import re
from pathlib import Path

from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

ADDR = re.compile(r"(?:rip=|at )0x([0-9a-fA-F]+)")


def function_at(elf_path: Path, addr: int) -> str | None:
    with elf_path.open("rb") as f:
        elf = ELFFile(f)
        for sec in elf.iter_sections():
            if not isinstance(sec, SymbolTableSection):
                continue
            for sym in sec.iter_symbols():
                if sym["st_info"]["type"] == "STT_FUNC" and \
                        sym["st_value"] <= addr < sym["st_value"] + max(sym["st_size"], 1):
                    return sym.name
    return None


def explain_panic(elf_path: Path, console: str) -> str | None:
    """`unicc: the fault is in X` for the last panic line of the console, if any."""
    panics = [line for line in console.splitlines() if line.startswith("panic:")]
    if not panics or not elf_path.exists():
        return None
    m = ADDR.search(panics[-1])
    if m is None:
        return None
    name = function_at(elf_path, int(m.group(1), 16))
    if name is None:
        return None
    where = "compiled Python function " if "." in name else "function "
    return f"unicc: the fault is in the {where}{name}"
