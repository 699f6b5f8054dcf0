"""The helper modules of stdlib/ (frontend/check.py HELPERS): Python in the
subset that the lowering of builtin operations calls, `str % args`
(unicc_percent.py) and the methods of builtin types that have no runtime
function (unicc_builtins.py).  A helper module is lowered at its first use."""

from __future__ import annotations

from mypy.nodes import Decorator, FuncDef

from unicc.frontend.validate import extern_symbol
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ
from unicc.irbuild.builder import Builder, FuncInfo, new_function
from unicc.irbuild.closures import func_info


def has_function(b: Builder, module: str, name: str) -> bool:
    f = b.ctx.modules.get(module)
    return f is not None and isinstance(f.names.get(name) and f.names[name].node, FuncDef)


def helper_function(b: Builder, fullname: str) -> FuncInfo:
    """A function of a helper module (check.HELPERS): the module's functions are
    lowered when the first one is called, so a program that never formats
    with `%` (or calls no method written in the subset) does not carry them."""
    info = b.ctx.funcs.get(fullname)
    if info is not None:
        return info
    ctx = b.ctx
    module = fullname.rpartition(".")[0]
    defs = [s for s in ctx.modules[module].defs if isinstance(s, FuncDef)]
    externs = [(s.func, extern_symbol(s)) for s in ctx.modules[module].defs if isinstance(s, Decorator)]
    for f in defs + [f for f, _ in externs]:
        ctx.funcs[f.fullname] = func_info(ctx, f.fullname, f)
    for f in defs:
        ctx.compile_function(module, f, ctx.funcs[f.fullname], f.name)
    for f, symbol in externs:   # @extern: a call of the C function (module.extern_wrapper)
        assert symbol is not None
        ctx.ir.externs[symbol] = (ctx.path_of.get(module, module), f.line, f.column)
        info = ctx.funcs[f.fullname]
        fb, regs = new_function(ctx, module, info.name, list(zip(info.arg_names, info.params)), info.ret, f.name)
        r = fb.call_rt(symbol, regs, info.ret)
        fb.emit(o.Return(None if info.ret.is_void else r))
        fb.finish()
    return ctx.funcs[fullname]


def give_slots(b: Builder, symbol: str, module: str, prefix: str) -> None:
    """The repr, hash and eq slots of a builtin class the compiler declares
    (complex, slice), once: the helper module's PREFIX_repr, PREFIX_hash and
    PREFIX_eq, the last behind a wrapper returning a word as the eq slot does."""
    slots = b.ctx.classes[symbol].ir.slots
    if slots:
        return
    slots["repr"] = "placeholder"   # set before the helpers are lowered (they make such objects)
    eq = helper_function(b, f"{module}.{prefix}_eq")
    name = f"{module}.{prefix}_eq.slot"
    eb, (x, y) = new_function(b.ctx, module, name, [("a", OBJ), ("b", OBJ)], I64)
    r = eb.reg(BOOL)
    eb.emit(o.Call(r, eq.name, [x, y]))
    eb.emit(o.Return(eb.convert(r, I64)))
    eb.finish()
    slots.update(repr=helper_function(b, f"{module}.{prefix}_repr").name,
                 hash=helper_function(b, f"{module}.{prefix}_hash").name, eq=name)
