"""@functools.total_ordering: the comparison methods a class leaves out,
derived from __eq__ and the one it defines, as CPython's functools does.

The root is the highest-priority ordering method the class has (its own or
inherited, object's excepted): __lt__, then __le__, __gt__, __ge__.  Each
missing method calls the root (dispatched on self's class, as
`type(self).__lt__(self, other)` is) and, where the answer needs it, ==.
A root answering NotImplemented (notimpl.py) makes the derived method
answer NotImplemented, as CPython's do.
"""

from __future__ import annotations

from mypy.nodes import TypeInfo

from unicc.ir import ops as o
from unicc.ir.abi import K_OBJ
from unicc.ir.rtypes import BOOL, OBJ
from unicc.irbuild.builder import ClassInfo, Context, new_function
from unicc.irbuild.members import call_dunder, dispatch
from unicc.irbuild.notimpl import flag, resolves, rich_compare, set_flag
from unicc.irbuild.prepare import DERIVE, ordering_root

def compile_ordering(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo, name: str) -> None:
    root = ordering_root(info)
    assert root is not None
    fi = ci.methods[name]
    negate, then = DERIVE[root][name]
    b, (me, other) = new_function(ctx, module, fi.name, [("self", OBJ), ("other", fi.params[1])], BOOL,
                                  f"{info.name}.{name}")
    checked = resolves(info, root)
    if checked:
        set_flag(b, False)
    r = dispatch(b, info, root, me, [other], None, ret=BOOL)
    if checked:   # the flag stays set: this method's answer is NotImplemented too
        answered = b.new_block()
        not_impl = b.new_block()
        b.branch(flag(b), not_impl, answered)
        b.activate(not_impl)
        b.emit(o.Return(b.const(False, BOOL)))
        b.activate(answered)
    r = b.unary("not", r) if negate else r
    if then:
        res = b.reg(BOOL)
        b.assign(res, r)
        more, done = b.new_block(), b.new_block()
        # "and": r and self != other; "or": r or self == other
        b.branch(r, more, done) if then == "and" else b.branch(r, done, more)
        b.activate(more)
        eq = rich_compare(b, "==", me, b.coerce(other, OBJ), info.fullname, "builtins.object", dispatch)
        if eq is None:
            eq = call_dunder(b, me, info.fullname, "__eq__", [other], None)
        if eq is None:
            eq = b.call_rt("rt_eq", [b.to_word(me), b.to_word(b.coerce(other, OBJ)), b.int(K_OBJ)], BOOL)
        b.assign(res, b.unary("not", eq) if then == "and" else eq)
        b.goto(done)
        b.activate(done)
        r = res
    b.emit(o.Return(r))
    b.finish()

