"""Ints held where float is declared keep being ints.

mypy lets an int (or a bool) go where `float` is declared (PEP 484's
numeric tower) and CPython keeps it an int: `x: float = 1; print(x)` prints
`1`, `a * b` of two such ints is an int.  The builder marks each such
conversion (`Convert(tower=True)`, followed by a CheckExc); this pass finds,
over the whole program, the float registers, parameters, returns, fields,
globals and container items that can receive one, and only there keeps it
as a NaN whose payload tags it (runtime/core/num.c):

- a tower conversion whose value is stored, passed, returned or meets
  another tagged value in arithmetic becomes `rt_num_from_int` (an int
  beyond 50 bits stays the nearest double, as before: a known difference);
- `+ - *` (Binary, a CheckExc after it), `// % **`, unary `-`, `abs` and
  `round(x, n)` of two possibly tagged operands call `rt_num_*`, which
  dispatch as CPython does: int op int stays an int, anything with a real
  float gives a float;
- every other use of a possibly tagged value (comparisons, `/`, `int()`,
  `math`) reads it through `numfloat`, the value as a double (inline);
- printing, formatting, boxing, `type()` and the runtime's operations on
  float words (==, <, hash of container items) know the tag themselves.

Float code that never receives an int is left as the builder made it.  The
analysis is flow-insensitive: registers one by one, a function's
parameters and result, attributes by name (other fields by index), globals by name; container items
as one flag (any tagged value stored as a word makes every float read from
a word possibly tagged); calls through code pointers as one set of
parameter positions over every function whose address is taken.
"""

from __future__ import annotations

import dataclasses

from unicc.ir import ops as o
from unicc.ir.abi import K_F64, TUPLE_ITEMS
from unicc.ir.rtypes import BOOL, F64, I64, WORD, RType

ARITH = {"add": "numadd", "sub": "numsub", "mul": "nummul"}   # inline, rt_num_* for a NaN (the backend)
ARITH_RT = {"rt_float_floordiv": "rt_num_floordiv", "rt_float_mod": "rt_num_mod", "rt_float_pow": "rt_num_pow"}
UNARY_RT = {"rt_float_fabs": "rt_num_abs", "rt_float_round": "rt_num_round"}
# runtime functions that take a tagged double as it is
TAG_AWARE = {"rt_box_float", "rt_float_repr", "rt_format_float", "rt_num_type", "rt_num_int"} | {"rt_num_add", "rt_num_sub", "rt_num_mul"} \
    | set(ARITH_RT.values()) | set(UNARY_RT.values()) | {"rt_num_neg", "rt_num_truediv"}
# runtime functions that only look at a word (so a tagged one is not stored)
# stand-ins (stdlib/cpython/) for modules CPython writes in C, and unicc's
# own helper modules: their float parameters convert an int to a float, and
# they return floats
C_MODULES = {"math", "struct", "time", "array", "zlib", "binascii", "_hashlib", "hashlib",
             "unicc_sys", "unicc_rt", "unicc_types", "unicc_buf", "unicc_builtins", "unicc_percent"}
# runtime functions returning a word of the kind asked for (argument `want`):
# asked for a float, they give an int's word as its tag (runtime/core/iter.c)
WANTS = {"rt_next": 1, "rt_gen_result": 1, "rt_tuple_get": 2, "rt_word_as": 2,
         "rt_seq_get": 2, "rt_mseq_pop": 3, "rt_map_get": 3, "rt_map_pop": 3, "rt_map_setdefault": 4}
LOOKS = {"rt_hash", "rt_eq", "rt_lt", "rt_repr", "rt_same", "rt_truth", "rt_same_kinds", "rt_str_of"}


