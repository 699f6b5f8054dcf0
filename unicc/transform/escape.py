"""Objects that cannot outlive the call that makes them live in its frame.

An object made with a constant size, outside any loop, whose pointer the
function (and every function it is passed to) only reads and writes fields
through, reads the type of, or compares, is made in the stack frame
(o.StackObject) instead of the heap.  No allocation, no collection; and once
LLVM has inlined the methods it is used with, its fields become registers
(SROA): the `Ring` of a loop of `push` and `pop` calls keeps its mask and
list in registers, as a C struct local would.

The collector scans the stack conservatively, so the heap objects such a
frame object points to stay alive.  Anything else done with the pointer
(stored, returned, passed to the runtime or through a function pointer)
keeps the object on the heap.
"""

from __future__ import annotations

from unicc.analysis import dataflow
from unicc.analysis.cfg import cyclic_blocks
from unicc.ir import abi, ops as o, runtime
from unicc.ir.rtypes import OBJ

MAX_SIZE = 256   # bytes of one frame object


def allocate_in_frames(functions: list[o.FuncIR]) -> None:
    by_name = {fn.name: fn for fn in functions}
    escapes = param_escapes(functions, by_name)
    for fn in functions:
        # in a loop, one frame slot would be shared by the objects of several passes
        loops = cyclic_blocks(fn)
        for bb in fn.blocks:
            for k, op in enumerate(bb.ops):
                new = frame_object(fn, op)
                if new is not None and bb not in loops and not escaping(fn, new.dest, escapes, by_name):
                    bb.ops[k] = new


def frame_object(fn: o.FuncIR, op: o.Op) -> o.StackObject | None:
    """The frame allocation for `rt_alloc(&type, size)` with both constant."""
    if not (isinstance(op, o.CallRT) and op.func == runtime.ALLOC and op.dest is not None):
        return None
    tp, size = (single_def(fn, a) for a in op.args)
    if isinstance(tp, o.AddrOf) and isinstance(size, o.Const) and isinstance(size.value, int) \
            and not isinstance(size.value, bool) and abi.HEADER <= size.value <= MAX_SIZE \
            and size.value % abi.WORD == 0:
        return o.StackObject(op.dest, tp.symbol, size.value)
    return None


def single_def(fn: o.FuncIR, r: o.Register) -> o.Op | None:
    defs = [op for bb in fn.blocks for op in bb.ops if r in dataflow.writes(op)]
    return defs[0] if len(defs) == 1 else None


def param_escapes(functions: list[o.FuncIR], by_name: dict[str, o.FuncIR]) -> dict[str, list[bool]]:
    """Which parameters of each function may outlive the call (to be safe,
    any that is not an object): assumed none, then marked until nothing
    changes (a recursion passing a parameter to itself does not make it
    escape)."""
    escapes = {fn.name: [False] * len(fn.params) for fn in functions}
    changed = True
    while changed:
        changed = False
        for fn in functions:
            for i, p in enumerate(fn.params):
                if not escapes[fn.name][i] and (p.type != OBJ or escaping(fn, p, escapes, by_name)):
                    escapes[fn.name][i] = True
                    changed = True
    return escapes


def escaping(fn: o.FuncIR, r: o.Register, escapes: dict[str, list[bool]],
             by_name: dict[str, o.FuncIR]) -> bool:
    ops = [op for bb in fn.blocks for op in bb.ops]
    aliases = {r}
    grew = True
    while grew:   # the registers the pointer is copied into
        grew = False
        for op in ops:
            if isinstance(op, o.Assign) and op.src in aliases and op.dest not in aliases:
                aliases.add(op.dest)
                grew = True
    return any(escapes_through(op, aliases, escapes, by_name) for op in ops)


def escapes_through(op: o.Op, aliases: set[o.Register], escapes: dict[str, list[bool]],
                    by_name: dict[str, o.FuncIR]) -> bool:
    uses = [u for u in dataflow.uses_defs(op)[0] if u in aliases]
    if isinstance(op, o.AddrOfReg) and op.reg in aliases:
        return True
    if not uses or isinstance(op, (o.Assign, o.GetField, o.Load)):
        return False
    if isinstance(op, o.SetField):
        return op.src in aliases
    if isinstance(op, o.Binary):
        return op.op not in ("eq", "ne")
    if isinstance(op, o.Call):
        callee = by_name.get(op.func)
        return callee is None or any(a in aliases and escapes[op.func][i] for i, a in enumerate(op.args))
    return True
