"""Variables: loading and storing locals, cells, closure slots, globals and
module objects."""

from __future__ import annotations

from typing import cast

from mypy.nodes import Expression, NameExpr, RefExpr, UnaryExpr, Var

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, F64, OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, LocalRead, is_cls, rtype_of
from unicc.irbuild.early_globals import check_read, mark_assigned


# True for mypy, False when the program runs (statement.lower_if decides `if TYPE_CHECKING:`)
TYPE_CHECKING = ("typing.TYPE_CHECKING", "typing_extensions.TYPE_CHECKING")


def type_checking_value(e: Expression) -> bool | None:
    """The run-time value of `TYPE_CHECKING` or `not TYPE_CHECKING`; None for
    any other expression."""
    if isinstance(e, UnaryExpr) and e.op == "not":
        inner = type_checking_value(e.expr)
        return None if inner is None else not inner
    return False if isinstance(e, RefExpr) and e.fullname in TYPE_CHECKING else None


def reject_type_checking(b: Builder, operands: list[Expression], where: str) -> None:
    """`TYPE_CHECKING or x`, `x if TYPE_CHECKING else y`: mypy types the
    operand it takes for the one evaluated, CPython evaluates the other."""
    for x in operands:
        if type_checking_value(x) is not None:
            raise b.ctx.error(b.module, x, f"TYPE_CHECKING in {where} is not supported by unicc: mypy takes "
                              "it for true and CPython for false, so they evaluate different operands")

MODULE_CONSTS = {
    "math.pi": 3.141592653589793, "math.e": 2.718281828459045, "math.tau": 6.283185307179586,
    "math.inf": float("inf"), "math.nan": float("nan"),
}


def module_object(b: Builder, module: str) -> o.Register:
    """A module used as a value (`import m as alias; alias is m`): one object
    per module, made at first use; its attributes are read statically."""
    sym = b.ctx.builtin_class("type.module", "module", [("__name__", OBJ)])

    def make() -> o.Register:
        obj = b.alloc(sym, 1)
        b.set_field(obj, 0, b.str_const(module))
        return obj
    return b.global_object(f"{module}.<module object>", make)


def load_var(b: Builder, e: Expression, v: Var) -> o.Register:
    if is_cls(e) and b.cls_info is not None:   # the class this copy of the classmethod is compiled for
        return b.call_rt("rt_class_of", [b.addr(b.ctx.classes[b.cls_info.fullname].ir.symbol)], OBJ, raises=False)
    if mapper.opaque(v.type) and not b.opaque_ok:
        raise b.ctx.error(b.module, e, f"'{v.name}' (a traceback) is only compared with None in unicc")
    if v not in b.locals and v in b.own_vars and v not in b.cells and v not in b.env_slots \
            and global_name(b, v, e) not in b.ctx.globals:   # (store_var's test for a new local)
        # read before the first assignment the builder has seen (a loop's second round)
        b.locals[v] = b.reg(mapper.rtype(v.type, b.subst), v.name)
    if v in b.locals:
        r = b.locals[v]
        b.local_reads.append(LocalRead(b.block, len(b.block.ops), r, v.name, b.handler(),
                                       len(b.local_reads) + len(b.unbinds)))
        return r
    if v in b.cells:
        return b.get_field(b.cells[v], 0, b.cell_types[v])
    if v in b.env_slots:
        assert b.env is not None
        cell = b.get_field(b.env, b.env_slots[v], OBJ)
        return b.get_field(cell, 0, b.cell_types[v])
    name = v.fullname
    if name == "sys.argv":
        return b.call_rt("rt_sys_argv", [], OBJ)
    if name in ("sys.stdout", "sys.stderr") and "io._console" in b.ctx.funcs:   # objects of io.py
        b.emit(o.Call(None, "io.<module>", []))   # io's globals, as `import io` would
        b.check_exc()
        return b.call(b.ctx.funcs["io._console"], [b.int(2 if name == "sys.stderr" else 1)])
    if name == "sys.maxsize":
        return b.int((1 << 63) - 1)
    if v.name == "__name__" and name.endswith(".__name__"):
        return b.str_const(name[: -len(".__name__")])
    if name in MODULE_CONSTS:
        return b.const(MODULE_CONSTS[name], F64)
    if name in TYPE_CHECKING:
        return b.const(False, BOOL)
    name = global_name(b, v, e)
    if name in b.ctx.globals or name != v.fullname and is_imported(b, v):
        g = b.ctx.global_var(name, mapper.rtype(v.type, b.subst))
        if b.fn.name == f"{b.module}.<module>" and name == f"{b.module}.{v.name}":
            # the module's own global read by its top level: NameError if never assigned (unbound.py)
            b.local_reads.append(LocalRead(b.block, len(b.block.ops), name, v.name, b.handler(),
                                           len(b.local_reads) + len(b.unbinds)))
        elif name in b.ctx.early_globals and not b.fn.name.endswith("<module>"):
            check_read(b, name, v.name)
        r = b.reg(g.type)
        b.emit(o.GetGlobal(r, name))
        return r
    if v.is_final and v.final_value is not None:
        return final_constant(b, v, e)
    raise b.ctx.error(b.module, e, f"name '{v.name}' is not supported by unicc here")


def final_constant(b: Builder, v: Var, e: Expression) -> o.Register:
    """A Final's literal, as is (mypy gives it as a Python value)."""
    if isinstance(v.final_value, str):
        return b.str_const(v.final_value)
    return b.const(cast(o.ConstValue, v.final_value), rtype_of(b, e))


def global_name(b: Builder, v: Var, e: Expression | None = None) -> str:
    """The global of a module-level variable.  A name bound by `from m import x`
    is the importing module's own global (a copy made by the import: m
    rebinding x later does not change it).  A comprehension's variable at
    module level is a global too (closures made in the comprehension read it
    late, as CPython's do); two comprehensions may use one name for different
    types."""
    if "." not in v.fullname:
        return f"{b.module}.<comprehension>.{v.name}.{mapper.rtype(v.type, b.subst)}"
    if isinstance(e, NameExpr) and is_imported(b, v):
        return f"{b.module}.{e.name}"
    return v.fullname


def is_imported(b: Builder, v: Var) -> bool:
    """v is a variable of another compiled module."""
    mod = v.fullname.rpartition(".")[0]
    return mod != b.module and mod in b.ctx.modules


def store_var(b: Builder, v: Var, value: o.Register, node: Expression) -> None:
    if v in b.owned_gens:   # a generator only this function's frame refers to
        b.assign(b.owned_gens[v], value)
    if v in b.cells:
        b.set_field(b.cells[v], 0, b.coerce(value, b.cell_types[v]))
        return
    if v in b.env_slots:
        assert b.env is not None
        cell = b.get_field(b.env, b.env_slots[v], OBJ)
        b.set_field(cell, 0, b.coerce(value, b.cell_types[v]))
        return
    if v in b.locals:
        b.assign(b.locals[v], value)
        return
    name = global_name(b, v, node)
    mark_assigned(b, name)
    if name in b.ctx.globals and not b.fn.name.endswith("<module>"):
        g = b.ctx.globals[name]
        b.emit(o.SetGlobal(g.name, b.coerce(value, g.type)))
        return
    if b.fn.name.endswith("<module>") or name in b.ctx.globals:
        g = b.ctx.global_var(name, mapper.rtype(v.type, b.subst))
        b.emit(o.SetGlobal(g.name, b.coerce(value, g.type)))
        return
    r = b.reg(mapper.rtype(v.type, b.subst), v.name)
    b.locals[v] = r
    b.assign(r, value)