class Facts:
    def __init__(self, fns: list[o.FuncIR], classes: list[o.ClassIR]) -> None:
        self.fns = {f.name: f for f in fns}
        self.tagged: set[o.Register] = set()
        self.intish: set[o.Register] = set()
        self.rets: set[str] = set()
        self.fields: set[str] = set()      # attributes by name
        self.unnamed: set[int] = set()     # other fields by index
        self.globals: set[str] = set()
        self.words = False
        self.indirect: set[int] = set()
        self.indirect_ret = False
        taken = {op.symbol for f in fns for bb in f.blocks for op in bb.ops if isinstance(op, o.AddrOf)}
        taken |= {n for c in classes for n in c.vtable} | {n for c in classes for n in c.slots.values()}
        self.targets = [self.fns[n] for n in sorted(taken) if n in self.fns]
        self.changed = False
        self.ops: dict[str, list[o.Op]] = {}

    def t(self, r: o.Register | None) -> bool:
        """r may hold an int: tagged, or an int converted by the numeric tower."""
        return r is not None and r.type.is_float and (r in self.tagged or r in self.intish)

    def tag(self, r: o.Register | None) -> None:
        if r is not None and r.type.is_float and r not in self.tagged:
            self.tagged.add(r)
            self.changed = True

    def flag(self, s: set[str] | set[int], key: str | int) -> None:
        if key not in s:
            s.add(key)   # type: ignore[arg-type]
            self.changed = True


def word_lookers(fn: o.FuncIR) -> set[o.Register]:
    """The word registers only ever handed to a runtime function that looks at them."""
    bad: set[o.Register] = set()
    seen: set[o.Register] = set()
    for bb in fn.blocks:
        for op in bb.ops:
            for r in operands(op):
                if r.type == WORD:
                    seen.add(r)
                    if not (isinstance(op, o.CallRT) and op.func in LOOKS):
                        bad.add(r)
    return seen - bad


def looking(cache: dict[str, set[o.Register]], fn: o.FuncIR) -> set[o.Register]:
    if fn.name not in cache:
        cache[fn.name] = word_lookers(fn)
    return cache[fn.name]


def operands(op: o.Op) -> list[o.Register]:
    """The registers op reads."""
    match op:
        case o.Assign(src=s) | o.Convert(src=s) | o.SetGlobal(src=s):
            return [s]
        case o.Unary(a=a):
            return [a]
        case o.Binary(a=a, b=b):
            return [a, b]
        case o.Call(args=args) | o.CallRT(args=args):
            return args
        case o.CallPtr(fn=f, args=args):
            return [f, *args]
        case o.GetField(obj=x) | o.Load(addr=x) | o.Branch(cond=x) | o.AddrOfReg(reg=x):
            return [x]
        case o.SetField(obj=x, src=s):
            return [x, s]
        case o.LoadElem(base=x, index=i):
            return [x, i]
        case o.StoreElem(base=x, index=i, src=s):
            return [x, i, s]
        case o.Return(value=v) if v is not None:
            return [v]
        case o.Yield(value=v, thrown=t):
            return [r for r in (v, t) if r is not None]
        case _:
            return []


def float_words(fn: o.FuncIR) -> tuple[set[o.Register], bool]:
    """The words of WANTS' calls asked for as floats (so possibly an int's
    tag), and whether one of them is used otherwise than read as a float."""
    consts = {op.dest: op.value for bb in fn.blocks for op in bb.ops if isinstance(op, o.Const)}
    words: set[o.Register] = set()
    for bb in fn.blocks:
        for op in bb.ops:
            if isinstance(op, o.CallRT) and op.func in WANTS and op.dest is not None:
                want = consts.get(op.args[WANTS[op.func]], K_F64)
                if want == K_F64 and not isinstance(want, bool):
                    words.add(op.dest)
    stored = bool(words) and any(r in words for bb in fn.blocks for op in bb.ops for r in operands(op)
                                 if not (isinstance(op, o.Convert) and op.dest.type.is_float))
    return words, stored


def relevant(fn: o.FuncIR) -> list[o.Op]:
    """The ops that read or write a float (what the analysis and the rewrite look at)."""
    out: list[o.Op] = []
    if not any(r.type.is_float for r in fn.registers):
        return out
    for bb in fn.blocks:
        for op in bb.ops:
            d = getattr(op, "dest", None)
            if d is not None and d.type.is_float or isinstance(op, o.AddrOfReg) and op.reg.type.is_float \
                    or any(r.type.is_float for r in operands(op)):
                out.append(op)
    return out


