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

from collections.abc import Callable, Hashable

from unicc.analysis.dataflow import Kills, defined_before, must_defined, writes
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ, PTR
from unicc.irbuild.builder import Builder, LocalRead


def check_unbound(b: Builder, assigned_elsewhere: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """Flags and tests for the reads of b's function that may find no value;
    assigned_elsewhere: globals a function may assign (never tested)."""
    local = [rd for rd in b.local_reads if isinstance(rd.key, o.Register)]
    glob = [rd for rd in b.local_reads if isinstance(rd.key, str) and rd.key not in assigned_elsewhere]
    if local:
        place_checks(b, local, set(b.py_params), lambda op: [w for w in writes(op) if isinstance(w, o.Register)])
    if glob:
        place_checks(b, glob, set(), lambda op: [op.name] if isinstance(op, o.SetGlobal) else [])


def place_checks(b: Builder, reads: list[LocalRead], at_entry: set[Hashable],
                 defs: Callable[[o.Op], list[Hashable]]) -> None:
    fn = b.fn
    keys: set[Hashable] = {rd.key for rd in reads}
    kills: Kills[Hashable] = {}
    for bb, i, seq, k in b.unbinds:
        if k in keys:
            kills.setdefault((bb, i), []).append((seq, k))

    def key_defs(op: o.Op) -> list[Hashable]:
        return [k for k in defs(op) if k in keys]
    state = must_defined(fn, keys, at_entry, kills, key_defs)
    unsure = [rd for rd in reads
              if rd.key not in defined_before(rd.block, rd.index, state[rd.block], kills, key_defs, rd.seq)]
    if not unsure:
        return
    flags: dict[Hashable, o.Register] = {rd.key: b.reg(BOOL, f"bound_{rd.name}") for rd in unsure}
    checks: dict[o.BasicBlock, dict[int, list[LocalRead]]] = {}
    for rd in unsure:
        checks.setdefault(rd.block, {}).setdefault(rd.index, []).append(rd)
    for bb in list(fn.blocks):
        rewrite(b, bb, flags, checks.get(bb, {}), kills, key_defs)
    entry = fn.blocks[0]
    entry.ops[0:0] = [op for f in flags.values() for op in set_flag(b, f, False)] + \
        [op for k in flags if isinstance(k, o.Register) for op in zero(b, k)]


def zero(b: Builder, r: o.Register) -> list[o.Op]:
    """A value for a local a flag guards, so the IR checker sees it written before
    every read (the flag's test keeps that value from being used)."""
    c = b.reg(r.type)
    return [o.Const(c, None if r.type.is_obj else 0.0 if r.type.is_float else 0), o.Assign(r, c)]


def set_flag(b: Builder, flag: o.Register, value: bool) -> list[o.Op]:
    c = b.reg(BOOL)
    return [o.Const(c, value), o.Assign(flag, c)]


def rewrite(b: Builder, bb: o.BasicBlock, flags: dict[Hashable, o.Register],
            checks: dict[int, list[LocalRead]], kills: Kills[Hashable],
            defs: Callable[[o.Op], list[Hashable]]) -> None:
    """bb with the flags kept up to date, split before each read that tests one."""
    ops = bb.ops
    if not any(k in flags for op in ops for k in defs(op)) and not checks and not any(k[0] is bb for k in kills):
        return
    cur = bb
    cur.ops = []
    for i, op in enumerate(ops):
        # in the order recorded: `del x` tests x, then unbinds it
        events = sorted([(read.seq, read, None) for read in checks.get(i, [])] +
                        [(seq, None, k) for seq, k in kills.get((bb, i), [])], key=lambda ev: ev[0])
        for _, read, k in events:
            if read is not None:
                cont, bad = b.new_block(), b.new_block()
                cur.ops.append(o.Branch(flags[read.key], cont, bad))
                raise_unbound(b, bad, read)
                cur = cont
            elif k is not None and k in flags:
                cur.ops += set_flag(b, flags[k], False)
        cur.ops.append(op)
        if isinstance(op, o.TERMINATORS):
            continue   # (a Yield's received value is never a local itself)
        for k in defs(op):
            if k in flags:
                cur.ops += set_flag(b, flags[k], True)


def raise_unbound(b: Builder, bad: o.BasicBlock, read: LocalRead) -> None:
    t, m = b.reg(PTR), b.reg(OBJ)
    if isinstance(read.key, str):
        exc, msg = "rt_type_NameError", f"name '{read.name}' is not defined"
    else:
        exc = "rt_type_UnboundLocalError"
        msg = f"cannot access local variable '{read.name}' where it is not associated with a value"
    bad.ops += [o.AddrOf(t, exc), o.Const(m, o.CStrConst(msg)),
                o.CallRT(None, "rt_raise_msg", [t, m]), o.Goto(read.handler)]
