"""The IR checker: the invariants every function must keep between the
builder, each pass and the backend (as mypyc's analysis/ircheck.py).

A pass that breaks one of them would otherwise show up, if at all, as an
llvmlite error or as wrong code far from its cause.  What is checked:

- the module: function names are unique; class vtables and slots name
  functions of the module;
- blocks: every function has an entry block; labels are unique; every block
  ends in exactly one terminator (none before its last op); every jump goes
  to a block of the same function; no Yield is left (irbuild/generator.py
  turns them into state machines);
- registers: every register an op (a branch's bounds too), a parameter or a
  counted loop names is one of the function's; none is read on a path from the entry that has not
  written it (a parameter is written on entry; the side of a branch on a
  constant that is never taken is no path);
- operands: each op's operand and result types agree with what the op
  does (an arithmetic op's operands have its result's type, a comparison
  gives a bool, a branch tests one, field and element accesses go through
  an object, a return gives the function's type, a call passes its callee's
  parameter types and receives its result type, a conversion is one the
  backend knows, a frame object's size is whole words ...);
- names: a call names a function of the module, a runtime function (rt_)
  or an @extern symbol; globals, symbols whose address is taken and type
  descriptors exist in the module or belong to the runtime.

`UNICC_CHECK_IR=1` (or `BuildOptions.check_ir`) runs it after the builder and
after every pass (transform/pipeline.py); the IR tests always do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import assert_never

from unicc.analysis.cfg import block_successors
from unicc.analysis.dataflow import liveness, uses_defs, writes
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, WORD, RType

RUNTIME_PREFIX = "rt_"   # functions, globals and type descriptors of runtime/


class IRError(Exception):
    """The IR broke an invariant: what, where, after which stage."""

    def __init__(self, stage: str, problems: list[str]) -> None:
        super().__init__(f"IR check failed after {stage}:\n" + "\n".join(f"  {p}" for p in problems))
        self.stage = stage
        self.problems = problems


def verify(m: o.ModuleIR, stage: str) -> None:
    problems = check_module(m)
    if problems:
        raise IRError(stage, problems)


@dataclass
class Names:
    """What the functions of a module may refer to by name."""
    functions: dict[str, o.FuncIR]
    globals: dict[str, RType]
    symbols: set[str]     # class descriptors, extern types, other symbols
    externs: set[str]


def check_module(m: o.ModuleIR) -> list[str]:
    problems: list[str] = []
    functions: dict[str, o.FuncIR] = {}
    for fn in m.functions:
        if fn.name in functions:
            problems.append(f"function {fn.name} defined twice")
        functions[fn.name] = fn
    for c in m.classes:
        for f in c.vtable + list(c.slots.values()):
            if f not in functions:
                problems.append(f"class {c.name}: vtable or slot names unknown function {f}")
    names = Names(functions, {g.name: g.type for g in m.globals},
                  {c.symbol for c in m.classes} | m.extern_types | set(m.tuple_kinds.values()), set(m.externs))
    for fn in m.functions:
        problems += [f"{fn.name}: {p}" for p in check_function(fn, names)]
    return problems


def check_function(fn: o.FuncIR, names: Names) -> list[str]:
    if not fn.blocks:
        return ["no blocks"]
    problems = check_blocks(fn)
    if problems:
        return problems   # the checks below follow the edges
    problems += check_registers(fn)
    for bb in fn.blocks:
        for op in bb.ops:
            problems += [f"L{bb.label}: {p}" for p in check_op(fn, op, names)]
    return problems


def check_blocks(fn: o.FuncIR) -> list[str]:
    problems: list[str] = []
    own = set(fn.blocks)
    labels: set[int] = set()
    for bb in fn.blocks:
        if bb.label in labels:
            problems.append(f"label L{bb.label} used twice")
        labels.add(bb.label)
        if not bb.ops or not isinstance(bb.ops[-1], o.TERMINATORS):
            problems.append(f"L{bb.label} does not end with a terminator")
        if any(isinstance(op, o.TERMINATORS) for op in bb.ops[:-1]):
            problems.append(f"L{bb.label} has a terminator before its end")
        for s in block_successors(bb):
            if s not in own:
                problems.append(f"L{bb.label} jumps to L{s.label}, a block of another function")
    return problems


def check_registers(fn: o.FuncIR) -> list[str]:
    problems: list[str] = []
    own = set(fn.registers)
    named = list(fn.params) + [r for loop in fn.loops
                               for r in (loop.index, loop.start, loop.stop, loop.step)]
    for bb in fn.blocks:
        for op in bb.ops:
            uses, defs = uses_defs(op)
            named += uses + defs
            if isinstance(op, o.Branch) and op.bounds is not None:
                named += op.bounds[:2]
    for r in dict.fromkeys(named):
        if r not in own:
            problems.append(f"{r} is not a register of the function")
    succs = taken_successors(fn)
    live = liveness(fn, succs)[fn.blocks[0]] - set(fn.params)
    for r in sorted(live, key=lambda r: r.name):
        problems.append(f"{r} may be read before it is written")
    own_blocks = set(fn.blocks)
    for loop in fn.loops:
        if any(b not in own_blocks for b in (loop.pre, loop.head, loop.inc, loop.latch)):
            problems.append("a counted loop names a block of another function")
    for w in fn.whiles:
        if any(b not in own_blocks for b in (w.pre, w.head)):
            problems.append("a while loop names a block of another function")
    return problems


def taken_successors(fn: o.FuncIR) -> Callable[[o.BasicBlock], list[o.BasicBlock]]:
    """A block's successors, but for the side of a branch on a constant that is
    never taken: the builder leaves code there that reads registers nothing
    writes (a call of a method no constructed class implements)."""
    consts: dict[o.Register, list[object]] = {}
    for bb in fn.blocks:
        for op in bb.ops:
            for r in writes(op):
                consts.setdefault(r, []).append(op.value if isinstance(op, o.Const) else op)

    def succs(bb: o.BasicBlock) -> list[o.BasicBlock]:
        last = bb.ops[-1] if bb.ops else None
        if isinstance(last, o.Branch) and last.cond not in fn.params:
            values = consts.get(last.cond, [])
            if len(values) == 1 and isinstance(values[0], bool):
                return [last.true if values[0] else last.false]
        return block_successors(bb)
    return succs


UNARY = {"neg": "int", "wneg": "int", "invert": "int", "not": "bool", "fneg": "float", "sqrt": "float",
         "numfloat": "float"}
COMPARE = {"eq", "ne", "lt", "le", "gt", "ge"}
FLOAT_ARITH = {"add", "sub", "mul", "fdiv", "idiv", "numadd", "numsub", "nummul"}
INT_ARITH = {"add", "sub", "mul", "floordiv", "mod", "lshift", "rshift", "and", "or", "xor",
             "wadd", "wsub", "wmul", "wlshift", "nadd", "nsub", "wdiv", "wmod", "wshl", "wshr"}


def same(*types: RType) -> bool:
    return all(t == types[0] for t in types)


def agree(a: RType, b: RType) -> bool:
    """Types one value can pass between: equal, or two kinds of pointer
    (an object and a raw address, PTR, are both `ptr` to LLVM)."""
    return a == b or (a.is_obj and b.is_obj)


def convertible(s: RType, d: RType) -> bool:
    """The conversions backend/llvmgen.py's Convert knows."""
    if s.is_void or d.is_void:
        return False
    return (s == d or (s.is_obj and d.is_obj) or d == WORD or s == WORD
            or (d.is_float and s.is_int) or d == BOOL or (s.is_int and d.is_int)
            or (s.bits == d.bits and not (s.is_float or d.is_float) and s.is_obj == d.is_obj))


