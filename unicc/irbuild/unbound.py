"""Locals read where they may be unassigned: `for i in range(n): pass;
return i` with n == 0, a name assigned in one branch only, after `del x`, or
after an `except E as e` handler.  CPython raises UnboundLocalError there.

The builder records each read of a local (Builder.local_reads) and each
`del` (Builder.unbinds).  Once a function is built, a definite-assignment
analysis over its IR (analysis/dataflow.must_defined) finds the reads that
may see no assignment; only the locals read there get a flag, set by each
assignment and cleared by `del`, and only those reads test it.  Code where
every read follows an assignment is unchanged.
"""

from __future__ import annotations

from unicc.analysis.dataflow import Kills, defined_before, must_defined, writes
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ, PTR
from unicc.irbuild.builder import Builder, LocalRead

def check_unbound(b: Builder) -> None:
    if not b.local_reads:
        return
    fn = b.fn
    regs = {r.reg for r in b.local_reads}
    kills: Kills = {}
    for bb, i, seq, r in b.unbinds:
        kills.setdefault((bb, i), []).append((seq, r))
    state = must_defined(fn, regs, set(b.py_params), kills)
    unsure = [rd for rd in b.local_reads
              if rd.reg not in defined_before(rd.block, rd.index, state[rd.block], regs, kills, rd.seq)]
    if not unsure:
        return
    flags = {rd.reg: b.reg(BOOL, f"bound_{rd.name}") for rd in unsure}
    checks: dict[o.BasicBlock, dict[int, list[LocalRead]]] = {}
    for rd in unsure:
        checks.setdefault(rd.block, {}).setdefault(rd.index, []).append(rd)
    for bb in list(fn.blocks):
        rewrite(b, bb, flags, checks.get(bb, {}), kills)
    entry = fn.blocks[0]
    entry.ops[0:0] = [op for f in flags.values() for op in set_flag(b, f, False)]


def set_flag(b: Builder, flag: o.Register, value: bool) -> list[o.Op]:
    c = b.reg(BOOL)
    return [o.Const(c, value), o.Assign(flag, c)]


def rewrite(b: Builder, bb: o.BasicBlock, flags: dict[o.Register, o.Register],
            checks: dict[int, list[LocalRead]], kills: Kills) -> None:
    """bb with the flags kept up to date, split before each read that tests one."""
    ops = bb.ops
    if not any(isinstance(x, o.Register) and x in flags for op in ops for x in writes(op)) and not checks \
            and not any(k[0] is bb for k in kills):
        return
    cur = bb
    cur.ops = []
    for i, op in enumerate(ops):
        # in the order recorded: `del x` tests x, then unbinds it
        events = sorted([(read.seq, read, None) for read in checks.get(i, [])] +
                        [(seq, None, r) for seq, r in kills.get((bb, i), [])], key=lambda ev: ev[0])
        for _, read, r in events:
            if read is not None:
                cont, bad = b.new_block(), b.new_block()
                cur.ops.append(o.Branch(flags[read.reg], cont, bad))
                raise_unbound(b, bad, read)
                cur = cont
            elif r is not None and r in flags:
                cur.ops += set_flag(b, flags[r], False)
        cur.ops.append(op)
        if isinstance(op, o.TERMINATORS):
            continue   # (a Yield's received value is never a local itself)
        for w in writes(op):
            if w in flags:
                cur.ops += set_flag(b, flags[w], True)


def raise_unbound(b: Builder, bad: o.BasicBlock, read: LocalRead) -> None:
    t, m = b.reg(PTR), b.reg(OBJ)
    msg = f"cannot access local variable '{read.name}' where it is not associated with a value"
    bad.ops += [o.AddrOf(t, "rt_type_UnboundLocalError"), o.Const(m, o.CStrConst(msg)),
                o.CallRT(None, "rt_raise_msg", [t, m]), o.Goto(read.handler)]
