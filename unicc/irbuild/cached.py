"""functools.cache and functools.lru_cache on module-level functions.

Each cached function has a global holding its functools._Cache (made when
its def statement runs, with the decorator's maxsize).  Every call of the
function by name, its own recursive calls included, asks the cache first,
with the call's arguments as written for key (positional values, then each
keyword's name and value: CPython's key, so f(1) and f(x=1) are two
entries), and on a miss calls the function and stores its result.
`f.cache_info()` and `f.cache_clear()` call the cache's helpers.  The cache
lives in stdlib/cpython/functools.py, in the subset.
"""

from __future__ import annotations

from mypy.nodes import CallExpr, Decorator, Expression, FuncDef, NameExpr, RefExpr

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ
from unicc.irbuild.arguments import match_args
from unicc.irbuild.builder import Builder, Context, FuncInfo
from unicc.irbuild.sequences import new_tuple

CACHE_DECORATORS = ("functools.cache", "functools.lru_cache")


def cache_decorator(d: Decorator) -> Expression | None:
    """The @cache / @lru_cache / @lru_cache(...) decorator of d, if that is its only one."""
    if len(d.decorators) != 1:
        return None
    dec = d.decorators[0]
    callee = dec.callee if isinstance(dec, CallExpr) else dec
    return dec if isinstance(callee, RefExpr) and callee.fullname in CACHE_DECORATORS else None


def cache_global(f: FuncDef) -> str:
    return f"{f.fullname}.<cache>"


def declare_cache(ctx: Context, module: str, d: Decorator) -> None:
    dec = cache_decorator(d)
    assert dec is not None
    if isinstance(dec, CallExpr):
        for a, name in zip(dec.args, dec.arg_names):
            if name == "typed" and not (isinstance(a, NameExpr) and a.fullname == "builtins.False"):
                raise ctx.error(module, dec, "lru_cache(typed=True) is not supported by unicc")
    ctx.cached[d.func.fullname] = dec
    ctx.global_var(cache_global(d.func), OBJ)


def make_cache(b: Builder, f: FuncDef) -> None:
    """The def statement of a cached function runs: its cache is made."""
    dec = b.ctx.cached[f.fullname]
    size: o.Register
    maxsize = None
    if isinstance(dec, CallExpr):
        maxsize = next((a for a, n in zip(dec.args, dec.arg_names) if n in (None, "maxsize")), None)
    if maxsize is not None:
        size = b.coerce(b.accept(maxsize), OBJ)
    elif isinstance(dec, RefExpr) and dec.fullname == "functools.cache":
        size = b.none()
    else:
        size = b.coerce(b.int(128), OBJ)   # lru_cache's default maxsize
    c = b.call(helper(b, "_cache_new"), [size])
    b.emit(o.SetGlobal(cache_global(f), c))


def helper(b: Builder, name: str) -> FuncInfo:
    return b.ctx.funcs[f"functools.{name}"]


def cached_call(b: Builder, e: CallExpr, f: FuncDef) -> o.Register:
    info = b.ctx.funcs[f.fullname]
    args = match_args(b, e, info, f)
    # the key: the arguments as the call writes them
    names = info.arg_names
    used: list[int] = []
    key: list[o.Register] = []
    kws: list[o.Register] = []
    for name in e.arg_names:
        i = names.index(name) if name is not None else next(j for j in range(len(names)) if j not in used)
        used.append(i)
        if name is None:
            key.append(args[i])
        else:
            kws += [b.str_const(name), args[i]]
    k = new_tuple(b, key + kws)
    c = b.reg(OBJ)
    b.emit(o.GetGlobal(c, cache_global(f)))
    result = b.reg(info.ret) if not info.ret.is_void else None
    hit = b.coerce(b.call(helper(b, "_cache_has"), [c, k]), BOOL)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(hit, yes, no)
    b.activate(yes)
    v = b.call(helper(b, "_cache_get"), [c, k])
    if result is not None:
        b.assign(result, b.coerce(v, info.ret))
    b.goto(done)
    b.activate(no)
    r = b.call(info, args)
    b.call(helper(b, "_cache_put"), [c, k, b.coerce(r, OBJ) if result is not None else b.none()])
    if result is not None:
        b.assign(result, r)
    b.goto(done)
    b.activate(done)
    return result if result is not None else b.none()


def cache_method(b: Builder, e: CallExpr, f: FuncDef, name: str) -> o.Register:
    """f.cache_info(), f.cache_clear()."""
    if name not in ("cache_info", "cache_clear") or e.args:
        raise b.ctx.error(b.module, e, f"{f.name}.{name}() is not supported by unicc")
    c = b.reg(OBJ)
    b.emit(o.GetGlobal(c, cache_global(f)))
    return b.call(helper(b, f"_{name}"), [c])
