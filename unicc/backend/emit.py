"""LLVM IR text -> optimised module -> object file for the target triple."""

from __future__ import annotations

import llvmlite.binding as llvm

from unicc.targets import Target

_ready = False


def _init() -> None:
    global _ready
    if not _ready:
        llvm.initialize_all_targets()
        llvm.initialize_all_asmprinters()
        # No partial redundancy elimination in GVN: in the bench ring it moved
        # pop's `head == tail` into push's branches as a merged flag (sete,
        # test, branch on x86), which ran the loop 1.2x slower than comparing
        # after the merge; no kernel of bench/ gains from it (docs/benchmarks.md).
        llvm.set_option("unicc", "-enable-pre=false")
        _ready = True


def target_machine(t: Target, opt: int) -> llvm.TargetMachine:
    _init()
    tgt = llvm.Target.from_triple(t.triple)
    return tgt.create_target_machine(cpu=t.cpu, features=t.features, opt=min(opt, 3),
                                     reloc="static", codemodel="small")


def optimise(text: str, tm: llvm.TargetMachine, level: int, size: bool) -> llvm.ModuleRef:
    mod = llvm.parse_assembly(text)
    mod.verify()
    pto = llvm.create_pipeline_tuning_options(speed_level=level)
    if size:  # -Os: no unrolling or vectorising, a low inlining threshold
        pto.loop_unrolling = False
        pto.loop_vectorization = False
        pto.slp_vectorization = False
        pto.inlining_threshold = 25
    pb = llvm.create_pass_builder(tm, pto)
    if level > 0 or size:
        pb.getModulePassManager().run(mod, pb)
    return mod


def emit_object(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> bytes:
    obj: bytes = tm.emit_object(mod)
    return obj
