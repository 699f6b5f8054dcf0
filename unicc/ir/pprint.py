"""Human-readable text of the IR (`unicc build --emit-ir`)."""

from __future__ import annotations

from unicc.ir import ops as o


def format_op(op: o.Op) -> str:
    dest = getattr(op, "dest", None)
    d = f"{dest} = " if dest is not None else ""
    if isinstance(op, o.Const):
        v = op.value
        text = repr(v.value) if isinstance(v, (o.StrConst, o.BytesConst, o.CStrConst)) else repr(v)
        return f"{d}{op.dest.type} {text}"
    if isinstance(op, o.Assign):
        return f"{d}{op.src}"
    if isinstance(op, o.Unary):
        return f"{d}{op.op} {op.a}"
    if isinstance(op, o.Binary):
        return f"{d}{op.op} {op.a}, {op.b}"
    if isinstance(op, o.Convert):
        return f"{d}convert {op.src}: {op.src.type} -> {op.dest.type}"
    if isinstance(op, o.Call):
        return f"{d}call {op.func}({', '.join(map(str, op.args))})"
    if isinstance(op, o.CallRT):
        return f"{d}call_rt {op.func}({', '.join(map(str, op.args))})"
    if isinstance(op, o.CallPtr):
        return f"{d}call_ptr {op.fn}({', '.join(map(str, op.args))})"
    if isinstance(op, o.GetField):
        return f"{d}{op.obj}.field[{op.index}]"
    if isinstance(op, o.SetField):
        return f"{op.obj}.field[{op.index}] = {op.src}"
    if isinstance(op, o.GetGlobal):
        return f"{d}global {op.name}"
    if isinstance(op, o.SetGlobal):
        return f"global {op.name} = {op.src}"
    if isinstance(op, o.StackLow):
        return f"{d}stack_low"
    if isinstance(op, o.StackObject):
        return f"{d}frame_object {op.symbol} ({op.size} bytes)"
    if isinstance(op, o.AddrOf):
        return f"{d}&{op.symbol}"
    if isinstance(op, o.AddrOfReg):
        return f"{d}&{op.reg}"
    if isinstance(op, o.Load):
        return f"{d}load {op.dest.type} [{op.addr} + {op.offset}]"
    if isinstance(op, o.LoadElem):
        return f"{d}load_elem{op.size * 8} {op.dest.type} [{op.base} + {op.offset} + {op.size} * {op.index}]"
    if isinstance(op, o.StoreElem):
        return f"store_elem{op.size * 8} [{op.base} + {op.offset} + {op.size} * {op.index}] = {op.src}"
    if isinstance(op, o.Goto):
        return f"goto L{op.target.label}"
    if isinstance(op, o.Branch):
        return f"if {op.cond} goto L{op.true.label} else goto L{op.false.label}"
    if isinstance(op, o.CheckExc):
        return f"if exception goto L{op.error.label} else goto L{op.ok.label}"
    if isinstance(op, o.Return):
        return f"return {op.value if op.value is not None else ''}".rstrip()
    if isinstance(op, o.Unreachable):
        return "unreachable"
    return repr(op)


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
        parts.append(f"class {c.module}.{c.name}({c.base_symbol}) [{fields}]"
                     + (f" vtable={c.vtable}" if c.vtable else ""))
    for g in m.globals:
        parts.append(f"global {g.name}: {g.type}")
    parts.extend(format_func(f) for f in m.functions)
    return "\n\n".join(parts) + "\n"
