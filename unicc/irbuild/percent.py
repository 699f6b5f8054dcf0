"""printf-style formatting, `fmt % args` of a str, bytes or bytearray `fmt`:
a call of stdlib/unicc_percent.py, compiled into the program at its first use.

The right operand goes as an object: a tuple as it is (its items carry their
kinds), any other value boxed; the helper reads a dict through a copy with
boxed keys and values.  A dict display is built so directly (mypy records
no type for it there).
"""

from __future__ import annotations

from mypy.nodes import Decorator, DictExpr, Expression, FuncDef

from unicc.frontend.validate import extern_symbol
from unicc.ir import ops as o
from unicc.ir.abi import K_OBJ
from unicc.ir.rtypes import OBJ
from unicc.irbuild.builder import Builder, FuncInfo, new_function
from unicc.irbuild.closures import func_info

HELPER = {"builtins.str": "unicc_percent.str_percent", "builtins.bytes": "unicc_percent.bytes_percent",
          "builtins.bytearray": "unicc_percent.bytearray_percent"}


def helper_function(b: Builder, fullname: str) -> FuncInfo:
    """A function of a helper module (check.HELPERS): the module's functions are
    lowered when the first one is called, so a program that never formats
    with `%` does not carry them."""
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
        info = ctx.funcs[f.fullname]
        fb, regs = new_function(ctx, module, info.name, list(zip(info.arg_names, info.params)), info.ret, f.name)
        r = fb.call_rt(symbol, regs, info.ret)
        fb.emit(o.Return(None if info.ret.is_void else r))
        fb.finish()
    return ctx.funcs[fullname]


def percent_format(b: Builder, left: Expression, right: Expression, fmt_type: str) -> o.Register:
    info = helper_function(b, HELPER[fmt_type])
    fmt = b.accept(left)
    if isinstance(right, DictExpr):   # mypy records no type for it here
        args = display_dict(b, right)
        return b.call(info, [fmt, args, args])
    return b.call(info, [fmt, b.accept_as(right, OBJ), b.none()])


def display_dict(b: Builder, e: DictExpr) -> o.Register:
    """A dict display as a dict of objects, each key and value boxed."""
    d = b.call_rt("rt_dict_new", [b.int(K_OBJ), b.int(K_OBJ)], OBJ)
    for k, v in e.items:
        if k is None:
            raise b.ctx.error(b.module, e, "'**' in the dict display of a '%' format is not supported by unicc")
        key = b.accept_as(k, OBJ)
        b.call_rt("rt_dict_set", [d, b.to_word(key), b.to_word(b.accept_as(v, OBJ))])
    return d
