"""Translate a ModuleIR into an LLVM module with llvmlite's IR builder.

Registers become allocas (mem2reg makes them SSA); checked arithmetic becomes
LLVM's overflow intrinsics plus a cold call into the runtime that raises.
"""

from __future__ import annotations

from typing import assert_never

from llvmlite import ir

from unicc.analysis import dataflow
from unicc.analysis.callgraph import calls_itself, recursive
from unicc.analysis.cfg import block_successors, has_loop
from unicc.ir import abi, ops as o, runtime
from unicc.ir.rtypes import RType, F64, BOOL, I64, OBJ, PTR, WORD

i1, i8, i32, i64 = ir.IntType(1), ir.IntType(8), ir.IntType(32), ir.IntType(64)
f64 = ir.DoubleType()
ptr = ir.PointerType()


def lltype(t: RType) -> ir.Type:
    if t.is_void:
        return ir.VoidType()
    if t.is_obj:
        return ptr
    if t.is_float:
        return f64
    return ir.IntType(t.bits)


class ModuleGen:
    def __init__(self, m: o.ModuleIR, triple: str, data_layout: str, heap_size: int,
                 freestanding: bool, stack_pointer: tuple[str, int]) -> None:
        """stack_pointer: the register the stack check reads, and its width in bits."""
        self.ir = m
        self.mod = ir.Module(name="unicc")
        self.mod.triple = triple
        self.mod.data_layout = data_layout
        self.heap_size = heap_size
        self.freestanding = freestanding
        self.stack_pointer = (self.mod.add_metadata([stack_pointer[0]]), stack_pointer[1])
        self.funcs: dict[str, ir.Function] = {}
        self.globals: dict[str, ir.GlobalVariable] = {}
        self.strings: dict[tuple[type, str | bytes], ir.GlobalVariable] = {}
        self.cstrings: dict[str, ir.GlobalVariable] = {}
        self.rt_exc = self.extern_global("rt_exc", ptr)
        self.tbaa: dict[str, ir.MDValue] = {}

    def tbaa_tag(self, what: str) -> ir.MDValue:
        """Type-based alias classes: word N of an object ("fieldN", compiled
        code forms no interior pointers), the items of its data ("elem") and
        global variables ("global") never overlap, so that a store into a
        bytearray does not make LLVM reload the array's length and data
        pointer, nor one object field another or rt_exc."""
        if what not in self.tbaa:
            if not self.tbaa:
                self.tbaa[""] = self.mod.add_metadata([ir.MetaDataString(self.mod, "unicc")])
            t = self.mod.add_metadata([ir.MetaDataString(self.mod, what), self.tbaa[""], ir.Constant(i64, 0)])
            self.tbaa[what] = self.mod.add_metadata([t, t, ir.Constant(i64, 0)])
        return self.tbaa[what]

    # ---- symbols ---------------------------------------------------------
    def extern_global(self, name: str, ty: ir.Type) -> ir.GlobalVariable:
        if name in self.mod.globals:
            return self.mod.globals[name]
        g = ir.GlobalVariable(self.mod, ty, name)
        g.linkage = "external"
        g.storage_class = "dso_local"
        return g

    def intrinsic(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        fn = self.mod.globals.get(name)
        return fn if fn is not None else ir.Function(self.mod, ir.FunctionType(ret, args), name)

    def runtime_fn(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        fn = self.mod.globals.get(name)
        if fn is None:
            fn = ir.Function(self.mod, ir.FunctionType(ret, args), name)
            fn.attributes.add("nounwind")
            if runtime.is_fresh(name):
                fn.return_value.add_attribute("noalias")
            size = runtime.fresh_size(name)
            if size is not None:   # NULL only beside an exception (see FuncGen.generate)
                fn.return_value.attributes.dereferenceable_or_null = size
                fn.return_value.attributes.align = abi.OBJECT_ALIGN
        return fn

    def cstring(self, text: str) -> ir.GlobalVariable:
        if text not in self.cstrings:
            data = bytearray(text.encode()) + b"\0"
            g = ir.GlobalVariable(self.mod, ir.ArrayType(i8, len(data)), f".cstr.{len(self.cstrings)}")
            g.initializer = ir.Constant(g.value_type, data)
            g.global_constant = True
            g.linkage = "private"
            self.cstrings[text] = g
        return self.cstrings[text]

    def type_ref(self, symbol: str) -> ir.GlobalVariable:
        if symbol in self.mod.globals:
            return self.mod.globals[symbol]
        return self.extern_global(symbol, ir.ArrayType(i8, 0))

    def str_const(self, c: o.StrConst | o.BytesConst) -> ir.GlobalVariable:
        key = (type(c), c.value)
        if key in self.strings:
            return self.strings[key]
        if isinstance(c, o.StrConst):
            data = bytearray(c.value.encode("utf-8", "surrogatepass")) + b"\0"
            words = {abi.STR_LEN: len(data) - 1, abi.STR_NCHARS: len(c.value), abi.STR_HASH: 0}
            tname, data_offset = "rt_type_str", abi.STR_DATA
        else:
            data = bytearray(c.value) + b"\0"
            words = {abi.BYTES_LEN: len(c.value), abi.BYTES_HASH: 0}
            tname, data_offset = "rt_type_bytes", abi.BYTES_DATA
        head = [ir.Constant(i64, words[k]) for k in range(len(words))]
        assert abi.HEADER + abi.WORD * len(head) == data_offset   # the data right after the words
        arr = ir.ArrayType(i8, len(data))
        sty = ir.LiteralStructType([ptr, i64] + [i64] * len(head) + [arr])
        g = ir.GlobalVariable(self.mod, sty, f".str.{len(self.strings)}")
        g.initializer = ir.Constant(sty, [self.type_ref(tname), ir.Constant(i64, 0)] + head
                                    + [ir.Constant(arr, data)])
        g.linkage = "private"
        g.align = abi.OBJECT_ALIGN
        self.strings[key] = g
        return g

    # ---- module ----------------------------------------------------------
    def generate(self) -> ir.Module:
        for g in self.ir.globals:
            gv = ir.GlobalVariable(self.mod, lltype(g.type), g.name)
            gv.initializer = ir.Constant(lltype(g.type), None)
            gv.linkage = "internal"
            self.globals[g.name] = gv
        for c in self.ir.classes:
            self.declare_class(c)
        self.flagged = flagged_functions(self.ir)
        for f in self.ir.functions:
            flag = [ptr] if f.name in self.flagged else []   # see flagged_functions
            fty = ir.FunctionType(lltype(f.ret), [lltype(p.type) for p in f.params] + flag)
            fn = ir.Function(self.mod, fty, f.name)
            fn.attributes.add("nounwind")
            if self.freestanding:
                fn.attributes.add("noredzone")
            if not f.exported:
                fn.linkage = "internal"
            if calls_itself(f):
                # LLVM's tail recursion elimination would turn `return 2 * f(n + 1)`
                # into a loop that never meets the stack check (an endless
                # recursion hangs instead of raising RecursionError); the tail
                # calls that may loop are tailcalls.py's, with their turn budget.
                # llvmlite knows no string attributes: add it to the set as is.
                set.add(fn.attributes, '"disable-tail-calls"="true"')
                if has_loop(f):
                    # Such a loop holds a call (fib's, once tailcalls.py has
                    # run): its speed depends on where it falls in the 64-byte
                    # lines (1.12x to 1.33x C for fib).  A line-aligned start
                    # keeps it from depending on the code linked before it.
                    set.add(fn.attributes, "align 64")   # LLParser takes it as the function's alignment
            self.funcs[f.name] = fn
        for c in self.ir.classes:
            self.define_class(c)
        for kinds, sym in self.ir.tuple_kinds.items():
            arr = ir.ArrayType(i8, max(1, len(kinds)))
            g = ir.GlobalVariable(self.mod, arr, sym)
            g.initializer = ir.Constant(arr, bytearray(kinds or b"\0"))
            g.global_constant = True
            g.linkage = "internal"
        for f in self.ir.functions:
            FuncGen(self, f, self.funcs[f.name]).generate()
        self.emit_roots()
        self.place_constants()
        return self.mod

    def place_constants(self) -> None:
        """Shared constants (C strings, literals) go last, in content order: where
        they land then does not depend on which function, maybe one that dead-code
        elimination drops, happened to ask for them first, so dead code cannot move
        the live image's bytes."""
        for _, g in sorted(self.cstrings.items()):
            self.mod.globals.move_to_end(g.name)
        for _, g in sorted(self.strings.items(), key=lambda kv: (kv[0][0].__name__, repr(kv[0][1]))):
            self.mod.globals.move_to_end(g.name)

    def emit_roots(self) -> None:
        roots = [self.globals[g.name] for g in self.ir.globals if g.type.kind == abi.K_OBJ]
        arr = ir.ArrayType(ptr, len(roots) + 1)
        g = ir.GlobalVariable(self.mod, arr, "unicc_gc_roots")
        g.initializer = ir.Constant(arr, roots + [ir.Constant(ptr, None)])
        g.global_constant = True
        g.storage_class = "dso_local"
        n = ir.GlobalVariable(self.mod, i64, "unicc_gc_nroots")
        n.initializer = ir.Constant(i64, len(roots))
        n.global_constant = True
        n.storage_class = "dso_local"
        h = ir.GlobalVariable(self.mod, i64, "unicc_heap_size")
        h.initializer = ir.Constant(i64, self.heap_size)
        h.global_constant = True
        h.storage_class = "dso_local"

    TYPE_STRUCT = ir.LiteralStructType([{"ptr": ptr, "u32": i32}[c] for _, c in abi.TYPE_FIELDS])

    def declare_class(self, c: o.ClassIR) -> None:
        g = ir.GlobalVariable(self.mod, self.TYPE_STRUCT, c.symbol)
        g.linkage = "internal"
        g.global_constant = True
        g.align = 8

    def define_class(self, c: o.ClassIR) -> None:
        g = self.mod.globals[c.symbol]
        kinds = bytearray(t.kind for _, t in c.fields) or bytearray(b"\0")
        karr = ir.GlobalVariable(self.mod, ir.ArrayType(i8, len(kinds)), c.symbol + ".kinds")
        karr.initializer = ir.Constant(karr.value_type, kinds)
        karr.global_constant = True
        karr.linkage = "internal"
        null = ir.Constant(ptr, None)
        vt: ir.Constant | ir.GlobalVariable = null
        if c.vtable:
            arr = ir.ArrayType(ptr, len(c.vtable))
            vg = ir.GlobalVariable(self.mod, arr, c.symbol + ".vtable")
            vg.initializer = ir.Constant(arr, [self.funcs[f] for f in c.vtable])
            vg.global_constant = True
            vg.linkage = "internal"
            vt = vg
        slot = [self.funcs[c.slots[s]] if s in c.slots else null
                for s in abi.TYPE_SLOTS]
        g.initializer = ir.Constant(self.TYPE_STRUCT, [
            self.cstring(c.name), self.cstring(c.module), self.type_ref(c.base_symbol),
            ir.Constant(i32, c.layout), ir.Constant(i32, len(c.fields)), karr, *slot, vt,
            *(self.funcs[c.slots[s]] if s in c.slots else null for s in ("iternext", "iter")),
            self.mixins(c)])

    def mixins(self, c: o.ClassIR) -> ir.Constant | ir.GlobalVariable:
        """The NULL-terminated array of the class's bases after the first."""
        if not c.mixin_symbols:
            return ir.Constant(ptr, None)
        arr = ir.ArrayType(ptr, len(c.mixin_symbols) + 1)
        g = ir.GlobalVariable(self.mod, arr, c.symbol + ".mixins")
        g.initializer = ir.Constant(arr, [*(self.type_ref(s) for s in c.mixin_symbols), ir.Constant(ptr, None)])
        g.global_constant = True
        g.linkage = "internal"
        return g


# Ops compiled inline: they raise only through FuncGen.guarded.
INLINE_OPS = (o.Unary, o.Binary, o.Convert)
# + - * of floats that may hold an int (transform/numtags.py): their slow paths
NUM_OPS = {"numadd": "rt_num_add", "numsub": "rt_num_sub", "nummul": "rt_num_mul"}


class FuncGen:
    def __init__(self, mg: ModuleGen, f: o.FuncIR, fn: ir.Function) -> None:
        self.mg = mg
        self.f = f
        self.fn = fn
        self.slots: dict[o.Register, ir.AllocaInstr] = {}
        self.blocks: dict[int, ir.Block] = {}
        self.b = ir.IRBuilder()
        self.direct: ir.Block | None = None   # see generate()
        self.raised: ir.Value | None = None   # the flag of the call just made (flagged_functions)
        self.raises: dict[tuple[str, str, ir.Block], ir.Block] = {}

    def generate(self) -> None:
        entry = self.fn.append_basic_block("entry")
        for bb in self.f.blocks:
            self.blocks[bb.label] = self.fn.append_basic_block(f"L{bb.label}")
        self.b.position_at_end(entry)
        for r in self.f.registers:
            if not r.type.is_void:
                self.slots[r] = self.b.alloca(lltype(r.type), name=r.name)
        self.frame_objects = {op: self.b.alloca(ir.ArrayType(i64, op.size // abi.WORD), name="frame_object")
                              for bb in self.f.blocks for op in bb.ops if isinstance(op, o.StackObject)}
        for a in self.frame_objects.values():
            a.align = abi.OBJECT_ALIGN
        self.flag_slot = self.b.alloca(i1, name="raised")
        for p, a in zip(self.f.params, self.fn.args):
            self.b.store(a, self.slots[p])
        self.consts = constant_registers(self.f)
        # Compiled code is only ever entered with no exception pending: told
        # so, LLVM drops the CheckExc after an inlined call that cannot raise.
        self.assume(self.b.not_(self.exc_pending()))
        self.b.branch(self.blocks[self.f.blocks[0].label])
        made = fresh_results(self.f)
        for bb in self.f.blocks:
            self.b.position_at_end(self.blocks[bb.label])
            if bb in made:   # no exception: the object exists (LLVM may then hoist loads of it)
                self.assume_made(made[bb])
            self.direct = None
            for op, nxt in zip(bb.ops, bb.ops[1:] + [None]):
                # An inline op's own checks are its only way to raise (and
                # rt_exc is clear in running code): they can branch straight
                # to the handler, so its CheckExc need not reload rt_exc.
                if not isinstance(op, o.CheckExc):
                    self.direct = self.blocks[nxt.error.label] \
                        if isinstance(op, INLINE_OPS) and isinstance(nxt, o.CheckExc) else None
                    self.raised = None   # op_Call sets it for the CheckExc that follows
                self.op(o.as_any(op))
            if not bb.terminated:
                self.b.unreachable()

    # ---- helpers -----------------------------------------------------------
    def assume(self, fact: ir.Value) -> None:
        self.b.call(self.mg.intrinsic("llvm.assume", ir.VoidType(), [i1]), [fact])

    def exc_pending(self) -> ir.Value:
        return self.b.icmp_unsigned("!=", self.global_load(self.mg.rt_exc, ptr), ir.Constant(ptr, None))

    def assume_made(self, call: o.CallRT) -> None:
        """After a call with a runtime.fresh_size that did not raise: its object
        exists, and `[x] * n` has max(n, 0) items (so `xs[i & 255]` of
        `[0] * 256` needs no index check)."""
        assert call.dest is not None
        obj = self.get(call.dest)
        self.assume(self.b.icmp_unsigned("!=", obj, ir.Constant(ptr, None)))
        length_arg = runtime.length_arg(call.func)
        if length_arg is not None:
            n = self.get(call.args[length_arg])
            n = self.b.select(self.b.icmp_signed(">", n, ir.Constant(i64, 0)), n, ir.Constant(i64, 0))
            length = self.b.load(self.field_addr(obj, abi.LIST_LEN), typ=i64)
            length.set_metadata("tbaa", self.mg.tbaa_tag(f"field{abi.LIST_LEN}"))
            self.assume(self.b.icmp_unsigned("==", length, n))

    def get(self, r: o.Register) -> ir.Value:
        c = self.consts.get(r)
        if c is not None:
            return ir.Constant(lltype(r.type), c)
        return self.b.load(self.slots[r], typ=lltype(r.type))

    def put(self, r: o.Register | None, v: ir.Value) -> None:
        if r is not None and not r.type.is_void:
            self.b.store(v, self.slots[r])

    def to_word(self, v: ir.Value, t: RType) -> ir.Value:
        if t.is_obj:
            return self.b.ptrtoint(v, i64)
        if t.is_float:
            return self.b.bitcast(v, i64)
        if t.bits == 64:
            return v
        return self.b.sext(v, i64) if t.signed else self.b.zext(v, i64)

    def from_word(self, v: ir.Value, t: RType) -> ir.Value:
        if t.is_obj:
            return self.b.inttoptr(v, ptr)
        if t.is_float:
            return self.b.bitcast(v, f64)
        if t.bits == 1:
            return self.b.icmp_unsigned("!=", v, ir.Constant(i64, 0))
        if t.bits == 64:
            return v
        return self.b.trunc(v, ir.IntType(t.bits))

    def field_addr(self, obj: ir.Value, index: int) -> ir.Value:
        return self.b.gep(obj, [ir.Constant(i64, abi.HEADER + abi.WORD * index)], source_etype=i8)

    def raise_msg(self, exc_type: str, msg: str) -> None:
        fn = self.mg.runtime_fn("rt_raise_msg", ir.VoidType(), [ptr, ptr])
        self.b.call(fn, [self.mg.type_ref(exc_type), self.mg.cstring(msg)])
        self.assume_raised()

    def assume_raised(self) -> None:
        """After a call that always raises, rt_exc is set: told so, LLVM sends
        an inlined callee's raise straight to the caller's handler (else the
        path would rejoin the caller's code, with its values unknown)."""
        self.assume(self.exc_pending())

    def guarded(self, bad: ir.Value, exc_type: str, msg: str) -> None:
        """If `bad`, raise; the IR's CheckExc after the op routes it."""
        if self.direct is None:
            with self.b.if_then(bad, likely=False):
                self.raise_msg(exc_type, msg)
            return
        key = (exc_type, msg, self.direct)
        cold = self.raises.get(key)
        if cold is None:   # one block per exception and handler: small functions inline
            cold = self.raises[key] = self.fn.append_basic_block("raise")
            with self.b.goto_block(cold):
                self.raise_msg(exc_type, msg)
                self.b.branch(self.direct)
        cont = self.fn.append_basic_block("ok")
        self.b.cbranch(bad, cold, cont).set_weights([1, 1000])
        self.b.position_at_end(cont)

    # ---- ops ---------------------------------------------------------------
    def op(self, op: o.AnyOp) -> None:
        match op:
            case o.Const():
                self.op_Const(op)
            case o.Assign():
                self.op_Assign(op)
            case o.Unary():
                self.op_Unary(op)
            case o.Binary():
                self.op_Binary(op)
            case o.Convert():
                self.op_Convert(op)
            case o.Call():
                self.op_Call(op)
            case o.CallRT():
                self.op_CallRT(op)
            case o.CallPtr():
                self.op_CallPtr(op)
            case o.GetField():
                self.op_GetField(op)
            case o.SetField():
                self.op_SetField(op)
            case o.GetGlobal():
                self.op_GetGlobal(op)
            case o.SetGlobal():
                self.op_SetGlobal(op)
            case o.StackLow():
                self.op_StackLow(op)
            case o.StackObject():
                self.op_StackObject(op)
            case o.AddrOf():
                self.op_AddrOf(op)
            case o.AddrOfReg():
                self.op_AddrOfReg(op)
            case o.Load():
                self.op_Load(op)
            case o.LoadElem():
                self.op_LoadElem(op)
            case o.StoreElem():
                self.op_StoreElem(op)
            case o.Goto():
                self.op_Goto(op)
            case o.Branch():
                self.op_Branch(op)
            case o.CheckExc():
                self.op_CheckExc(op)
            case o.Return():
                self.op_Return(op)
            case o.Unreachable():
                self.op_Unreachable(op)
            case o.Yield():
                raise AssertionError(f"{self.f.name}: a Yield left after irbuild/generator.py")
            case _:
                assert_never(op)

    def op_Const(self, op: o.Const) -> None:
        t, v = op.dest.type, op.value
        if isinstance(v, o.CStrConst):
            val: ir.Value = self.mg.cstring(v.value)
        elif isinstance(v, (o.StrConst, o.BytesConst)):
            val = self.mg.str_const(v)
        elif t.is_obj:
            val = ir.Constant(ptr, None)
        elif t.is_float:
            val = ir.Constant(f64, float(v))  # type: ignore[arg-type]
        else:
            bits = t.bits
            iv = int(v)  # type: ignore[arg-type]
            val = ir.Constant(ir.IntType(bits), iv & ((1 << bits) - 1))
        self.put(op.dest, val)

    def op_Assign(self, op: o.Assign) -> None:
        self.put(op.dest, self.get(op.src))

    def op_Unary(self, op: o.Unary) -> None:
        a = self.get(op.a)
        if op.op == "neg":
            bad = self.b.icmp_signed("==", a, ir.Constant(i64, -(1 << 63)))
            self.guarded(bad, "rt_type_OverflowError", "integer overflow")
            r = self.b.neg(a)
        elif op.op == "wneg":
            r = self.b.neg(a)
        elif op.op == "fneg":
            r = self.b.fneg(a)
        elif op.op == "numfloat":   # a tagged int or bool (runtime/core/num.c) as a double
            w = self.b.bitcast(a, i64)
            hi = self.b.lshr(w, ir.Constant(i64, 49))
            is_int = self.b.icmp_unsigned(">=", hi, ir.Constant(i64, 0x7FFE))
            is_bool = self.b.icmp_unsigned("==", hi, ir.Constant(i64, 0x7FFD))
            v = self.b.select(is_bool, self.b.and_(w, ir.Constant(i64, 1)),
                              self.b.ashr(self.b.shl(w, ir.Constant(i64, 14)), ir.Constant(i64, 14)))
            r = self.b.select(self.b.or_(is_int, is_bool), self.b.sitofp(v, f64), a)
        elif op.op == "sqrt":   # math.sqrt: one instruction, not a call
            self.guarded(self.b.fcmp_ordered("<", a, ir.Constant(f64, 0.0)), "rt_type_ValueError",
                         "math domain error")
            r = self.b.call(self.mg.intrinsic("llvm.sqrt.f64", f64, [f64]), [a])
        elif op.op in ("not", "invert"):   # i1 not / bitwise invert: both xor with all ones
            r = self.b.not_(a)
        else:
            raise AssertionError(op.op)
        self.put(op.dest, r)

    def op_Binary(self, op: o.Binary) -> None:
        a, b = self.get(op.a), self.get(op.b)
        t = op.a.type
        if op.op in NUM_OPS:
            self.put(op.dest, self.num_op(op.op, a, b))
            return
        r = self.binary(op.op, a, b, t)
        self.put(op.dest, r)

    def num_op(self, name: str, a: ir.Value, b: ir.Value) -> ir.Value:
        """+ - * of floats that may hold a tagged int (transform/numtags.py):
        the float op unless an operand is a NaN, else the runtime's rt_num_*
        (which may raise: the CheckExc after the op routes it)."""
        fast_op = {"numadd": self.b.fadd, "numsub": self.b.fsub, "nummul": self.b.fmul}[name]
        nan = self.b.fcmp_unordered("uno", a, b)
        fast, slow, join = (self.fn.append_basic_block(n) for n in ("num.fast", "num.slow", "num.join"))
        self.b.cbranch(nan, slow, fast).set_weights([1, 1000])
        self.b.position_at_end(fast)
        rf = fast_op(a, b)
        self.b.branch(join)
        self.b.position_at_end(slow)
        rs = self.b.call(self.mg.runtime_fn(NUM_OPS[name], f64, [f64, f64]), [a, b])
        if self.direct is not None:
            ok = self.fn.append_basic_block("num.ok")
            self.b.cbranch(self.exc_pending(), self.direct, ok)
            self.b.position_at_end(ok)
        slow_end = self.b.block
        self.b.branch(join)
        self.b.position_at_end(join)
        phi = self.b.phi(f64)
        phi.add_incoming(rf, fast)
        phi.add_incoming(rs, slow_end)
        return phi

    def checked(self, name: str, a: ir.Value, b: ir.Value) -> ir.Value:
        k = signed64(b.constant) if isinstance(b, ir.Constant) else -(1 << 63)
        if name in ("sadd", "ssub") and k != -(1 << 63):
            # x + c: an explicit range check on x, which LLVM's range analyses
            # understand (the overflow intrinsic hides them), then a plain add
            c = k if name == "sadd" else -k
            if c >= 0:
                bad = self.b.icmp_signed(">", a, ir.Constant(i64, (1 << 63) - 1 - c))
            else:
                bad = self.b.icmp_signed("<", a, ir.Constant(i64, -(1 << 63) - c))
            self.guarded(bad, "rt_type_OverflowError", "integer overflow")
            return self.b.add(a, ir.Constant(i64, c), flags=["nsw"])
        fn = self.mg.intrinsic(f"llvm.{name}.with.overflow.i64", ir.LiteralStructType([i64, i1]), [i64, i64])
        pair = self.b.call(fn, [a, b])
        self.guarded(self.b.extract_value(pair, 1), "rt_type_OverflowError", "integer overflow")
        # the result recomputed with nsw: the same value, and LLVM can then
        # tell for instance that i * i is not negative (codegen merges them)
        op = {"sadd": self.b.add, "ssub": self.b.sub, "smul": self.b.mul}[name]
        return op(a, b, flags=["nsw"])

    def binary(self, name: str, a: ir.Value, b: ir.Value, t: RType) -> ir.Value:
        B = self.b
        zero = ir.Constant(a.type, 0) if not t.is_float else ir.Constant(f64, 0.0)
        cmp_ops = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
        if name in cmp_ops:
            if t.is_float:
                return B.fcmp_unordered("!=", a, b) if name == "ne" else B.fcmp_ordered(cmp_ops[name], a, b)
            if t.is_obj:
                return B.icmp_unsigned(cmp_ops[name], a, b)
            if t.signed:
                return B.icmp_signed(cmp_ops[name], a, b)
            return B.icmp_unsigned(cmp_ops[name], a, b)
        if t.is_float:
            if name in ("fdiv", "idiv"):   # idiv: int / int, which CPython words differently
                msg = "float division by zero" if name == "fdiv" else "division by zero"
                self.guarded(B.fcmp_ordered("==", b, zero), "rt_type_ZeroDivisionError", msg)
                return B.fdiv(a, b)
            return {"add": B.fadd, "sub": B.fsub, "mul": B.fmul}[name](a, b)
        if name in ("add", "sub", "mul"):
            return self.checked({"add": "sadd", "sub": "ssub", "mul": "smul"}[name], a, b)
        if name in ("floordiv", "mod"):
            return self.py_divmod(name, a, b)
        if name == "lshift":
            return self.py_lshift(a, b)
        if name == "rshift":
            self.guarded(B.icmp_signed("<", b, zero), "rt_type_ValueError", "negative shift count")
            big = B.icmp_signed(">", b, ir.Constant(i64, 63))
            return B.ashr(a, B.select(big, ir.Constant(i64, 63), b))
        simple = {"and": B.and_, "or": B.or_, "xor": B.xor, "wadd": B.add, "wsub": B.sub, "wmul": B.mul}
        if name in simple:
            return simple[name](a, b)
        if name == "wlshift":   # i64 << n, keeping the low 64 bits
            self.guarded(B.icmp_signed("<", b, zero), "rt_type_ValueError", "negative shift count")
            big = B.icmp_signed(">", b, ir.Constant(i64, 63))
            return B.select(big, zero, B.shl(a, B.select(big, zero, b)))
        if name in ("nadd", "nsub"):   # known not to overflow (lengths, offsets)
            return (B.add if name == "nadd" else B.sub)(a, b, flags=["nsw"])
        if name in ("wdiv", "wmod"):
            self.guarded(B.icmp_unsigned("==", b, zero), "rt_type_ZeroDivisionError",
                         "integer division or modulo by zero")
            safe_b = B.select(B.icmp_unsigned("==", b, zero), ir.Constant(a.type, 1), b)
            if t.signed:
                # Python floor semantics on fixed signed ints, wrapping INT_MIN // -1
                q = B.sdiv(a, safe_b) if name == "wdiv" else B.srem(a, safe_b)
                return self.floor_fix(name, a, safe_b, q)
            return B.udiv(a, safe_b) if name == "wdiv" else B.urem(a, safe_b)
        if name in ("wshl", "wshr"):
            width = ir.Constant(a.type, t.bits)
            big = B.icmp_unsigned(">=", b, width)
            sh = B.select(big, ir.Constant(a.type, 0), b)
            if name == "wshl":
                return B.select(big, ir.Constant(a.type, 0), B.shl(a, sh))
            if t.signed:
                return B.ashr(a, B.select(big, ir.Constant(a.type, t.bits - 1), b))
            return B.select(big, ir.Constant(a.type, 0), B.lshr(a, sh))
        raise AssertionError(name)

    def floor_fix(self, name: str, a: ir.Value, b: ir.Value, q: ir.Value) -> ir.Value:
        B = self.b
        zero = ir.Constant(a.type, 0)
        r = B.srem(a, b)
        adjust = B.and_(B.icmp_signed("!=", r, zero),
                        B.icmp_signed("!=", B.icmp_signed("<", r, zero), B.icmp_signed("<", b, zero)))
        if name in ("floordiv", "wdiv"):
            return B.select(adjust, B.sub(q, ir.Constant(a.type, 1)), q)
        return B.select(adjust, B.add(r, b), r)

    def py_divmod(self, name: str, a: ir.Value, b: ir.Value) -> ir.Value:
        B = self.b
        zero = ir.Constant(i64, 0)
        self.guarded(B.icmp_signed("==", b, zero), "rt_type_ZeroDivisionError",
                     "integer division or modulo by zero" if name == "floordiv" else "integer modulo by zero")
        minus1 = ir.Constant(i64, -1)
        if name == "floordiv":
            ovf = B.and_(B.icmp_signed("==", a, ir.Constant(i64, -(1 << 63))), B.icmp_signed("==", b, minus1))
            self.guarded(ovf, "rt_type_OverflowError", "integer overflow")
        # make the divisor safe so LLVM never sees x/0 or MIN/-1 on the error path
        bad = B.or_(B.icmp_signed("==", b, zero), B.icmp_signed("==", b, minus1))
        safe_b = B.select(bad, ir.Constant(i64, 1), b)
        q = B.select(B.icmp_signed("==", b, minus1), B.neg(a), B.sdiv(a, safe_b))
        if name == "floordiv":
            return self.floor_fix(name, a, safe_b, q)
        r = B.srem(a, safe_b)
        fixed = B.select(B.and_(B.icmp_signed("!=", r, zero),
                                B.icmp_signed("!=", B.icmp_signed("<", r, zero), B.icmp_signed("<", b, zero))),
                         B.add(r, b), r)
        return B.select(B.icmp_signed("==", b, minus1), zero, fixed)

    def py_lshift(self, a: ir.Value, b: ir.Value) -> ir.Value:
        B = self.b
        zero = ir.Constant(i64, 0)
        self.guarded(B.icmp_signed("<", b, zero), "rt_type_ValueError", "negative shift count")
        big = B.icmp_signed(">", b, ir.Constant(i64, 63))
        sh = B.select(big, zero, b)
        r = B.shl(a, sh)
        lost = B.or_(B.icmp_signed("!=", B.ashr(r, sh), a),
                     B.and_(big, B.icmp_signed("!=", a, zero)))
        self.guarded(lost, "rt_type_OverflowError", "integer overflow")
        return B.select(big, zero, r)

    def op_Convert(self, op: o.Convert) -> None:
        s, d = op.src.type, op.dest.type
        v = self.get(op.src)
        B = self.b
        if s == d or (s.is_obj and d.is_obj) or (lltype(s) == lltype(d) and not (s.is_float or d.is_float)):
            r = v
        elif d == WORD:
            r = self.to_word(v, s)
        elif s == WORD:
            r = self.from_word(v, d)
        elif d.is_float and s.is_int:
            r = B.sitofp(v, f64) if s.signed else B.uitofp(v, f64)
        elif d == BOOL:
            r = B.icmp_unsigned("!=", v, ir.Constant(v.type, 0))
        elif s.is_int and d.is_int:
            if d.bits < s.bits:
                r = B.trunc(v, ir.IntType(d.bits))
            elif s.signed:
                r = B.sext(v, ir.IntType(d.bits))
            else:
                r = B.zext(v, ir.IntType(d.bits))
        else:
            raise AssertionError(f"convert {s} -> {d}")
        self.put(op.dest, r)

    def op_Call(self, op: o.Call) -> None:
        fn = self.mg.funcs[op.func]
        flag = [self.flag_slot] if op.func in self.mg.flagged else []
        r = self.b.call(fn, [self.get(a) for a in op.args] + flag)
        if flag:
            self.raised = self.b.load(self.flag_slot, typ=i1)
        self.put(op.dest, r)

    def op_CallRT(self, op: o.CallRT) -> None:
        """C knows no i1: bools cross the runtime boundary as i64."""
        def c_type(t: RType) -> ir.Type:
            return i64 if t == BOOL else lltype(t)
        ret = c_type(op.dest.type) if op.dest is not None else ir.VoidType()
        fn = self.mg.runtime_fn(op.func, ret, [c_type(a.type) for a in op.args])
        args = [self.b.zext(self.get(a), i64) if a.type == BOOL else self.get(a) for a in op.args]
        r = self.b.call(fn, args)
        if runtime.always_raises(op.func):
            self.assume_raised()
        if op.dest is not None and op.dest.type == BOOL:
            r = self.b.icmp_unsigned("!=", r, ir.Constant(i64, 0))
        self.put(op.dest, r)

    def op_CallPtr(self, op: o.CallPtr) -> None:
        ret = lltype(op.dest.type) if op.dest is not None else ir.VoidType()
        fty = ir.FunctionType(ret, [lltype(a.type) for a in op.args])
        r = self.b.call(_cast(self.b, self.get(op.fn), ir.PointerType(fty)), [self.get(a) for a in op.args])
        self.put(op.dest, r)

    def op_GetField(self, op: o.GetField) -> None:
        w = self.b.load(self.field_addr(self.get(op.obj), op.index), typ=i64)
        w.set_metadata("tbaa", self.mg.tbaa_tag(f"field{op.index}"))
        self.put(op.dest, self.from_word(w, op.dest.type) if op.dest.type != WORD else w)

    def op_SetField(self, op: o.SetField) -> None:
        v = self.get(op.src)
        w = v if op.src.type == WORD else self.to_word(v, op.src.type)
        st = self.b.store(w, self.field_addr(self.get(op.obj), op.index))
        st.set_metadata("tbaa", self.mg.tbaa_tag(f"field{op.index}"))

    def global_load(self, g: ir.GlobalVariable, t: ir.Type) -> ir.Value:
        v = self.b.load(g, typ=t)
        v.set_metadata("tbaa", self.mg.tbaa_tag("global"))
        return v

    def global_ref(self, name: str, t: RType) -> ir.GlobalVariable:
        """Program globals are defined by the module; others (rt_exc) by the runtime."""
        return self.mg.globals.get(name) or self.mg.extern_global(name, lltype(t))

    def op_GetGlobal(self, op: o.GetGlobal) -> None:
        self.put(op.dest, self.global_load(self.global_ref(op.name, op.dest.type), lltype(op.dest.type)))

    def op_SetGlobal(self, op: o.SetGlobal) -> None:
        st = self.b.store(self.get(op.src), self.global_ref(op.name, op.src.type))
        st.set_metadata("tbaa", self.mg.tbaa_tag("global"))

    def op_StackLow(self, op: o.StackLow) -> None:
        if is_leaf(self.f):   # it cannot recurse: no check (and inlined, no cost)
            self.put(op.dest, ir.Constant(i1, 0))
            return
        # The stack pointer itself, not llvm.frameaddress: that would give every
        # function that checks a frame pointer to keep (fib ran 1.1x slower).
        name, width = self.mg.stack_pointer
        fn = self.mg.intrinsic(f"llvm.read_register.i{width}", ir.IntType(width), [ir.MetaDataType()])
        sp = self.b.call(fn, [name])
        if width < 64:
            sp = self.b.zext(sp, i64)
        limit = self.global_load(self.mg.extern_global("rt_stack_limit", i64), i64)
        self.put(op.dest, self.b.icmp_unsigned("<", sp, limit))

    def op_StackObject(self, op: o.StackObject) -> None:
        obj = _cast(self.b, self.frame_objects[op], ptr)   # an opaque pointer, like every object
        memset = self.mg.intrinsic("llvm.memset.p0.i64", ir.VoidType(), [ptr, i8, i64, i1])
        self.b.call(memset, [obj, ir.Constant(i8, 0), ir.Constant(i64, op.size), ir.Constant(i1, 0)])
        self.b.store(self.mg.type_ref(op.symbol), obj)
        self.put(op.dest, obj)

    def op_AddrOf(self, op: o.AddrOf) -> None:
        sym = self.mg.funcs.get(op.symbol) or self.mg.type_ref(op.symbol)
        self.put(op.dest, sym)

    def op_AddrOfReg(self, op: o.AddrOfReg) -> None:
        self.put(op.dest, self.slots[op.reg])

    def op_Load(self, op: o.Load) -> None:
        addr = self.b.gep(self.get(op.addr), [ir.Constant(i64, op.offset)], source_etype=i8)
        self.put(op.dest, self.b.load(addr, typ=lltype(op.dest.type)))

    def elem_addr(self, base: o.Register, index: o.Register, offset: int, size: int) -> tuple[ir.Value, ir.Type]:
        ty = ir.IntType(8 * size)
        start = self.b.gep(self.get(base), [ir.Constant(i64, offset)], source_etype=i8)
        return self.b.gep(start, [self.get(index)], source_etype=ty, inbounds=True), ty

    def op_LoadElem(self, op: o.LoadElem) -> None:
        addr, ty = self.elem_addr(op.base, op.index, op.offset, op.size)
        w = self.b.load(addr, typ=ty)
        w.set_metadata("tbaa", self.mg.tbaa_tag("elem"))
        if op.size < 8:
            w = self.b.zext(w, i64)
        self.put(op.dest, w if op.dest.type == WORD else self.from_word(w, op.dest.type))

    def op_StoreElem(self, op: o.StoreElem) -> None:
        addr, ty = self.elem_addr(op.base, op.index, op.offset, op.size)
        v = self.get(op.src)
        v = v if op.src.type == WORD else self.to_word(v, op.src.type)
        st = self.b.store(self.b.trunc(v, ty) if op.size < 8 else v, addr)
        st.set_metadata("tbaa", self.mg.tbaa_tag("elem"))

    def op_Goto(self, op: o.Goto) -> None:
        self.b.branch(self.blocks[op.target.label])

    def op_Branch(self, op: o.Branch) -> None:
        self.b.cbranch(self.get(op.cond), self.blocks[op.true.label], self.blocks[op.false.label])

    def op_CheckExc(self, op: o.CheckExc) -> None:
        if self.direct is not None:
            self.b.branch(self.blocks[op.ok.label])
            return
        pending = self.raised if self.raised is not None else self.exc_pending()
        br = self.b.cbranch(pending, self.blocks[op.error.label], self.blocks[op.ok.label])
        br.set_weights([1, 1000])

    def op_Return(self, op: o.Return) -> None:
        if self.f.name in self.mg.flagged:
            self.b.store(self.exc_pending(), self.fn.args[-1])
        if op.value is None or self.f.ret.is_void:
            self.b.ret_void()
        else:
            self.b.ret(self.get(op.value))

    def op_Unreachable(self, op: o.Unreachable) -> None:
        # a trap, not undefined behaviour, should the runtime ever return here
        self.b.call(self.mg.intrinsic("llvm.trap", ir.VoidType(), []), [])
        self.b.unreachable()


def flagged_functions(m: o.ModuleIR) -> set[str]:
    """The functions only ever called directly by compiled code: they also
    store whether they raised through a last, pointer argument to a slot of
    the caller's frame, and the caller tests that flag, not rt_exc.  Once
    LLVM inlines the callee the slot becomes a constant on each path (SROA),
    and the test folds away before the branches around the call are merged:
    rt_exc's test kept LLVM from threading the caller's `if` through the
    returned value (and it made `if not ring.push(x): h ^= 1` branch-free).
    A recursive function keeps rt_exc's test: LLVM cannot inline it away, and
    through memory the flag costs more than it saves."""
    taken = {c.slots[s] for c in m.classes for s in c.slots} | {f for c in m.classes for f in c.vtable}
    taken |= {op.symbol for fn in m.functions for bb in fn.blocks for op in bb.ops if isinstance(op, o.AddrOf)}
    return {f.name for f in m.functions if not f.exported and f.name not in taken} - recursive(m)


def fresh_results(f: o.FuncIR) -> dict[o.BasicBlock, o.CallRT]:
    """The blocks entered only when a call with a runtime.fresh_size did not
    raise, with the call."""
    preds: dict[o.BasicBlock, int] = {}
    for bb in f.blocks:
        for s in block_successors(bb):
            preds[s] = preds.get(s, 0) + 1
    out = {}
    for bb in f.blocks:
        call, check = (bb.ops[-2], bb.ops[-1]) if len(bb.ops) >= 2 else (None, None)
        if isinstance(call, o.CallRT) and runtime.fresh_size(call.func) is not None \
                and call.dest is not None \
                and isinstance(check, o.CheckExc) and preds.get(check.ok) == 1:
            out[check.ok] = call
    return out


def is_leaf(f: o.FuncIR) -> bool:
    return all(isinstance(op, o.CallRT) and not runtime.calls_back(op.func)
               or not isinstance(op, (o.Call, o.CallRT, o.CallPtr))
               for bb in f.blocks for op in bb.ops)


def signed64(v: object) -> int:
    n: int = int(v)  # type: ignore[call-overload]
    return n - (1 << 64) if n >= 1 << 63 else n


def constant_registers(f: o.FuncIR) -> dict[o.Register, int | float]:
    """Registers written once, by a Const of a number: used as LLVM constants."""
    writes: dict[o.Register, int] = {}
    value: dict[o.Register, int | float] = {}
    for bb in f.blocks:
        for op in bb.ops:
            for dest in dataflow.writes(op):
                writes[dest] = writes.get(dest, 0) + 1
            if isinstance(op, o.Const) and isinstance(op.value, (int, float)) and \
                    not (op.dest.type.is_obj or op.dest.type.is_void):
                t = op.dest.type
                value[op.dest] = float(op.value) if t.is_float else int(op.value) & ((1 << t.bits) - 1)
    return {r: v for r, v in value.items() if writes[r] == 1 and r not in f.params}


def _cast(b: ir.IRBuilder, v: ir.Value, ty: ir.Type) -> ir.Value:
    """A pointer under the llvmlite type it needs (a function-typed callee, an
    alloca as a plain object pointer); with opaque pointers the bitcast is a
    no-op for LLVM, and the builder would fold it away: inserted directly."""
    cast = ir.instructions.CastInstr(b.block, "bitcast", v, ty)
    b._insert(cast)
    return cast


__all__ = ["ModuleGen", "lltype", "I64", "F64", "BOOL", "OBJ", "PTR"]
