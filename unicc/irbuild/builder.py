"""The low-level IR builder: blocks, registers, coercions, exception edges.

The high-level lowering (expression.py, statement.py, function.py,
classdef.py, ...) calls these helpers; it never creates ops by hand when a
helper exists, so exception checks and representation changes stay in one
place.

The lowering modules are layered: each imports only modules below it, and
none imports visitor.py, the one module that knows every lowering function.
They recurse through `Builder.accept` (an expression), `accept_block` (a
statement list) and `Context.compile_function`, which reach visitor.py
through the `Visitor` that module.py hands to the Context, as mypyc's
IRBuilder.accept does.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from typing import Callable, Protocol

from mypy.nodes import (
    ArgKind, Block, CallExpr, Expression, FuncDef, FuncItem, IndexExpr, MemberExpr, MypyFile, NameExpr, Node, Statement,
    SymbolNode, TempNode, TypeInfo, Var,
)
from mypy.types import Parameters, Type, TypeVarType

from unicc.errors import UserError, located
from unicc.ir import abi, ops as o, runtime
from unicc.ir.abi import K_U64
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, PTR, VOID, WORD, RType
from unicc.irbuild import mapper


class UnknownItems(Exception):
    """Raised (itemtype.py), with its message, when code reads the items of a
    container whose storage kind is not known statically: a list, set or dict
    narrowed from object by isinstance (list[Any]), or a union of containers
    that store them differently.  accept/accept_stmt locate it."""


@dataclass
class FuncInfo:
    """What callers need to know about a compiled function."""
    name: str                  # IR name
    params: list[RType]
    ret: RType
    arg_names: list[str]
    defaults: list[Expression | None]
    has_env: bool = False      # nested function: first parameter is its closure
    ptypes: list[Type | None] = field(default_factory=list)  # mypy types of the parameters
    fresh_defaults: bool = False   # defaults evaluated at each call (a dataclass's __init__)
    kinds: list[ArgKind] = field(default_factory=list)  # of the parameters (*args, keyword-only...), if known
    subst: dict[str, RType] = field(default_factory=dict)  # the specialisation it is compiled with


@dataclass
class ClassInfo:
    ir: o.ClassIR
    fields: dict[str, int] = field(default_factory=dict)     # name -> field index
    field_types: dict[str, RType] = field(default_factory=dict)
    methods: dict[str, FuncInfo] = field(default_factory=dict)
    vslots: dict[str, int] = field(default_factory=dict)     # method -> vtable index
    is_exception: bool = False
    is_dataclass: bool = False
    base: ClassInfo | None = None    # the compiled base class (its fields come first)
    # this class then the compiled classes of its method resolution order (C3,
    # as mypy computed it); empty for classes made without one (they have no bases)
    mro: list[ClassInfo] = field(default_factory=list)
    subst: dict[str, RType] = field(default_factory=dict)   # a generic class's specialisation



def qualname(ctx: "Context", info: TypeInfo) -> str:
    """The class's __qualname__ (its name unless it is defined in a function)."""
    return ctx.qualnames.get(info.fullname, info.name)


@dataclass
class EnumDecl:
    """An Enum whose members are objects of its class (prepare.declare_enum)."""
    values: dict[str, object]     # each canonical member's value (a Python literal), in definition order
    names: dict[str, str]         # every member name, aliases included -> its canonical member
    vtype: RType                  # the run-time type of the values (the _value_ field)


@dataclass
class LocalRead:
    """A local variable (its register) or a module's global (its name) read at
    ops[index] of block (before that op runs)."""
    block: o.BasicBlock
    index: int
    key: o.Register | str
    name: str
    handler: o.BasicBlock
    seq: int    # its order among the reads and `del`s recorded at that point


@dataclass
class GenInfo:
    """What the body of a generator needs while it is lowered (generator.py)."""
    yield_t: RType
    send_t: RType
    ret_t: RType          # VOID: returns None
    frame: o.Register
    sent: o.Register
    thrown: o.Register


