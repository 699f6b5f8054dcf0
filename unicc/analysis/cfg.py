"""The control-flow graph of a function: a block's successors and
predecessors, and its loops (blocks on a cycle)."""

from __future__ import annotations

from typing import assert_never

from unicc.analysis.graph import on_cycles, reachable
from unicc.ir import ops as o


def successors(op: o.Op) -> list[o.BasicBlock]:
    op = o.as_any(op)
    match op:
        case o.Goto():
            return [op.target]
        case o.Branch():
            return [op.true, op.false]
        case o.CheckExc():
            return [op.error, op.ok]
        case o.Yield():
            return [op.cont, op.handler]
        case o.Return() | o.Unreachable():
            return []
        case (o.Const() | o.Assign() | o.Unary() | o.Binary() | o.Convert() | o.Call() | o.CallRT()
              | o.CallPtr() | o.GetField() | o.SetField() | o.GetGlobal() | o.SetGlobal() | o.StackLow()
              | o.StackObject() | o.AddrOf() | o.AddrOfReg() | o.Load() | o.LoadElem() | o.StoreElem()):
            return []   # not a terminator
        case _:
            assert_never(op)


def block_successors(bb: o.BasicBlock) -> list[o.BasicBlock]:
    return successors(bb.ops[-1]) if bb.ops else []


def predecessors(fn: o.FuncIR) -> dict[o.BasicBlock, list[o.BasicBlock]]:
    """Each block's predecessors (a block ending in a two-way jump to one
    block appears twice)."""
    preds: dict[o.BasicBlock, list[o.BasicBlock]] = {bb: [] for bb in fn.blocks}
    for bb in fn.blocks:
        for s in block_successors(bb):
            preds.setdefault(s, []).append(bb)
    return preds


def cyclic_blocks(fn: o.FuncIR) -> set[o.BasicBlock]:
    """The blocks that can reach themselves (loop bodies, reachable or not)."""
    return on_cycles(fn.blocks, block_successors)


def has_loop(fn: o.FuncIR) -> bool:
    """Whether a path from the entry comes back to a block on it."""
    if not fn.blocks:
        return False
    return bool(on_cycles(reachable([fn.blocks[0]], block_successors), block_successors))
