"""The reference run: the program under CPython, with typeguard checking every
annotated call of the program's own modules at run time (`unicc run --target
python`).  stdlib/ runs unchecked: it is unicc's, held to mypy --strict and to
the differential suite, and checking it at run time made the network
programs ten to thirty times slower (every Buffer access, every segment)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

from unicc.paths import STDLIB

BOOT = """
import runpy, sys
from typeguard import install_import_hook
entry, names, main = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
sys.argv = [entry] + sys.argv[4:]
sys.path[:0] = [__import__("os").path.dirname(entry) or ".", *SEARCH]
sys.path.append(STDLIB)   # after CPython's library: its own time, string... run, not unicc's
install_import_hook([n for n in names if n])
if main:   # generated glue: run from its text, so no file outlives the process
    exec(compile(main, entry, "exec"), {"__name__": "__main__", "__file__": entry})
else:
    runpy.run_module(__import__("os").path.basename(entry)[:-3], run_name="__main__", alter_sys=True)
"""


def own_modules(home: Path, search: list[Path]) -> list[str]:
    """Top-level module and package names of the program: only these are
    instrumented, never stdlib/ or CPython's own library."""
    names = set()
    for d in (home, *search):
        if not d.is_dir():
            continue
        for p in d.iterdir():
            if p.suffix == ".py":
                names.add(p.stem)
            elif p.is_dir() and (p / "__init__.py").exists():
                names.add(p.name)
    return sorted(names - set(sys.stdlib_module_names))


def run_reference(entry: Path, args: list[str], search: list[Path] | None = None,
                  main: str = "") -> NoReturn:
    """Replace this process by CPython running the program, so that whoever
    runs `unicc run --target python` (and kills it on a timeout) holds
    CPython itself.  main: the text of a generated main module named entry,
    whose other modules are in the directories of search."""
    search = search or []
    boot = BOOT.replace("STDLIB", repr(str(STDLIB))).replace("SEARCH", repr([str(d) for d in search]))
    modules = ",".join(own_modules(entry.parent, search))
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, "-c", boot, str(entry), modules, main, *args])
