"""Dataflow over the IR: a block's successors, what an op reads and writes,
and which registers are live on entry to each block."""

from __future__ import annotations

from dataclasses import fields

from unicc.ir import ops as o
from unicc.ir.rtypes import WORD


def block_successors(bb: o.BasicBlock) -> list[o.BasicBlock]:
    return successors(bb.ops[-1]) if bb.ops else []


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


def has_loop(fn: o.FuncIR) -> bool:
    """Whether a path from the entry comes back to a block on it (an
    iterative depth-first search: functions may have thousands of blocks)."""
    if not fn.blocks:
        return False
    on_path, done = {fn.blocks[0]}, set()
    stack = [(fn.blocks[0], iter(block_successors(fn.blocks[0])))]
    while stack:
        bb, succs = stack[-1]
        s = next(succs, None)
        if s is None:
            stack.pop()
            on_path.discard(bb)
            done.add(bb)
        elif s in on_path:
            return True
        elif s not in done:
            on_path.add(s)
            stack.append((s, iter(block_successors(s))))
    return False


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


def liveness(fn: o.FuncIR) -> dict[o.BasicBlock, set[o.Register]]:
    """Registers live on entry to each block (backward dataflow to a fixpoint)."""
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
        summary[bb] = (gen, kill, block_successors(bb))
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
