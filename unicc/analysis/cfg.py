"""The control-flow graph of a function: a block's successors and
predecessors, and its loops (blocks on a cycle)."""

from __future__ import annotations

from unicc.analysis.graph import on_cycles, reachable
from unicc.ir import ops as o


def successors(op: o.Op) -> list[o.BasicBlock]:
    if isinstance(op, o.Goto):
        return [op.target]
    if isinstance(op, o.Branch):
        return [op.true, op.false]
    if isinstance(op, o.CheckExc):
        return [op.error, op.ok]
    if isinstance(op, o.Yield):
        return [op.cont, op.handler]
    return []


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
