"""Build a target's C runtime (cached) and link it with the program object.

Both steps use the toolchain in the `ziglang` wheel: clang as `zig cc` and
LLVM's linker as `zig ld.lld`, so no system compiler is needed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from unicc.errors import UserError
from unicc.image import Image, elf_path
from unicc.targets import ROOT, RUNTIME, Target


def zig(*args: str) -> list[str]:
    return [sys.executable, "-m", "ziglang", *args]


def run_tool(cmd: list[str]) -> None:
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        tool = cmd[3] if len(cmd) > 3 else cmd[0]
        raise UserError([f"unicc: error: {tool} failed:"] + p.stderr.strip().splitlines()[:20])


def runtime_sources(t: Target) -> list[Path]:
    srcs: list[Path] = []
    for d in t.runtime_dirs:
        srcs += sorted(p for p in d.glob("*") if p.suffix in (".c", ".S"))
    return srcs


def build_runtime(t: Target, cache: Path) -> list[Path]:
    """Compile each runtime source once per content+flags; return the objects."""
    out = cache / "runtime" / t.name
    out.mkdir(parents=True, exist_ok=True)
    headers = b"".join(p.read_bytes() for p in sorted(RUNTIME.rglob("*.h")))
    objs = []
    # Paths in the DWARF are relative to the checkout, so a cached object is
    # the same whichever clone built it (the size report relies on it).
    relative = [f"-ffile-prefix-map={ROOT}/=", "-fdebug-compilation-dir=."]
    salt = " ".join([*t.cflags, "relative-dwarf"]).encode()
    for src in runtime_sources(t):
        key = hashlib.sha256(src.read_bytes() + headers + salt).hexdigest()[:16]
        obj = out / f"{src.parent.name}-{src.stem}-{key}.o"
        if not obj.exists():
            tmp = obj.with_suffix(f".{os.getpid()}.tmp.o")   # parallel builds share the cache
            run_tool(zig("cc", *t.cflags, *relative, f"-I{RUNTIME / 'include'}", f"-I{src.parent}",
                         "-c", str(src), "-o", str(tmp)))
            tmp.replace(obj)
        objs.append(obj)
    return objs


def link(t: Target, program_obj: Path, out: Path, cache: Path, gc_sections: bool = True) -> Image:
    """Link the image `out` (for a zImage target also OUT.elf); gc_sections=False
    is the standard build: the whole runtime stays in."""
    objs = build_runtime(t, cache)
    cmd = zig("ld.lld", "-nostdlib", *(["--gc-sections"] if gc_sections else []), *t.link_flags)
    if t.linker_script:
        cmd += ["-T", str(RUNTIME / t.linker_script)]
    elf = elf_path(t, out)
    cmd += [str(o) for o in objs] + [str(program_obj), "-o", str(elf)]
    run_tool(cmd)
    if t.image == "zimage":   # the ARM Linux boot protocol image: raw bytes of the ELF
        run_tool(zig("objcopy", "-O", "binary", str(elf), str(out)))
    return Image.load(t, out)
