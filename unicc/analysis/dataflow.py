"""Dataflow over the IR: what an op reads and writes, and which registers
are live on entry to each block."""

from __future__ import annotations

from collections.abc import Callable
from typing import assert_never

from unicc.analysis.cfg import block_successors
from unicc.ir import ops as o
from unicc.ir.rtypes import WORD


def uses_defs(op: o.Op) -> tuple[list[o.Register], list[o.Register]]:
    """The registers op reads and those it defines (its result; a Yield's
    thrown exception), each in the order of the op's fields."""
    op = o.as_any(op)
    match op:
        case o.Const() | o.StackLow() | o.StackObject() | o.AddrOf() | o.GetGlobal():
            return [], [op.dest]
        case o.Assign() | o.Convert():
            return [op.src], [op.dest]
        case o.Unary():
            return [op.a], [op.dest]
        case o.Binary():
            return [op.a, op.b], [op.dest]
        case o.Call() | o.CallRT():
            return list(op.args), optional(op.dest)
        case o.CallPtr():
            return [op.fn, *op.args], optional(op.dest)
        case o.GetField():
            return [op.obj], [op.dest]
        case o.SetField():
            return [op.obj, op.src], []
        case o.SetGlobal():
            return [op.src], []
        case o.AddrOfReg() if op.reg.type == WORD:
            # raw words are only ever out-parameters (a cursor's key/value): written, not read
            return [], [op.dest, op.reg]
        case o.AddrOfReg():
            return [op.reg], [op.dest]
        case o.Load():
            return [op.addr], [op.dest]
        case o.LoadElem():
            return [op.base, op.index], [op.dest]
        case o.StoreElem():
            return [op.base, op.index, op.src], []
        case o.Branch():
            return [op.cond], []   # bounds only describe the test
        case o.Return():
            return optional(op.value), []
        case o.Yield():
            return optional(op.value), optional(op.dest) + optional(op.thrown)
        case o.Goto() | o.CheckExc() | o.Unreachable():
            return [], []
        case _:
            assert_never(op)


def optional(r: o.Register | None) -> list[o.Register]:
    return [r] if r is not None else []


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
