"""The direct calls between the functions of a program, and recursion."""

from __future__ import annotations

from unicc.analysis.graph import on_cycles
from unicc.ir import ops as o


def direct_callees(fn: o.FuncIR) -> set[str]:
    """The names of the IR functions fn calls directly (o.Call)."""
    return {op.func for bb in fn.blocks for op in bb.ops if isinstance(op, o.Call)}


def recursive(m: o.ModuleIR) -> set[str]:
    """The functions on a cycle of direct calls."""
    calls = {f.name: direct_callees(f) for f in m.functions}
    return on_cycles(calls, lambda f: calls.get(f, ()))


def calls_itself(fn: o.FuncIR) -> bool:
    return fn.name in direct_callees(fn)
