"""Editing IR functions after building: fresh registers and blocks, and
ops copied into duplicated blocks (transform/versioning.py, transform/tailcalls.py)."""

from __future__ import annotations

from typing import assert_never

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, RType


def retarget(op: o.Op, copy: dict[o.BasicBlock, o.BasicBlock]) -> o.Op:
    def to(bb: o.BasicBlock) -> o.BasicBlock:
        return copy.get(bb, bb)
    op = o.as_any(op)
    match op:
        case o.Goto():
            return o.Goto(to(op.target))
        case o.Branch():
            return o.Branch(op.cond, to(op.true), to(op.false), op.bounds)
        case o.CheckExc():
            return o.CheckExc(to(op.error), to(op.ok))
        case o.Yield():
            raise AssertionError("Yield is lowered before the passes run")
        case (o.Const() | o.Assign() | o.Unary() | o.Binary() | o.Convert() | o.Call() | o.CallRT()
              | o.CallPtr() | o.GetField() | o.SetField() | o.GetGlobal() | o.SetGlobal() | o.StackLow()
              | o.StackObject() | o.AddrOf() | o.AddrOfReg() | o.Load() | o.LoadElem() | o.StoreElem()
              | o.Return() | o.Unreachable()):
            return op   # ops are never mutated after building: sharing them is safe
        case _:
            assert_never(op)


def new_block(fn: o.FuncIR) -> o.BasicBlock:
    bb = o.BasicBlock(len(fn.blocks))
    fn.blocks.append(bb)
    return bb


class Emitter:
    """Appends ops to a block, with fresh registers of the function."""

    def __init__(self, fn: o.FuncIR, bb: o.BasicBlock) -> None:
        self.fn, self.bb = fn, bb

    def reg(self, t: RType) -> o.Register:
        r = o.Register(f"r{len(self.fn.registers)}", t)
        self.fn.registers.append(r)
        return r

    def const(self, v: int) -> o.Register:
        r = self.reg(I64)
        self.bb.ops.append(o.Const(r, v))
        return r

    def binary(self, op: str, a: o.Register, b: o.Register, t: RType = I64) -> o.Register:
        r = self.reg(t)
        self.bb.ops.append(o.Binary(r, op, a, b))
        return r

    def cmp(self, op: str, a: o.Register, b: o.Register) -> o.Register:
        return self.binary(op, a, b, BOOL)

    def null(self) -> o.Register:
        r = self.reg(OBJ)
        self.bb.ops.append(o.Const(r, None))
        return r

    def field(self, obj: o.Register, index: int) -> o.Register:
        r = self.reg(I64)
        self.bb.ops.append(o.GetField(r, obj, index))
        return r

    def branch(self, ok: o.Register, otherwise: o.BasicBlock) -> None:
        """Go on in a new block if ok, else to `otherwise`."""
        nxt = new_block(self.fn)
        self.bb.ops.append(o.Branch(ok, nxt, otherwise))
        self.bb = nxt
