"""Dataflow over the IR: what an op reads and writes, and which registers
are live on entry to each block."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, assert_never

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


K = TypeVar("K", bound=Hashable)
Kills = dict[tuple[o.BasicBlock, int], list[tuple[int, K]]]


def must_defined(fn: o.FuncIR, keys: set[K], at_entry: set[K], kills: Kills[K],
                 defs: Callable[[o.Op], list[K]]) -> dict[o.BasicBlock, set[K]]:
    """Which of `keys` (registers, or globals by name) are assigned on every path to
    the entry of each block (forward dataflow, intersection at joins); defs(op):
    the keys op assigns.  kills[(bb, i)]: keys that become unassigned before
    ops[i] of bb (a `del`), each with its sequence number among the reads and
    kills recorded at that point.  The error edge of a CheckExc leaves the block
    before the op that raised, so that op's result is not assigned there."""
    state: dict[o.BasicBlock, set[K]] = {bb: set(keys) for bb in fn.blocks}
    entry = fn.blocks[0]
    state[entry] = at_entry & keys
    work = [entry]
    seen = {entry}   # blocks not reached keep everything: nothing is reported there
    while work:
        bb = work.pop()
        for succ, out in block_exits(bb, state[bb], kills, defs):
            new = state[succ] & out
            if succ not in seen or new != state[succ]:
                state[succ] = new
                seen.add(succ)
                work.append(succ)
    return state


def defined_before(bb: o.BasicBlock, index: int, start: set[K], kills: Kills[K],
                   defs: Callable[[o.Op], list[K]], seq: int = -1) -> set[K]:
    """The keys assigned when ops[index] of bb is reached, from those at its entry;
    with the kills recorded there before sequence number `seq` (-1: all of them)."""
    cur = set(start)
    for i, op in enumerate(bb.ops[:index]):
        cur -= {k for _, k in kills.get((bb, i), [])}
        cur |= set(defs(op))
    return cur - {k for n, k in kills.get((bb, index), []) if seq < 0 or n < seq}


def block_exits(bb: o.BasicBlock, start: set[K], kills: Kills[K],
                defs: Callable[[o.Op], list[K]]) -> list[tuple[o.BasicBlock, set[K]]]:
    if not bb.ops:
        return []
    last = bb.ops[-1]
    n = len(bb.ops) - 1
    done = defined_before(bb, n, start, kills, defs)
    if isinstance(last, o.CheckExc) and n >= 1:
        # the op before the CheckExc raised: its result is not assigned on that edge
        return [(last.error, defined_before(bb, n - 1, start, kills, defs)), (last.ok, done)]
    return [(s, done) for s in block_successors(bb)]