def check_op(fn: o.FuncIR, op: o.Op, names: Names) -> list[str]:
    """What is wrong with one op's operands, names and types."""
    bad: list[str] = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            bad.append(f"{type(op).__name__}: {what}")

    op = o.as_any(op)
    match op:
        case o.Const(dest=d, value=v):
            if isinstance(v, bool):
                need(d.type == BOOL, f"bool constant in a {d.type} register")
            elif isinstance(v, int):
                need(d.type.is_int, f"int constant in a {d.type} register")
            elif isinstance(v, float):
                need(d.type.is_float, f"float constant in a {d.type} register")
            else:   # None, strings, C strings
                need(d.type.is_obj, f"{type(v).__name__} constant in a {d.type} register")
                need(not isinstance(v, (str, bytes)), f"a bare {type(v).__name__} constant (StrConst, BytesConst "
                                                      "or CStr say what it is)")
        case o.Assign(dest=d, src=s):
            need(agree(d.type, s.type), f"{s.type} assigned to a {d.type} register")
        case o.Unary(dest=d, op=name, a=a):
            kind = UNARY.get(name)
            need(kind is not None, f"unknown operator {name}")
            if kind == "bool":
                need(d.type == BOOL, f"not gives {d.type}")
            elif kind == "float":
                need(a.type.is_float and d.type.is_float, f"{name} of {a.type} to {d.type}")
            elif kind == "int":
                need(a.type.is_int and same(a.type, d.type), f"{name} of {a.type} to {d.type}")
        case o.Binary(dest=d, op=name, a=a, b=b):
            if name in COMPARE:
                need(d.type == BOOL, f"{name} gives {d.type}")
                need(agree(a.type, b.type),
                     f"{name} of {a.type} and {b.type}")
            elif a.type.is_float:
                need(name in FLOAT_ARITH, f"unknown float operator {name}")
                need(same(a.type, b.type, d.type), f"{name} of {a.type} and {b.type} to {d.type}")
            else:
                need(name in INT_ARITH, f"unknown operator {name}")
                need(a.type.is_int and same(a.type, b.type, d.type),
                     f"{name} of {a.type} and {b.type} to {d.type}")
        case o.Convert(dest=d, src=s):
            need(convertible(s.type, d.type), f"no conversion from {s.type} to {d.type}")
        case o.Call(dest=d, func=func, args=args):
            callee = names.functions.get(func)
            need(callee is not None, f"unknown function {func}")
            if callee is not None:
                params = [p.type for p in callee.params]
                need(len(args) == len(params) and all(agree(a.type, t) for a, t in zip(args, params)),
                     f"{func} takes ({', '.join(map(str, params))}), "
                     f"given ({', '.join(str(a.type) for a in args)})")
                need(d is None or agree(d.type, callee.ret), f"{func} returns {callee.ret}, not {d and d.type}")
        case o.CallRT(func=func):
            need(func.startswith(RUNTIME_PREFIX) or func in names.externs,
                 f"{func} is neither a runtime function nor an @extern symbol")
        case o.CallPtr(fn=f):
            need(f.type.is_obj, f"call through a {f.type}")
        case o.GetField(obj=obj, index=i) | o.SetField(obj=obj, index=i):
            need(obj.type.is_obj and i >= 0, f"field {i} of a {obj.type}")
        case o.GetGlobal(dest=r, name=name) | o.SetGlobal(src=r, name=name):
            t = names.globals.get(name)
            need(agree(t, r.type) if t is not None else name.startswith(RUNTIME_PREFIX),
                 f"global {name} ({t}) as {r.type}")
        case o.StackLow(dest=d):
            need(d.type == BOOL, f"gives {d.type}")
        case o.StackObject(dest=d, size=size):
            need(d.type.is_obj and size >= 16 and size % 8 == 0, f"{size} bytes into a {d.type}")
        case o.AddrOf(dest=d, symbol=sym):
            need(d.type.is_obj, f"address in a {d.type} register")
            need(sym in names.functions or sym in names.globals or sym in names.symbols
                 or sym.startswith(RUNTIME_PREFIX), f"unknown symbol {sym}")
        case o.AddrOfReg(dest=d):
            need(d.type.is_obj, f"address in a {d.type} register")
        case o.Load(addr=a):
            need(a.type.is_obj, f"load through a {a.type}")
        case o.LoadElem(base=base, index=i, size=size) | o.StoreElem(base=base, index=i, size=size):
            need(base.type.is_obj and i.type == I64 and size in (1, 2, 4, 8),
                 f"{size}-byte element {i.type} of a {base.type}")
        case o.Branch(cond=c):
            need(c.type == BOOL, f"tests a {c.type}")
        case o.Return(value=v):
            if v is None:
                need(fn.ret.is_void, f"no value from a function returning {fn.ret}")
            else:
                need(fn.ret.is_void or agree(v.type, fn.ret), f"{v.type} from a function returning {fn.ret}")
        case o.Yield():
            need(False, "left after irbuild/generator.py")
        case o.Goto() | o.CheckExc() | o.Unreachable():
            pass
        case _:
            assert_never(op)
    return bad
