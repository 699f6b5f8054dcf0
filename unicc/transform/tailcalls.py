"""Accumulated tail calls: `return x + f(...)` inside f becomes a loop.

Recursive functions such as fib end with `return x + f(args)`: the value of
the last call is only added to.  That call needs no frame of its own: f can
take args as its parameters, add x to an accumulator, and jump back to its
start; each return then gives the accumulator plus its value.

The program as written adds innermost first, T_j = x_j + T_(j+1), and
raises OverflowError when a T_j leaves the i64 range.  Regrouped, the sums
must fail exactly then.  While every term is >= 0 the T_j only grow
outwards, so one checked add of the accumulator to the innermost value
decides them all.  A negative term, or an accumulator that would overflow,
leaves the loop through the call as written (the same checks as before,
then a checked add of the accumulator): exact in every case.

The loop takes no stack, so an endless recursion through it would not end
with RecursionError; after BUDGET turns it raises it, as the stack check
does for calls (the limit is implementation-defined, as in CPython).
"""

from __future__ import annotations

from dataclasses import dataclass

from unicc.analysis import dataflow
from unicc.ir import ops as o
from unicc.transform.edit import Emitter, new_block
from unicc.ir.rtypes import I64

BUDGET = 1 << 20


@dataclass(eq=False)
class Site:
    block: o.BasicBlock     # ends with `c = call f(args)` and its CheckExc
    call: o.Call
    term: o.Register        # x of `return x + c`
    consts: list[o.Const]   # made between the call and the add (x may be one)


def accumulate_tail_calls(fn: o.FuncIR) -> None:
    entry = fn.blocks[0] if fn.blocks else None
    if fn.ret != I64 or entry is None or len(entry.ops) != 2 \
            or not isinstance(entry.ops[0], o.StackLow) or not isinstance(entry.ops[1], o.Branch):
        return   # only a function that starts with its stack check (no cells to make first)
    if any(isinstance(op, o.Yield) for bb in fn.blocks for op in bb.ops):
        return
    start, deep = entry.ops[1].false, entry.ops[1].true
    sites = [s for bb in fn.blocks if (s := site(fn, bb)) is not None]
    exits = {error_exit(s) for s in sites}
    if not sites or len(exits) != 1:
        return
    exit_ = exits.pop()
    emit = Emitter(fn, entry)
    acc, budget = emit.reg(I64), emit.reg(I64)
    entry.ops[:0] = [o.Const(acc, 0), o.Const(budget, 0)]
    add_to_returns(fn, acc, exit_, deep)
    for s in sites:
        loop_back(fn, s, acc, budget, start, deep)


def site(fn: o.FuncIR, bb: o.BasicBlock) -> Site | None:
    """bb when it ends with `c = call fn(...)`, followed by `return x + c`."""
    if len(bb.ops) < 2 or not isinstance(bb.ops[-1], o.CheckExc):
        return None
    call, check = bb.ops[-2], bb.ops[-1]
    if not (isinstance(call, o.Call) and call.func == fn.name and call.dest is not None):
        return None
    ok = check.ok.ops   # [constants...] x + c, CheckExc
    if len(ok) < 2 or not isinstance(ok[-2], o.Binary) or not isinstance(ok[-1], o.CheckExc) \
            or not all(isinstance(op, o.Const) for op in ok[:-2]):
        return None
    add, c = ok[-2], call.dest
    if add.op != "add" or add.dest.type != I64 or ok[-1].error is not check.error \
            or (add.a is c) == (add.b is c) or not plain_exit(check.error):
        return None
    ret = ok[-1].ok.ops
    if not (len(ret) == 1 and isinstance(ret[0], o.Return) and ret[0].value is add.dest):
        return None
    if sum(c in dataflow.uses_defs(op)[0] for b in fn.blocks for op in b.ops) != 1:
        return None   # the call's value is the add's alone
    return Site(bb, call, add.b if add.a is c else add.a, [op for op in ok[:-2] if isinstance(op, o.Const)])


def error_exit(s: Site) -> o.BasicBlock:
    check = s.block.ops[-1]
    assert isinstance(check, o.CheckExc)
    return check.error


def plain_exit(bb: o.BasicBlock) -> bool:
    """A block that only returns, leaving the pending exception to the caller."""
    ops = bb.ops
    if len(ops) == 1:
        return isinstance(ops[0], o.Return) and ops[0].value is None
    return len(ops) == 2 and isinstance(ops[0], o.Const) and isinstance(ops[1], o.Return) \
        and ops[1].value is ops[0].dest


def add_to_returns(fn: o.FuncIR, acc: o.Register, exit_: o.BasicBlock, deep: o.BasicBlock) -> None:
    """Every normal return gives acc + its value (checked, raising to exit_);
    the blocks that return beside a pending exception stay as they are."""
    raising = {deep} | {op.error for bb in fn.blocks for op in bb.ops if isinstance(op, o.CheckExc)}
    for bb in list(fn.blocks):
        ret = bb.ops[-1] if bb.ops else None
        if bb in raising or not isinstance(ret, o.Return) or ret.value is None:
            continue
        emit = Emitter(fn, bb)
        bb.ops.pop()
        total = emit.binary("add", acc, ret.value)
        done = new_block(fn)
        bb.ops.append(o.CheckExc(exit_, done))
        done.ops.append(o.Return(total))


def loop_back(fn: o.FuncIR, s: Site, acc: o.Register, budget: o.Register,
              start: o.BasicBlock, deep: o.BasicBlock) -> None:
    """Replace the call by: unless x < 0 or acc + x overflows (the call as
    written, in its own block), acc += x, parameters = args, go to start."""
    bb = s.block
    call_block = new_block(fn)
    call_block.ops = bb.ops[-2:]
    del bb.ops[-2:]
    bb.ops += s.consts
    emit = Emitter(fn, bb)
    total = emit.binary("wadd", acc, s.term)
    signs = emit.binary("or", s.term, total)    # negative: x < 0, or acc + x wrapped
    emit.branch(emit.cmp("ge", signs, emit.const(0)), call_block)
    turns = emit.binary("wadd", budget, emit.const(1))
    emit.branch(emit.cmp("ne", turns, emit.const(BUDGET)), deep)
    temps = [emit.reg(a.type) for a in s.call.args]
    emit.bb.ops += [o.Assign(acc, total), o.Assign(budget, turns)]
    emit.bb.ops += [o.Assign(t, a) for t, a in zip(temps, s.call.args)]
    emit.bb.ops += [o.Assign(p, t) for p, t in zip(fn.params, temps)]
    emit.bb.ops.append(o.Goto(start))
