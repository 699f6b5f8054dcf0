"""The reference run: the program under CPython, with typeguard checking every
annotated call of the program's own modules at run time (`unicc run --target
python`).  stdlib/ runs unchecked: it is unicc's, held to mypy --strict and to
the differential suite, and checking it at run time made the network
programs ten to thirty times slower (every Buffer access, every segment)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from unicc.paths import STDLIB

BOOT = """
import runpy, sys
from typeguard import install_import_hook
entry, names = sys.argv[1], sys.argv[2].split(",")
sys.argv = [entry] + sys.argv[3:]
sys.path[:0] = [__import__("os").path.dirname(entry) or ".", *SEARCH]
sys.path.append(STDLIB)   # after CPython's library: its own time, string... run, not unicc's
install_import_hook([n for n in names if n])
runpy.run_module(__import__("os").path.basename(entry)[:-3], run_name="__main__", alter_sys=True)
"""


def own_modules(entry: Path, search: list[Path]) -> list[str]:
    """Top-level module and package names of the program: only these are
    instrumented, never stdlib/ or CPython's own library."""
    names = set()
    for d in (entry.parent, *search):
        for p in d.iterdir():
            if p.suffix == ".py":
                names.add(p.stem)
            elif p.is_dir() and (p / "__init__.py").exists():
                names.add(p.name)
    return sorted(names - set(sys.stdlib_module_names))


def run_reference(entry: Path, args: list[str], search: list[Path] | None = None) -> int:
    """search: more directories of the program's modules (a generated main
    module runs from a temporary directory)."""
    search = search or []
    boot = BOOT.replace("STDLIB", repr(str(STDLIB))).replace("SEARCH", repr([str(d) for d in search]))
    cmd = [sys.executable, "-c", boot, str(entry), ",".join(own_modules(entry, search)), *args]
    return subprocess.call(cmd)
