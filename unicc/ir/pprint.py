"""Human-readable text of the IR (`unicc build --emit-ir`)."""

from __future__ import annotations

from typing import assert_never

from unicc.ir import ops as o


def format_op(op: o.Op) -> str:
    dest = getattr(op, "dest", None)
    d = f"{dest} = " if dest is not None else ""
    op = o.as_any(op)
    match op:
        case o.Const(value=o.StrConst() | o.BytesConst() | o.CStrConst() as v):
            return f"{d}{op.dest.type} {v.value!r}"
        case o.Const():
            return f"{d}{op.dest.type} {op.value!r}"
        case o.Assign():
            return f"{d}{op.src}"
        case o.Unary():
            return f"{d}{op.op} {op.a}"
        case o.Binary():
            return f"{d}{op.op} {op.a}, {op.b}"
        case o.Convert():
            return f"{d}convert {op.src}: {op.src.type} -> {op.dest.type}"
        case o.Call():
            return f"{d}call {op.func}({args(op.args)})"
        case o.CallRT():
            return f"{d}call_rt {op.func}({args(op.args)})"
        case o.CallPtr():
            return f"{d}call_ptr {op.fn}({args(op.args)})"
        case o.GetField():
            return f"{d}{op.obj}.field[{op.index}]"
        case o.SetField():
            return f"{op.obj}.field[{op.index}] = {op.src}"
        case o.GetGlobal():
            return f"{d}global {op.name}"
        case o.SetGlobal():
            return f"global {op.name} = {op.src}"
        case o.StackLow():
            return f"{d}stack_low"
        case o.StackObject():
            return f"{d}frame_object {op.symbol} ({op.size} bytes)"
        case o.AddrOf():
            return f"{d}&{op.symbol}"
        case o.AddrOfReg():
            return f"{d}&{op.reg}"
        case o.Load():
            return f"{d}load {op.dest.type} [{op.addr} + {op.offset}]"
        case o.LoadElem():
            return f"{d}load_elem{op.size * 8} {op.dest.type} [{op.base} + {op.offset} + {op.size} * {op.index}]"
        case o.StoreElem():
            return f"store_elem{op.size * 8} [{op.base} + {op.offset} + {op.size} * {op.index}] = {op.src}"
        case o.Goto():
            return f"goto L{op.target.label}"
        case o.Branch():
            return f"if {op.cond} goto L{op.true.label} else goto L{op.false.label}"
        case o.CheckExc():
            return f"if exception goto L{op.error.label} else goto L{op.ok.label}"
        case o.Return():
            return f"return {op.value if op.value is not None else ''}".rstrip()
        case o.Unreachable():
            return "unreachable"
        case o.Yield():   # only inside irbuild: generator.py lowers every one
            into = f" into {op.thrown}" if op.thrown is not None else ""
            return (f"{d}yield {op.value if op.value is not None else ''}; resume at L{op.cont.label}, "
                    f"thrown{into} to L{op.handler.label}")
        case _:
            assert_never(op)


def args(regs: list[o.Register]) -> str:
    return ", ".join(map(str, regs))


def format_func(fn: o.FuncIR) -> str:
    params = ", ".join(f"{p}: {p.type}" for p in fn.params)
    lines = [f"def {fn.name}({params}) -> {fn.ret}:"]
    for b in fn.blocks:
        lines.append(f"  L{b.label}:")
        lines.extend(f"    {format_op(op)}" for op in b.ops)
    return "\n".join(lines)


def format_module(m: o.ModuleIR) -> str:
    parts = []
    for c in m.classes:
        fields = ", ".join(f"{n}: {t}" for n, t in c.fields)
        parts.append(f"class {c.module}.{c.name}({', '.join([c.base_symbol, *c.mixin_symbols])}) [{fields}]"
                     + (f" vtable={c.vtable}" if c.vtable else ""))
    for g in m.globals:
        parts.append(f"global {g.name}: {g.type}")
    parts.extend(format_func(f) for f in m.functions)
    return "\n\n".join(parts) + "\n"
