"""Dataflow over the IR: what an op reads and writes, and which registers
are live on entry to each block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from unicc.analysis.cfg import block_successors
from unicc.ir import ops as o
from unicc.ir.rtypes import WORD


def uses_defs(op: o.Op) -> tuple[list[o.Register], list[o.Register]]:
    uses: list[o.Register] = []
    defs: list[o.Register] = []
    if isinstance(op, o.AddrOfReg) and op.reg.type == WORD:
        # raw words are only ever out-parameters (a cursor's key/value): written, not read
        return [], [op.dest, op.reg]
    for fl in fields(op):   # type: ignore[arg-type]
        v = getattr(op, fl.name)
        if fl.name == "dest" or (isinstance(op, o.Yield) and fl.name == "thrown"):
            if isinstance(v, o.Register):
                defs.append(v)
        elif isinstance(v, o.Register):
            uses.append(v)
        elif isinstance(v, list):
            uses += [x for x in v if isinstance(x, o.Register)]
    return uses, defs


def liveness(fn: o.FuncIR, succs: Callable[[o.BasicBlock], list[o.BasicBlock]] = block_successors
             ) -> dict[o.BasicBlock, set[o.Register]]:
    """Registers live on entry to each block (backward dataflow to a fixpoint);
    succs: the edges to follow (ir/check.py leaves out those never taken)."""
    live_in: dict[o.BasicBlock, set[o.Register]] = {bb: set() for bb in fn.blocks}
    summary = {}
    for bb in fn.blocks:   # per block: upward-exposed uses and definitions
        gen: set[o.Register] = set()
        kill: set[o.Register] = set()
        for op in reversed(bb.ops):
            u, d = uses_defs(op)
            gen -= set(d)
            kill |= set(d)
            gen |= set(u)
        summary[bb] = (gen, kill, succs(bb))
    changed = True
    while changed:
        changed = False
        for bb in reversed(fn.blocks):
            gen, kill, succ = summary[bb]
            out: set[o.Register] = set()
            for s in succ:
                out |= live_in[s]
            new = gen | (out - kill)
            if new != live_in[bb]:
                live_in[bb] = new
                changed = True
    return live_in


def writes(op: o.Op) -> list[o.Register]:
    """The registers an op may write: its dest, and the register whose address
    it takes (an out-parameter, written through the address)."""
    dest = getattr(op, "dest", None)
    out = [dest] if isinstance(dest, o.Register) else []
    return out + [op.reg] if isinstance(op, o.AddrOfReg) else out
