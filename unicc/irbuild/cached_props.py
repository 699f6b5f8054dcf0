"""`@functools.cached_property`: the getter runs once per instance and its
value is kept, as CPython keeps it in the instance's __dict__.  The class
gets two hidden fields per cached property, the value and whether it is set
(prepare.declare_class); the property's method is a small function that
answers the kept value or runs the getter's body, compiled under another
name, and keeps its result.  Assigning the attribute sets the kept value."""

from __future__ import annotations

from dataclasses import replace

from mypy.nodes import Decorator, RefExpr, TypeInfo

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, RType
from unicc.irbuild.builder import Builder, ClassInfo, Context, FuncInfo, new_function

NAME = "functools.cached_property"


def is_cached(node: object) -> bool:
    return isinstance(node, Decorator) and any(isinstance(d, RefExpr) and d.fullname == NAME
                                               for d in node.original_decorators)   # mypy drops it from .decorators


def cached_names(info: TypeInfo) -> list[str]:
    """The cached properties class info defines itself."""
    return [name for name, sym in info.names.items() if is_cached(sym.node)]


def fields(name: str, t: RType) -> list[tuple[str, RType]]:
    return [(value_field(name), t), (set_field(name), BOOL)]


def value_field(name: str) -> str:
    return f"<cached {name}>"


def set_field(name: str) -> str:
    return f"<cached {name} set>"


def uncached(fi: FuncInfo) -> FuncInfo:
    """Where the getter's own body is compiled."""
    return replace(fi, name=fi.name + ".uncached")


def compile_getter(ctx: Context, module: str, ci: ClassInfo, name: str, fi: FuncInfo) -> None:
    b, (self_r,) = new_function(ctx, module, fi.name, [("self", fi.params[0])], fi.ret, name)
    have, compute = b.new_block(), b.new_block()
    b.branch(b.get_field(self_r, ci.fields[set_field(name)], BOOL), have, compute)
    b.activate(have)
    b.emit(o.Return(b.get_field(self_r, ci.fields[value_field(name)], fi.ret)))
    b.activate(compute)
    v = b.call(uncached(fi), [self_r])
    store(b, ci, name, self_r, v)
    b.emit(o.Return(v))
    b.finish()


def store(b: Builder, ci: ClassInfo, name: str, obj: o.Register, v: o.Register) -> None:
    b.set_field(obj, ci.fields[value_field(name)], b.coerce(v, ci.field_types[value_field(name)]))
    b.set_field(obj, ci.fields[set_field(name)], b.const(True, BOOL))