def sweep(facts: Facts, fn: o.FuncIR, ops: list[o.Op], lookers: dict[str, set[o.Register]],
          wanted: set[o.Register]) -> None:
    inner = fn.module in C_MODULES   # reads every float as a float: nothing tagged leaves it
    t = facts.t if not inner else (lambda r: False)
    tin = facts.t
    if True:
        for op in ops:
            match op:
                case o.Convert(dest=d, src=s, tower=True) if d.type.is_float:
                    facts.intish.add(d)
                case o.Convert(dest=d, src=s):
                    if d.type.is_float and s.type == WORD and (facts.words or s in wanted):
                        facts.tag(d)
                    elif d.type == WORD and t(s) and not facts.words and d not in looking(lookers, fn):
                        facts.words = facts.changed = True
                case o.Assign(dest=d, src=s):
                    if tin(s):
                        facts.tag(d)
                case o.Unary(dest=d, op="fneg", a=a):
                    if t(a):
                        facts.tag(d)
                case o.Binary(dest=d, op=name, a=a, b=b):
                    if name in ARITH and d.type.is_float and t(a) and t(b):
                        facts.tag(d)
                case o.CallRT(dest=d, func=func, args=args):
                    if func in ARITH_RT and t(args[0]) and t(args[1]):
                        facts.tag(d)
                    elif func in UNARY_RT and t(args[0]):
                        facts.tag(d)
                    elif func == "rt_unbox_float":   # an int's box: kept an int
                        facts.tag(d)
                case o.Call(dest=d, func=func, args=args):
                    callee = facts.fns.get(func)
                    if callee is not None and callee.module not in C_MODULES:
                        for a, p in zip(args, callee.params):
                            if t(a):
                                facts.tag(p)
                        if func in facts.rets:
                            facts.tag(d)
                case o.CallPtr(dest=d, args=args):
                    for k, a in enumerate(args):
                        if t(a):
                            facts.flag(facts.indirect, k)
                    if facts.indirect_ret:
                        facts.tag(d)
                case o.GetField(dest=d, index=k, name=name):
                    if d.type.is_float and (k in facts.unnamed or name in facts.fields or not name and facts.fields):
                        facts.tag(d)
                case o.SetField(index=k, src=s, name=name):
                    if t(s):
                        facts.flag(facts.fields, name) if name else facts.flag(facts.unnamed, k)
                case o.GetGlobal(dest=d, name=name):
                    if name in facts.globals:
                        facts.tag(d)
                case o.SetGlobal(name=name, src=s):
                    if t(s):
                        facts.flag(facts.globals, name)
                case o.Load(dest=d) | o.LoadElem(dest=d):
                    if facts.words:
                        facts.tag(d)
                case o.StoreElem(src=s):
                    if t(s) and not facts.words:
                        facts.words = facts.changed = True
                case o.AddrOfReg(reg=r):
                    if facts.words:
                        facts.tag(r)
                case o.Return(value=v):
                    if t(v) and fn.name not in facts.rets and fn.module not in C_MODULES:
                        facts.flag(facts.rets, fn.name)
                case _:
                    pass


def analyse(fns: list[o.FuncIR], classes: list[o.ClassIR]) -> Facts:
    facts = Facts(fns, classes)
    facts.ops = {f.name: relevant(f) for f in fns}
    floats = [f for f in fns if facts.ops[f.name]]
    lookers: dict[str, set[o.Register]] = {}
    wanted = {f.name: float_words(f) for f in fns}
    facts.words = any(stored for _, stored in wanted.values())
    if any(isinstance(op, o.CallRT) and op.func == "rt_map_view" for f in fns for bb in f.blocks for op in bb.ops):
        # Mapping.items() of a dict of other kinds: pairs whose words were converted, ints tagged
        facts.unnamed |= {TUPLE_ITEMS, TUPLE_ITEMS + 1}
    facts.changed = True
    while facts.changed:
        facts.changed = False
        for fn in floats:
            sweep(facts, fn, facts.ops[fn.name], lookers, wanted[fn.name][0])
        for fn in facts.targets:   # called through a code pointer (or by the runtime, with words)
            for k, p in enumerate(fn.params):
                if k in facts.indirect or facts.words:
                    facts.tag(p)
            if fn.name in facts.rets and not facts.indirect_ret:
                facts.indirect_ret = facts.changed = True
    return facts


