"""The pipeline: check -> validate -> IR -> passes -> LLVM -> object -> link."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from llvmlite import ir

from unicc.backend.emit import emit_object, optimise, target_machine
from unicc.backend.llvmgen import ModuleGen
from unicc.config import Glue, configure, explain
from unicc.errors import UserError, located, sort_messages
from unicc.frontend.check import Program, check
from unicc.frontend.validate import unsupported
from unicc.image import Image
from unicc.ir.ops import ModuleIR
from unicc.ir.pprint import format_module
from unicc.irbuild.module import build_program
from unicc.link import link
from unicc.transform.pipeline import check_requested, run_passes
from unicc.targets import Target


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    d = Path(base) / "unicc"
    d.mkdir(parents=True, exist_ok=True)
    return d


def mypy_cache_dir() -> Path:
    """mypy's incremental cache.  Builds running at the same time must not
    share one (each drops the entries of the modules it compiles, which
    another may be reading): UNICC_MYPY_CACHE gives each its own, as the
    test suite does for its parallel workers."""
    own = os.environ.get("UNICC_MYPY_CACHE")
    return Path(own) if own else cache_dir() / "mypy"


@dataclass
class BuildOptions:
    target: Target
    opt: int = 2
    size: bool = False
    heap: int | None = None   # None: the target's default
    emit_ir: Path | None = None           # the IR after the passes
    emit_ir_before: Path | None = None    # the IR as the builder made it
    emit_llvm: Path | None = None
    devices: dict[str, str] = field(default_factory=dict)   # --net/--block/--device choices
    dce: bool = True          # False: the "standard build", everything the program imports is kept
    timings: dict[str, float] = field(default_factory=dict)
    check_ir: bool = field(default_factory=check_requested)   # ir/check.py after each stage


def check_program(entry: Path, glue: Glue | None) -> Program:
    """Type-check the program: through its generated main module when it takes
    devices (errors there are reported where the device is asked for)."""
    if glue is None:
        return check(entry, mypy_cache_dir())
    try:
        return check(glue.path, mypy_cache_dir(), text=glue.text)
    except UserError as e:
        raise UserError(explain(e.messages, glue)) from None


def lower(entry: Path, target: Target, devices: dict[str, str],
          timings: dict[str, float] | None = None, dce: bool = True) -> ModuleIR:
    """The front half that `unicc check` and `unicc build` share: type check,
    validation and the IR of the whole program.  Every error of all three at
    once, sorted (UserError); mypy's lints (check.LINTS) are warnings, printed
    on stderr when nothing else is wrong."""
    return FrontHalf(entry, devices, dce).lower(target, timings)


class FrontHalf:
    """The front half of one program for the targets it is built for: the
    type check is made once per generated main module (the same for targets
    with the same devices), the IR once per check and subset errors (open()
    is one only where there are no files).  The IR is target-independent:
    the backend gets the target."""

    def __init__(self, entry: Path, devices: dict[str, str], dce: bool) -> None:
        self.entry, self.devices, self.dce = entry, devices, dce
        self.checked: dict[str | None, Program] = {}
        self.lowered: dict[tuple[str | None, tuple[str, ...]], ModuleIR] = {}
        self.warned: set[str | None] = set()

    def lower(self, target: Target, timings: dict[str, float] | None = None) -> ModuleIR:
        t0 = time.perf_counter()
        glue = configure(self.entry, target, self.devices)
        key = None if glue is None else glue.text
        prog = self.checked.get(key)
        if prog is None:
            prog = self.checked[key] = check_program(self.entry, glue)
        t1 = time.perf_counter()
        rejected = unsupported(prog, None if target.hosted else target.name)
        mod_ir = self.lowered.get((key, tuple(rejected)))
        if mod_ir is None:
            try:
                mod_ir = build_program(prog.types, prog.modules, rejected, self.dce)
            except UserError as e:
                raise UserError(sort_messages(prog.warnings + e.messages)) from None
            self.lowered[key, tuple(rejected)] = mod_ir
            if prog.warnings and key not in self.warned:   # once, when nothing else is wrong
                self.warned.add(key)
                sys.stdout.flush()
                print("\n".join(sort_messages(prog.warnings)), file=sys.stderr)
        if timings is not None:
            timings.update(check=t1 - t0, ir=time.perf_counter() - t1)
        return mod_ir


def build(entry: Path, out: Path, opts: BuildOptions) -> Image:
    """Compile the program `entry` into the image `out` (see unicc/image.py)."""
    return build_all(entry, [(out, opts)])[0]


def build_all(entry: Path, jobs: list[tuple[Path, BuildOptions]]) -> list[Image]:
    """Compile the program `entry` for several targets, each job an image and
    its options (which differ only in target and heap): the front half and
    the passes are made once for the targets they are the same for."""
    front = FrontHalf(entry, jobs[0][1].devices, jobs[0][1].dce)
    passed: set[int] = set()   # the IRs the passes have run on (in place)
    images = []
    for out, opts in jobs:
        mod_ir = front.lower(opts.target, opts.timings)
        t1 = time.perf_counter()
        if id(mod_ir) not in passed:
            if opts.emit_ir_before is not None:
                write(opts.emit_ir_before, format_module(mod_ir))
            run_passes(mod_ir, check=opts.check_ir, dce=opts.dce)
            passed.add(id(mod_ir))
            if opts.emit_ir is not None:
                write(opts.emit_ir, format_module(mod_ir))
        opts.timings.update(passes=time.perf_counter() - t1)
        images.append(back_half(mod_ir, out, opts))
    return images


def back_half(mod_ir: ModuleIR, out: Path, opts: BuildOptions) -> Image:
    """The IR after the passes, for opts.target: LLVM, object, link."""
    t2 = time.perf_counter()
    tm = target_machine(opts.target, opts.opt)
    arch = opts.target.arch
    gen = ModuleGen(mod_ir, opts.target.triple, str(tm.target_data),
                    opts.heap or opts.target.heap,
                    freestanding=not opts.target.hosted,
                    stack_pointer=(arch.stack_pointer, arch.stack_pointer_bits))
    llvm_mod = gen.generate()
    if not opts.dce:
        keep_everything(llvm_mod)
    llmod = optimise(str(llvm_mod), tm, opts.opt, opts.size)
    if opts.emit_llvm is not None:
        write(opts.emit_llvm, str(llmod))
    obj = emit_object(llmod, tm)
    t3 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        objpath = Path(tmp) / "program.o"
        objpath.write_bytes(obj)
        try:
            image = link(opts.target, objpath, out, cache_dir(), gc_sections=opts.dce)
        except UserError as e:
            raise (unknown_extern(e, mod_ir.externs) or e) from None
    opts.timings.update(llvm=t3 - t2, link=time.perf_counter() - t3)
    return image


def unknown_extern(e: UserError, externs: dict[str, tuple[str, int, int]]) -> UserError | None:
    """ld.lld's undefined symbol, when an @extern names it: said where it is named."""
    for line in e.messages:
        sym = line.partition("undefined symbol: ")[2].strip()
        if sym in externs:
            path, ln, col = externs[sym]
            return UserError([located(path, ln, col, f"@extern(\"{sym}\"): the runtime has no symbol {sym}")])
    return None


def keep_everything(mod: ir.Module) -> None:
    """The standard build (--no-dce): every function and global of every compiled
    module goes in `llvm.used`, so LLVM's dead-code elimination keeps them all
    (inlining still happens; the out-of-line copies stay)."""
    used = [v for v in mod.global_values
            if not (isinstance(v, ir.Function) and v.is_declaration)
            and not (isinstance(v, ir.GlobalVariable) and v.initializer is None)]
    arr = ir.ArrayType(ir.PointerType(), len(used))
    g = ir.GlobalVariable(mod, arr, "llvm.used")
    g.linkage = "appending"
    g.section = "llvm.metadata"
    g.initializer = ir.Constant(arr, used)


def write(path: Path, text: str) -> None:
    if str(path) == "-":
        print(text, end="")
    else:
        path.write_text(text)
