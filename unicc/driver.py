"""The pipeline: check -> validate -> IR -> LLVM -> object -> link."""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from unicc.backend.emit import emit_object, optimise, target_machine
from unicc.backend.llvmgen import ModuleGen
from unicc.frontend.check import check
from unicc.frontend.validate import validate
from unicc.ir.pprint import format_module
from unicc.irbuild.module import build_program
from unicc.link import link
from unicc.targets import Target


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    d = Path(base) / "unicc"
    d.mkdir(parents=True, exist_ok=True)
    return d


@dataclass
class BuildOptions:
    target: Target
    opt: int = 2
    size: bool = False
    heap: int = 64 << 20
    emit_ir: Path | None = None
    emit_llvm: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)


def build(entry: Path, out: Path, opts: BuildOptions) -> None:
    t0 = time.perf_counter()
    prog = check(entry, cache_dir() / "mypy")
    validate(prog)
    t1 = time.perf_counter()
    mod_ir = build_program(prog.types, prog.modules)
    if opts.emit_ir is not None:
        write(opts.emit_ir, format_module(mod_ir))
    t2 = time.perf_counter()
    tm = target_machine(opts.target, opts.opt)
    gen = ModuleGen(mod_ir, opts.target.triple, str(tm.target_data), opts.heap,
                    freestanding=opts.target.name != "unix")
    llmod = optimise(str(gen.generate()), tm, opts.opt, opts.size)
    if opts.emit_llvm is not None:
        write(opts.emit_llvm, str(llmod))
    obj = emit_object(llmod, tm)
    t3 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        objpath = Path(tmp) / "program.o"
        objpath.write_bytes(obj)
        link(opts.target, objpath, out, cache_dir())
    t4 = time.perf_counter()
    opts.timings.update(check=t1 - t0, ir=t2 - t1, llvm=t3 - t2, link=t4 - t3)


def write(path: Path, text: str) -> None:
    if str(path) == "-":
        print(text, end="")
    else:
        path.write_text(text)
