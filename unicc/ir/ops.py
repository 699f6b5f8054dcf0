"""The unicc IR: functions of basic blocks of explicit, typed operations.

Conventions:
- A Register is a typed, mutable function-local slot (the backend gives each
  an alloca; LLVM's mem2reg turns them into SSA).  Temporaries are registers
  written once.
- An op that can raise is followed by an explicit CheckExc terminator: the
  builder always knows where an exception goes (a handler or the function's
  error exit), so no later pass has to find it.
- Don't subclass concrete ops; add a field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from unicc.ir import abi
from unicc.ir.rtypes import RType, VOID


@dataclass(eq=False)
class Register:
    name: str
    type: RType

    def __str__(self) -> str:
        return f"%{self.name}"


@dataclass(frozen=True)
class StrConst:
    value: str


@dataclass(frozen=True)
class BytesConst:
    value: bytes


@dataclass(frozen=True)
class CStrConst:
    """A NUL-terminated C string (source file names for tracebacks)."""
    value: str


ConstValue = Union[int, float, bool, None, StrConst, BytesConst, CStrConst]


class Op:
    """Base of all ops; ops that produce a value have a `dest` field."""



@dataclass(eq=False)
class Const(Op):
    dest: Register
    value: ConstValue


@dataclass(eq=False)
class Assign(Op):
    dest: Register
    src: Register


@dataclass(eq=False)
class Unary(Op):
    dest: Register
    op: str          # neg (checked), wneg, not, invert, fneg, sqrt, numfloat (transform/numtags.py)
    a: Register


@dataclass(eq=False)
class Binary(Op):
    """Arithmetic and comparisons on machine values.

    Checked i64 ops (add sub mul floordiv mod lshift) raise like CPython
    (OverflowError, ZeroDivisionError, ValueError); the builder follows them
    with CheckExc.  Wrapping ops (wadd ...) are for fixed-width ints.
    """
    dest: Register
    op: str
    a: Register
    b: Register


@dataclass(eq=False)
class Convert(Op):
    """Change representation: int<->float, bool<->int, word<->value, ext/trunc.

    `tower`: an int or bool going where mypy's numeric tower lets it be a
    float (not float(x)); transform/numtags.py keeps it an int where the
    value can be seen (a CheckExc follows it for that)."""
    dest: Register
    src: Register
    tower: bool = False


@dataclass(eq=False)
class Call(Op):
    dest: Register | None
    func: str                  # IR function name
    args: list[Register]


@dataclass(eq=False)
class CallRT(Op):
    dest: Register | None
    func: str                  # runtime C function
    args: list[Register]


@dataclass(eq=False)
class CallPtr(Op):
    """Indirect call: fn is a code address (closures, vtables)."""
    dest: Register | None
    fn: Register
    args: list[Register]


@dataclass(eq=False)
class GetField(Op):
    """Load word `index` after the header of an object, as dest's type.
    `name`: the attribute it holds, when it is one (transform/numtags.py)."""
    dest: Register
    obj: Register
    index: int
    name: str = ""


@dataclass(eq=False)
class SetField(Op):
    obj: Register
    index: int
    src: Register
    name: str = ""   # as GetField's


@dataclass(eq=False)
class GetGlobal(Op):
    dest: Register
    name: str


@dataclass(eq=False)
class SetGlobal(Op):
    name: str
    src: Register


@dataclass(eq=False)
class StackLow(Op):
    """dest = the stack pointer is below the runtime's rt_stack_limit: the
    call depth check that raises RecursionError before the stack overflows."""
    dest: Register


@dataclass(eq=False)
class StackObject(Op):
    """dest = a new object of `size` bytes in the function's frame: header
    (type `symbol`) and zeroed fields, as rt_alloc makes them (transform/escape.py)."""
    dest: Register
    symbol: str
    size: int


@dataclass(eq=False)
class AddrOf(Op):
    """Address of a symbol: a type descriptor, a function, a global."""
    dest: Register
    symbol: str


@dataclass(eq=False)
class AddrOfReg(Op):
    """Address of a register's slot (out-parameters of runtime calls)."""
    dest: Register
    reg: Register


@dataclass(eq=False)
class Load(Op):
    """Load a value of dest's type from an address plus a byte offset."""
    dest: Register
    addr: Register
    offset: int


@dataclass(eq=False)
class LoadElem(Op):
    """Load element `index` (of `size` bytes: 8 = a word, 1 = a byte, zero-
    extended) of an array whose first element is `offset` bytes into `base`:
    list items and bytes without a call into the runtime."""
    dest: Register
    base: Register
    index: Register
    offset: int
    size: int = 8


@dataclass(eq=False)
class StoreElem(Op):
    """Store the low `size` bytes of src as element `index` (see LoadElem)."""
    base: Register
    index: Register
    offset: int
    src: Register
    size: int = 8


# ---- terminators --------------------------------------------------------

@dataclass(eq=False)
class Goto(Op):
    target: BasicBlock


@dataclass(eq=False)
class Branch(Op):
    cond: Register
    true: BasicBlock
    false: BasicBlock
    # (seq, i, width) when cond checks an access of `width` items at i in seq
    # (0 <= i <= len(seq) - width, or i counted from the end): see transform/versioning.py
    bounds: tuple[Register, Register, int] | None = None


@dataclass(eq=False)
class CheckExc(Op):
    """Go to `error` if an exception is pending, else to `ok`."""
    error: BasicBlock
    ok: BasicBlock