class Rewriter:
    def __init__(self, facts: Facts, fn: o.FuncIR) -> None:
        self.facts, self.fn = facts, fn
        self.inner = fn.module in C_MODULES
        self.tagform: dict[o.Register, o.Register] = {}
        self.out: list[o.Op] = []

    def reg(self, t: RType) -> o.Register:
        r = o.Register(f"n{len(self.fn.registers)}", t)
        self.fn.registers.append(r)
        return r

    def tagged(self, r: o.Register) -> o.Register:
        """r where a tag must be kept: an int converted by the tower as its tag."""
        return self.plain(r) if self.inner else self.tagform.get(r, r)

    def plain(self, r: o.Register) -> o.Register:
        """r where a double is read."""
        if r.type.is_float and r in self.facts.tagged:
            d = self.reg(F64)
            self.out.append(o.Unary(d, "numfloat", r))
            return d
        return r

    def dispatched(self, a: o.Register, b: o.Register) -> bool:
        return not self.inner and self.facts.t(a) and self.facts.t(b)

    def needs_tag(self) -> set[o.Register]:
        """The tower conversions whose value is kept (stored, passed, returned, or in int arithmetic)."""
        f = self.facts
        need: set[o.Register] = set()
        if self.inner:
            return need
        for bb in self.fn.blocks:
            for i, op in enumerate(bb.ops):
                nxt = bb.ops[i + 1] if i + 1 < len(bb.ops) else None
                keep: list[o.Register] = []
                match op:
                    case o.Assign(src=s):
                        keep = [s]
                    case o.Return(value=v):
                        keep = [v] if v is not None else []
                    case o.Call(func=func, args=args):
                        callee = f.fns.get(func)
                        keep = list(args) if callee is None or callee.module not in C_MODULES else []
                    case o.CallPtr(args=args):
                        keep = list(args)
                    case o.SetField(src=s) | o.SetGlobal(src=s) | o.StoreElem(src=s):
                        keep = [s]
                    case o.Convert(dest=d, src=s) if d.type == WORD:
                        keep = [s]
                    case o.Binary(op=name, a=a, b=b) if name in ARITH and isinstance(nxt, o.CheckExc):
                        keep = [a, b] if self.dispatched(a, b) else []
                    case o.Binary(op="fdiv", a=a, b=b) if isinstance(nxt, o.CheckExc):
                        keep = [a, b] if self.dispatched(a, b) and (a in f.tagged or b in f.tagged) else []
                    case o.CallRT(func=func, args=args):
                        if func in ARITH_RT:
                            keep = list(args) if self.dispatched(args[0], args[1]) else []
                        elif func in TAG_AWARE:
                            keep = list(args)
                    case _:
                        pass
                need.update(r for r in keep if r in f.intish)
        checked = {op.dest for bb in self.fn.blocks for op, nxt in zip(bb.ops, bb.ops[1:])
                   if isinstance(op, o.Convert) and op.tower and isinstance(nxt, o.CheckExc)}
        return need & checked

    def run(self) -> None:
        need = self.needs_tag()
        for bb in self.fn.blocks:   # in program order: the register names are stable
            for op in bb.ops:
                if isinstance(op, o.Convert) and op.dest in need:
                    self.tagform[op.dest] = self.reg(F64)
        for bb in self.fn.blocks:
            ops, self.out = bb.ops, []
            for i, op in enumerate(ops):
                nxt = ops[i + 1] if i + 1 < len(ops) else None
                self.rewrite(op, nxt, need)
            bb.ops = self.out

    def rewrite(self, op: o.Op, nxt: o.Op | None, need: set[o.Register]) -> None:
        out = self.out
        match op:
            case o.Convert(dest=d, src=s, tower=True) if d in need and isinstance(nxt, o.CheckExc):
                out.append(op)
                src = s
                if s.type not in (I64, BOOL):
                    src = self.reg(I64)
                    out.append(o.Convert(src, s))
                t = self.tagform[d]
                out.append(o.CallRT(t, "rt_num_from_bool" if s.type == BOOL else "rt_num_from_int", [src]))
            case o.Assign(dest=d, src=s):
                out.append(o.Assign(d, self.tagged(s)) if d.type.is_float else op)
            case o.Return(value=v) if v is not None:
                out.append(o.Return(self.tagged(v)))
            case o.Call(dest=d, func=func, args=args):
                callee = self.facts.fns.get(func)
                if callee is not None and callee.module in C_MODULES:
                    out.append(o.Call(d, func, [self.plain(a) for a in args]))
                else:
                    out.append(o.Call(d, func, [self.tagged(a) for a in args]))
            case o.CallPtr(dest=d, fn=fnp, args=args):
                out.append(o.CallPtr(d, fnp, [self.tagged(a) for a in args]))
            case o.SetField(src=s):
                out.append(dataclasses.replace(op, src=self.tagged(s)))
            case o.SetGlobal(name=name, src=s):
                out.append(o.SetGlobal(name, self.tagged(s)))
            case o.StoreElem():
                out.append(dataclasses.replace(op, src=self.tagged(op.src), base=self.plain(op.base)))
            case o.Convert(dest=d, src=s) if d.type == WORD:
                out.append(o.Convert(d, self.tagged(s)))
            case o.Binary(dest=d, op=name, a=a, b=b) if name in ARITH and d.type.is_float \
                    and isinstance(nxt, o.CheckExc) and self.dispatched(a, b):
                out.append(o.Binary(d, ARITH[name], self.tagged(a), self.tagged(b)))
            case o.Binary(dest=d, op="fdiv", a=a, b=b) if isinstance(nxt, o.CheckExc) and self.dispatched(a, b) \
                    and (a in self.facts.tagged or b in self.facts.tagged):   # int / int: its own message
                out.append(o.CallRT(d, "rt_num_truediv", [self.tagged(a), self.tagged(b)]))
            case o.Unary(dest=d, op="fneg", a=a) if a in self.facts.tagged and not self.inner:
                out.append(o.CallRT(d, "rt_num_neg", [a]))
            case o.CallRT(dest=d, func=func, args=args) if func in ARITH_RT and self.dispatched(args[0], args[1]):
                out.append(o.CallRT(d, ARITH_RT[func], [self.tagged(args[0]), self.tagged(args[1])]))
            case o.CallRT(dest=d, func=func, args=args) if func in UNARY_RT and args[0] in self.facts.tagged \
                    and not self.inner:
                out.append(o.CallRT(d, UNARY_RT[func], [args[0]] + [self.plain(a) for a in args[1:]]))
            case o.CallRT(dest=d, func=func, args=args) if func in TAG_AWARE:
                out.append(o.CallRT(d, func, [self.tagged(a) for a in args]))
            case o.AddrOfReg():
                out.append(op)
            case o.CallRT(dest=d, func="rt_num_float", args=[a]) if d is not None:   # float(x)
                out.append(o.Unary(d, "numfloat", a) if a in self.facts.tagged else o.Assign(d, a))
            case _:
                regs = [r for r in operands(op) if r.type.is_float and r in self.facts.tagged]
                if not regs:
                    out.append(op)
                    return
                sub = {r: self.plain(r) for r in regs}
                out.append(substitute(op, sub))


def substitute(op: o.Op, sub: dict[o.Register, o.Register]) -> o.Op:
    changes: dict[str, object] = {}
    for f in dataclasses.fields(op):  # type: ignore[arg-type]
        if f.name == "dest":
            continue
        v = getattr(op, f.name)
        if isinstance(v, o.Register) and v in sub:
            changes[f.name] = sub[v]
        elif isinstance(v, list) and any(isinstance(x, o.Register) and x in sub for x in v):
            changes[f.name] = [sub.get(x, x) if isinstance(x, o.Register) else x for x in v]
    return dataclasses.replace(op, **changes) if changes else op  # type: ignore[type-var]


def keep_ints(m: o.ModuleIR) -> None:
    facts = analyse(m.functions, m.classes)
    for fn in m.functions:
        ops = facts.ops[fn.name]
        if any(isinstance(op, o.Convert) and op.tower or isinstance(op, o.CallRT) and op.func == "rt_num_float"
               or any(r in facts.tagged for r in operands(op)) for op in ops):
            Rewriter(facts, fn).run()