class Visitor(Protocol):
    """The lowering of every kind of node (visitor.py), as the builder reaches it."""

    def expr(self, b: Builder, e: Expression) -> o.Register: ...

    def stmt(self, b: Builder, s: Statement) -> None: ...

    def function(self, ctx: Context, module: str, f: FuncItem, info: FuncInfo, source_name: str,
                 outer: Builder | None, env_vars: list[Var] | None, subst: dict[str, RType] | None,
                 cls_info: TypeInfo | None) -> o.FuncIR: ...

    def methods(self, ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None: ...


class Context:
    """Whole-program state shared by every function's builder."""

    def __init__(self, types: dict[Expression, Type], modules: dict[str, MypyFile], visitor: Visitor) -> None:
        self.visitor = visitor
        self.types = types
        self.modules = modules
        self.ir = o.ModuleIR()
        self.funcs: dict[str, FuncInfo] = {}          # by mypy fullname
        self.classes: dict[str, ClassInfo] = {}       # by mypy fullname
        self.qualnames: dict[str, str] = {}            # __qualname__ of classes, by fullname (qualnames.py)
        self.fn_qualnames: dict[FuncItem, tuple[str, str]] = {}   # functions, lambdas: module, qualname
        self.globals: dict[str, o.GlobalIR] = {}
        self.errors: list[str] = []                    # user errors so far (attempt)
        self.rejected: dict[str, set[int]] = {}         # lines the validator rejected, by file
        self.early_globals: set[str] = set()            # globals functions may read unassigned (early_globals.py)
        self.conditional_imports: set[str] = set()      # names only a nested import binds (cond_imports.py)
        self.counter = 0
        self.path_of: dict[str, str] = {m: f.path for m, f in modules.items()}
        self.infos: dict[str, TypeInfo] = {}            # compiled classes' mypy infos
        self.enums: dict[str, dict[str, int]] = {}      # IntEnum members
        self.obj_enums: dict[str, EnumDecl] = {}        # Enum classes whose members are objects
        self.namedtuples: dict[str, FuncInfo] = {}      # NamedTuple classes: their constructors
        self.nested_vars: dict[object, Var] = {}        # nested def -> its variable
        self.generic_defs: dict[str, str] = {}          # generic function -> its module
        self.param_specs: dict[str, dict[str, Parameters]] = {}   # a generic copy -> its ParamSpecs' parameters
        self.genexpr_types: dict[object, Type | None] = {}  # generator expressions' functions
        self.externs: dict[str, tuple[str, FuncDef, str]] = {}  # @extern: module, def, C symbol
        self.constructed: set[str] | None = None        # classes with instances (instances.py)
        # symbols of classes whose fields sit elsewhere in some subclass (a base after
        # the first in a class statement): their attributes are found by run-time class
        self.displaced: set[str] = set()
        self.assigned_globals: set[str] | None = None   # globals functions assign (module.assigned_by_functions)
        # generic classes specialised per run-time type arguments (prepare.py): those
        # generic code makes, found before lowering (discover.py), made at first use
        self.planned: dict[str, tuple[TypeInfo, list[RType]]] = {}
        self.pending: list[tuple[TypeInfo, ClassInfo]] = []   # to compile once all is declared
        self.ready = False
        self.wrapping: set[Expression] = set()   # int arithmetic whose result is masked
        self.attr_undefined: dict[tuple[str, str], bool] = {}   # attrdefs.maybe_undefined
        # a default parameter value that is not a literal, evaluated once when its def runs
        self.default_globals: dict[Expression, o.GlobalIR] = {}
        # functools.singledispatch functions: the classes registered and their implementations
        self.dispatch: dict[str, list[tuple[TypeInfo, FuncDef]]] = {}
        # @functools.cache / @lru_cache functions: their decorator (cached.py)
        self.cached: dict[str, Expression] = {}

    def compile_function(self, module: str, f: FuncItem, info: FuncInfo, source_name: str,
                         outer: Builder | None = None, env_vars: list[Var] | None = None,
                         subst: dict[str, RType] | None = None, cls_info: TypeInfo | None = None) -> o.FuncIR:
        """Lower a function body (function.py) into a new FuncIR of the program."""
        return self.visitor.function(self, module, f, info, source_name, outer, env_vars, subst, cls_info)

    def compile_methods(self, module: str, info: TypeInfo, ci: ClassInfo) -> None:
        """Lower the methods of a class (classdef.py), e.g. of a specialisation made late."""
        self.visitor.methods(self, module, info, ci)

    def unique(self, base: str) -> str:
        self.counter += 1
        return f"{base}.{self.counter}"

    def global_var(self, name: str, t: RType) -> o.GlobalIR:
        g = self.globals.get(name)
        if g is None:
            g = o.GlobalIR(name, t)
            self.globals[name] = g
            self.ir.globals.append(g)
        return g

    def builtin_class(self, sym: str, name: str, fields: list[tuple[str, RType]], module: str = "builtins") -> str:
        """A class the compiler makes itself (cells, closures, module objects),
        declared at its first use."""
        if sym not in self.classes:
            ci = o.ClassIR(name, module, sym, "rt_type_object", fields=fields)
            self.ir.classes.append(ci)
            self.classes[sym] = ClassInfo(ci)
        return sym

    def error(self, module: str, node: Node, msg: str) -> UserError:
        return UserError([located(self.path_of.get(module, module), node.line, node.column, msg)])

    def attempt(self, module: str, node: Node, lower: Callable[[], object], skip: bool = True) -> None:
        """Lower one unit of the program (a function, a method, a statement of a
        module's top level, a class's declaration): a located error it raises is
        recorded and lowering goes on with the next unit, so one run reports
        every unsupported construct.  With `skip`, a unit holding a construct
        the validator rejected is not lowered (its error is reported already).
        Anything but a UserError is an internal error and propagates."""
        lines = self.rejected.get(self.path_of.get(module, module)) if skip else None
        if lines and any(node.line <= ln <= max(node.line, node.end_line or 0) for ln in lines):
            body = node.body.body if isinstance(node, FuncItem) else []
            if not body or any(node.line <= ln < body[0].line for ln in lines):
                return
            # rejected in the body only: accept_block skips those statements
        try:
            lower()
        except UserError as e:
            self.errors += e.messages


@dataclass
class FinallyFrame:
    emit: Callable[[], None]   # emits the finally body inline


@dataclass
class LoopFrame:
    cont: o.BasicBlock
    brk: o.BasicBlock
    depth: int                 # len(finally stack) when the loop began


def is_cls(e: Expression) -> bool:
    """`cls` in a classmethod: it stands for the class its copy is compiled for
    (Builder.cls_info), never a value."""
    return isinstance(e, NameExpr) and isinstance(e.node, Var) and e.node.is_cls


def class_named(b: "Builder", e: Expression) -> TypeInfo | None:
    """The class `e` names: `C`, `module.C`, or `cls` in a classmethod."""
    if isinstance(e, (NameExpr, MemberExpr)) and isinstance(e.node, TypeInfo):
        return e.node
    return b.cls_info if is_cls(e) else None


class Builder:
    def __init__(self, ctx: Context, module: str, fn: o.FuncIR) -> None:
        self.ctx = ctx
        self.module = module
        self.fn = fn
        self.locals: dict[SymbolNode, o.Register] = {}
        self.cells: dict[SymbolNode, o.Register] = {}   # captured variables -> cell object
        self.cell_types: dict[SymbolNode, RType] = {}
        self.handlers: list[o.BasicBlock] = []
        self.finally_stack: list[FinallyFrame] = []
        self.loops: list[LoopFrame] = []
        self.current_exc: list[o.Register] = []         # exceptions being handled (bare raise)
        self.subst: dict[str, RType] = {}
        self.param_specs: dict[str, Parameters] = {}     # ParamSpecs bound by the specialisation (decorators.py)
        self.spread: dict[SymbolNode, list[o.Register]] = {}   # `*args: P.args` parameters, one register each
        self.pinned: dict[Expression, o.Register] = {}  # already evaluated subexpressions
        self.callees: set[Expression] = set()            # nested defs' names being called (call_nested)
        self.expected: dict[Expression, Type] = {}      # Callable type a function value must have
        self.ret_type: Type | None = None                # the function's declared return type
        self.env: o.Register | None = None              # closure object of a nested function
        self.env_slots: dict[SymbolNode, int] = {}      # captured var -> closure field
        self.py_params: list[o.Register] = []           # the Python-level parameters
        self.gen: GenInfo | None = None                  # generators and coroutines (generator.py)
        self.cls_info: TypeInfo | None = None            # what `cls` is in a classmethod's copy
        self.opaque_ok = False                           # lowering `x is None` of an opaque x
        self.consts: dict[o.Register, o.ConstValue] = {}  # registers made by const()
        # reads of locals that may run before an assignment, and `del`s (unbound.py)
        self.local_reads: list[LocalRead] = []
        self.own_vars: set[SymbolNode] = set()   # the function's own variables (closures.own_defs)
        self.unbinds: list[tuple[o.BasicBlock, builtins.int, builtins.int, o.Register | str]] = []  # block, index, seq
        self.owned_gens: dict[SymbolNode, o.Register] = {}  # generator locals closed at return (function.py)
        self.stmt_errors: list[str] = []                # located errors of statements (accept_block)
        self.stmt: Statement | None = None              # the statement being lowered
        self.stmt_failed = False                         # a statement was not lowered
        self.block = self.new_block()
        self.error_exit = self.new_block()

    def held(self, t: Type, value: o.Register) -> TempNode:
        """An expression of mypy type t standing for a value already
        evaluated: lowering it gives `value` (the arguments of a call the
        compiler puts together, evaluated once, in CPython's order)."""
        node = TempNode(t)
        self.ctx.types[node] = t
        self.pinned[node] = value
        return node

    def as_bound(self, e: Expression, lower: Callable[[], o.Register]) -> o.Register | None:
        """`lower()` with e (typed by a TypeVar bound to a Protocol or a class,
        held as an object) read as of its bound, which dispatches on the
        object's own class; for this copy only, since another may bind the
        TypeVar to an int.  None when e is not such a value."""
        tv = mapper.proper(self.ctx.types.get(e))
        if not (isinstance(tv, TypeVarType) and mapper.rtype(tv, self.subst).is_obj
                and mapper.instance_info(tv.upper_bound) is not None):
            return None
        self.ctx.types[e] = tv.upper_bound
        try:
            return lower()
        finally:
            self.ctx.types[e] = tv

    # ---- recursion into the tree (visitor.py) ------------------------------
    def accept(self, e: Expression) -> o.Register:
        """Lower an expression to the register that holds its value."""
        if e in self.pinned:
            return self.pinned[e]
        try:
            r = self.ctx.visitor.expr(self, e)
        except UnknownItems as x:
            raise self.unknown_items(e, str(x)) from None
        if isinstance(e, (CallExpr, MemberExpr, IndexExpr)) and e in self.ctx.types and not r.type.is_void:
            # results of erased generic code (T as an object) come back as the caller's type
            want = rtype_of(self, e)
            if want != r.type and not want.is_void and (want.is_obj != r.type.is_obj):
                r = self.coerce(r, want)
        elif isinstance(e, NameExpr) and r.type.is_obj and e in self.ctx.types and rtype_of(self, e).is_float:
            # a variable narrowed to float by isinstance is read as one (an int
            # narrowed from object stays boxed: the box may be a bool, which prints True)
            r = self.coerce(r, F64)
        elif isinstance(e, NameExpr) and r.type.is_float and e in self.ctx.types and rtype_of(self, e).is_int:
            # a float narrowed to int by isinstance holds an int (transform/numtags.py)
            r = self.coerce(self.call_rt("rt_num_int", [r], I64, raises=False), rtype_of(self, e))
        return r

    def unknown_items(self, node: Node, message: str) -> UserError:
        return self.ctx.error(self.module, node, message)

    def accept_as(self, e: Expression, t: RType) -> o.Register:
        v = self.accept(e)
        if v.type.is_obj and t.is_int and isinstance(mapper.proper(self.ctx.types.get(e)), mapper.AnyType):
            # typeshed's Any (int ** int): mypy has not proven the box holds an int
            v = self.call_rt("rt_unbox_int", [v], I64)
        return self.coerce(v, t)

    def accept_stmt(self, s: Statement) -> None:
        try:
            self.ctx.visitor.stmt(self, s)
        except UnknownItems as x:
            raise self.unknown_items(s, str(x)) from None

    def accept_block(self, block: Block) -> None:
        """Lower each statement; a located error in one is recorded and the
        next is lowered all the same, so that `check` reports every
        unsupported statement of a function, not only its first (the
        function is not built: function.py raises them all at its end)."""
        rejected = self.ctx.rejected.get(self.ctx.path_of.get(self.module, self.module), set())
        for s in block.body:
            try:
                if any(s.line <= ln <= max(s.line, s.end_line or 0) for ln in rejected):
                    self.stmt_failed = True   # the validator reported it
                else:
                    self.accept_stmt(s)
                    continue
            except UserError as e:
                self.stmt_errors += e.messages
            except Exception:
                if not self.stmt_errors and not self.stmt_failed:   # not a consequence of an error
                    raise
            self.stmt_failed = True
            self.activate(self.new_block())   # lowering goes on in a fresh block

    def raise_stmt_errors(self) -> None:
        """The errors accept_block recorded, once each (a finally body is
        lowered on every path out of its try)."""
        if self.stmt_failed:
            raise UserError(list(dict.fromkeys(self.stmt_errors)))

    # ---- basic blocks ----------------------------------------------------
    def new_block(self) -> o.BasicBlock:
        b = o.BasicBlock(len(self.fn.blocks))
        self.fn.blocks.append(b)
        return b

    def activate(self, b: o.BasicBlock) -> None:
        self.block = b

    def emit(self, op: o.Op) -> None:
        if self.block.terminated:           # dead code after return/raise
            self.activate(self.new_block())
        if self.current_exc and isinstance(op, (o.Call, o.CallPtr)):
            # a call from an except block: an exception raised and caught in
            # the callee takes the one handled here as its __context__
            old = self.reg(OBJ)
            self.block.ops += [o.GetGlobal(old, "rt_handled"), o.SetGlobal("rt_handled", self.current_exc[-1]),
                               op, o.SetGlobal("rt_handled", old)]
            return
        self.block.ops.append(op)

    def goto(self, target: o.BasicBlock) -> None:
        if not self.block.terminated:
            self.emit(o.Goto(target))

    def branch(self, cond: o.Register, t: o.BasicBlock, f: o.BasicBlock) -> None:
        self.emit(o.Branch(cond, t, f))

    def handler(self) -> o.BasicBlock:
        return self.handlers[-1] if self.handlers else self.error_exit

    def check_exc(self) -> None:
        ok = self.new_block()
        self.emit(o.CheckExc(self.handler(), ok))
        self.activate(ok)

    # ---- registers and constants -----------------------------------------
    def reg(self, t: RType, name: str = "") -> o.Register:
        r = o.Register(name or f"r{len(self.fn.registers)}", t)
        if name:
            r.name = f"{name}.{len(self.fn.registers)}"
        self.fn.registers.append(r)
        return r

    def const(self, value: o.ConstValue, t: RType) -> o.Register:
        r = self.reg(t)
        self.emit(o.Const(r, value))
        self.consts[r] = value
        return r

    def int(self, v: int) -> o.Register:
        return self.const(v, I64)

    def none(self) -> o.Register:
        return self.const(None, OBJ)

    def zero(self, t: RType) -> o.Register:
        """The dummy value a function returns beside a pending exception."""
        return self.const(None if t.is_obj else 0.0 if t.is_float else 0, t)

    def finish(self) -> None:
        """Close the error exit: return a dummy value, leaving rt_exc set."""
        self.raise_stmt_errors()   # a statement that was not lowered must not pass unnoticed
        self.activate(self.error_exit)
        self.emit(o.Return(None if self.fn.ret.is_void else self.zero(self.fn.ret)))

    def str_const(self, s: str) -> o.Register:
        return self.const(o.StrConst(s), OBJ)

    def addr(self, symbol: str) -> o.Register:
        r = self.reg(PTR)
        self.emit(o.AddrOf(r, symbol))
        return r

    def assign(self, dest: o.Register, src: o.Register) -> None:
        self.emit(o.Assign(dest, self.coerce(src, dest.type)))

    # ---- operations --------------------------------------------------------
    def binary(self, op: str, a: o.Register, b: o.Register, t: RType, raises: bool = False) -> o.Register:
        r = self.reg(t)
        self.emit(o.Binary(r, op, a, b))
        if raises:
            self.check_exc()
        return r

    def unary(self, op: str, a: o.Register, raises: bool = False) -> o.Register:
        r = self.reg(a.type if op != "not" else BOOL)
        self.emit(o.Unary(r, op, a))
        if raises:
            self.check_exc()
        return r

    def convert(self, src: o.Register, t: RType) -> o.Register:
        if src.type == t:
            return src
        r = self.reg(t)
        self.emit(o.Convert(r, src))
        return r

    def call_rt(self, func: str, args: list[o.Register], ret: RType = VOID,
                raises: bool = True) -> o.Register:
        dest = self.reg(ret) if not ret.is_void else None
        self.emit(o.CallRT(dest, func, args))
        if raises:
            self.check_exc()
        return dest if dest is not None else self.none()

    def call_raising(self, func: str, args: list[o.Register], ret: RType = VOID) -> None:
        """A runtime call that always raises (an access found out of range):
        control never comes back, so the fast path around it stays a loop
        LLVM can optimise (the call is outside it).  `ret`: what func returns."""
        self.emit(o.CallRT(None if ret.is_void else self.reg(ret), func, args))
        dead = self.new_block()
        self.emit(o.CheckExc(self.handler(), dead))
        self.activate(dead)
        self.emit(o.Unreachable())

    def call(self, info: FuncInfo, args: list[o.Register]) -> o.Register:
        args = [self.coerce(a, t) for a, t in zip(args, info.params)]
        dest = self.reg(info.ret) if not info.ret.is_void else None
        self.emit(o.Call(dest, info.name, args))
        self.check_exc()
        return dest if dest is not None else self.none()

    def call_ptr(self, fn: o.Register, args: list[o.Register], ret: RType) -> o.Register:
        dest = self.reg(ret) if not ret.is_void else None
        self.emit(o.CallPtr(dest, fn, args))
        self.check_exc()
        return dest if dest is not None else self.none()

    def get_field(self, obj: o.Register, index: builtins.int, t: RType, name: str = "") -> o.Register:
        r = self.reg(t)
        self.emit(o.GetField(r, obj, index, name))
        return r

    def set_field(self, obj: o.Register, index: builtins.int, v: o.Register, name: str = "") -> None:
        self.emit(o.SetField(obj, index, v, name))

    def global_object(self, name: str, make: Callable[[], o.Register]) -> o.Register:
        """The object kept in the global `name`, made by `make` at first use:
        one per program, so that `is` holds between its uses."""
        g = self.ctx.global_var(name, OBJ)
        obj = self.reg(OBJ, "once")
        self.emit(o.GetGlobal(obj, g.name))
        fresh, done = self.new_block(), self.new_block()
        self.branch(self.binary("eq", obj, self.none(), BOOL), fresh, done)
        self.activate(fresh)
        self.assign(obj, make())
        self.emit(o.SetGlobal(g.name, obj))
        self.goto(done)
        self.activate(done)
        return obj

    def alloc(self, type_symbol: str, nfields: builtins.int) -> o.Register:
        size = abi.HEADER + abi.WORD * max(nfields, 1)
        return self.call_rt(runtime.ALLOC, [self.addr(type_symbol), self.int(size)], OBJ)

    def raise_new(self, exc_symbol: str, msg: str) -> None:
        self.call_rt("rt_raise_msg", [self.addr(exc_symbol), self.const(o.CStrConst(msg), OBJ)],
                     raises=False)
        self.goto(self.handler())

    def raise_msg(self, exc_symbol: str, msg: o.Register) -> None:
        """Raise exc_symbol's class with a message str built at run time."""
        self.call_rt("rt_raise", [self.call_rt("rt_exc_new", [self.addr(exc_symbol), msg], OBJ)], raises=False)
        self.goto(self.handler())

    # ---- representation changes -------------------------------------------
    def coerce(self, v: o.Register, t: RType) -> o.Register:
        s = v.type
        if s == t or t.is_void:
            return v
        if t == WORD or s == WORD:
            return self.convert(v, t)
        if t.is_obj and not s.is_obj:          # box
            if s.is_float:
                return self.call_rt("rt_box_float", [v], OBJ)
            if s == BOOL:
                return self.call_rt("rt_box_bool", [self.convert(v, I64)], OBJ)
            if s.kind == K_U64:
                return self.call_rt("rt_box_u64", [v], OBJ)
            return self.call_rt("rt_box_int", [self.convert(v, I64)], OBJ)
        if s.is_obj and not t.is_obj:          # unbox (mypy has proven the type)
            if t == BOOL:
                return self.convert(self.get_field(v, abi.BOX_VALUE, I64), BOOL)
            if t.is_float:   # mypy's float accepts an int: the box may be an int's
                return self.call_rt("rt_unbox_float", [v], F64, raises=False)
            return self.get_field(v, abi.BOX_VALUE, t)
        if t.is_float and s.is_int:   # mypy's numeric tower: transform/numtags.py may keep it an int
            r = self.reg(F64)
            self.emit(o.Convert(r, v, tower=True))
            self.check_exc()
            return r
        if s.is_int and t.is_int:
            return self.convert(v, t)
        if s.is_obj and t.is_obj:
            return v
        raise AssertionError(f"cannot coerce {s} to {t}")

    def to_word(self, v: o.Register) -> o.Register:
        return self.convert(v, WORD)

    def from_word(self, w: o.Register, t: RType) -> o.Register:
        return self.convert(w, t)

    # ---- control flow across finally ---------------------------------------
    def unwind_finally(self, depth: builtins.int) -> None:
        """Run finally bodies above `depth` (innermost first), for return/break/continue."""
        saved = self.finally_stack
        for i in range(len(saved) - 1, depth - 1, -1):
            self.finally_stack = saved[:i]
            saved[i].emit()
        self.finally_stack = saved


def new_function(ctx: Context, module: str, name: str, params: list[tuple[str, RType]], ret: RType,
                 source_name: str = "") -> tuple[Builder, list[o.Register]]:
    """A function the compiler makes itself (slot wrappers, trampolines,
    dataclass methods): registered in the module, with its parameters."""
    fn = o.FuncIR(name, [], ret, module=module, source_name=source_name)
    ctx.ir.functions.append(fn)
    b = Builder(ctx, module, fn)
    regs = [b.reg(t, n) for n, t in params]
    fn.params.extend(regs)
    return b, regs


def rtype_of(b: Builder, e: Expression) -> RType:
    return mapper.rtype(b.ctx.types.get(e), b.subst)