@dataclass(eq=False)
class Return(Op):
    value: Register | None


@dataclass(eq=False)
class Unreachable(Op):
    pass


@dataclass(eq=False)
class Yield(Op):
    """Suspend a generator or coroutine (only before irbuild/generator.py turns
    the function into a state machine).  On resumption the value sent lands in
    `dest`; an exception thrown in is raised towards `handler`, or, with
    `thrown` set (delegation: yield from / await), stored there instead."""
    value: Register | None
    dest: Register | None
    cont: BasicBlock
    handler: BasicBlock
    thrown: Register | None = None


TERMINATORS = (Goto, Branch, CheckExc, Return, Unreachable, Yield)

# Every concrete op.  A switch over ops takes an AnyOp (as_any) and ends with
# `case _: assert_never(op)`, so that an op it forgets is a type error
# (tests/test_ir.py checks that the union lists every subclass of Op).
AnyOp = Union[Const, Assign, Unary, Binary, Convert, Call, CallRT, CallPtr, GetField, SetField,
              GetGlobal, SetGlobal, StackLow, StackObject, AddrOf, AddrOfReg, Load, LoadElem,
              StoreElem, Goto, Branch, CheckExc, Return, Unreachable, Yield]


def as_any(op: Op) -> AnyOp:
    """op as the member of AnyOp it is."""
    if isinstance(op, (Const, Assign, Unary, Binary, Convert, Call, CallRT, CallPtr, GetField, SetField,
                       GetGlobal, SetGlobal, StackLow, StackObject, AddrOf, AddrOfReg, Load, LoadElem,
                       StoreElem, Goto, Branch, CheckExc, Return, Unreachable, Yield)):
        return op
    raise TypeError(f"{type(op).__name__} is not one of ops.AnyOp")


@dataclass(eq=False, repr=False)
class BasicBlock:
    label: int
    ops: list[Op] = field(default_factory=list)

    @property
    def terminated(self) -> bool:
        return bool(self.ops) and isinstance(self.ops[-1], TERMINATORS)

    # Blocks, functions and modules refer to each other in cycles: a dataclass
    # repr of one walks the whole graph (exponentially, through the branches),
    # so a failing test that shows its arguments never finished.
    def __repr__(self) -> str:
        return f"L{self.label}"


@dataclass(eq=False)
class CountedLoop:
    """A `for i in range(start, stop, step)` loop as lowered (for transform/versioning.py)."""
    pre: BasicBlock          # the block in front, ending with Goto(head)
    head: BasicBlock         # tests index < stop
    inc: BasicBlock          # ends the loop if adding step would overflow, else:
    latch: BasicBlock        # adds step to index, then Goto(head)
    index: Register
    start: Register
    stop: Register
    step: Register
    positive: bool | None    # the step's sign, when known


@dataclass(eq=False)
class WhileLoop:
    """A `while` loop as lowered: transform/versioning.py looks in it for an
    index (a register compared with a bound and stepped by a constant)."""
    pre: BasicBlock          # the block in front, ending with Goto(head)
    head: BasicBlock         # evaluates the condition


@dataclass(eq=False, repr=False)
class FuncIR:
    name: str
    params: list[Register]
    ret: RType
    blocks: list[BasicBlock] = field(default_factory=list)
    registers: list[Register] = field(default_factory=list)
    line: int = 0
    module: str = ""
    source_name: str = ""       # Python-level qualified name, for reports
    # Slot wrappers and exported entries keep external linkage.
    exported: bool = False
    loops: list[CountedLoop] = field(default_factory=list)
    whiles: list[WhileLoop] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<FuncIR {self.name}>"


@dataclass(eq=False)
class ClassIR:
    """A compiled class: its type descriptor and object layout."""
    name: str                   # Python name
    module: str
    symbol: str                 # the rt_type global
    base_symbol: str            # rt_type of the base class
    fields: list[tuple[str, RType]] = field(default_factory=list)
    vtable: list[str] = field(default_factory=list)     # IR function names
    slots: dict[str, str] = field(default_factory=dict)  # repr/str/hash/eq/lt/iternext/iter -> func
    layout: int = abi.L_FIELDS  # enum rt_layout: L_FIELDS, or L_GEN for frames
    mixin_symbols: list[str] = field(default_factory=list)   # rt_type of the bases after the first


@dataclass(eq=False)
class GlobalIR:
    name: str
    type: RType


@dataclass(eq=False, repr=False)
class ModuleIR:
    functions: list[FuncIR] = field(default_factory=list)
    classes: list[ClassIR] = field(default_factory=list)
    globals: list[GlobalIR] = field(default_factory=list)
    extern_types: set[str] = field(default_factory=set)   # builtin rt_type symbols
    tuple_kinds: dict[tuple[int, ...], str] = field(default_factory=dict)
    # @extern C symbols -> where the function is declared (path, line, column)
    externs: dict[str, tuple[str, int, int]] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"<ModuleIR of {len(self.functions)} functions>"

    def kinds_symbol(self, kinds: tuple[int, ...]) -> str:
        """A static array of word kinds (tuples' item kinds)."""
        if kinds not in self.tuple_kinds:
            self.tuple_kinds[kinds] = f"kinds.{''.join(map(str, kinds)) or 'empty'}"
        return self.tuple_kinds[kinds]


def ret_type(fn: FuncIR) -> RType:
    return fn.ret if fn.ret else VOID
