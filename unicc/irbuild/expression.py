"""Lowering of literal, name, attribute, conditional, walrus and cast
expressions (operators: operators.py; calls: call.py)."""

from __future__ import annotations


from mypy.nodes import (
    AssignmentExpr, BytesExpr, CastExpr, ConditionalExpr, Decorator, Expression, FloatExpr, FuncDef, IntExpr,
    LDEF, MemberExpr, MypyFile, NameExpr, OverloadedFuncDef, RefExpr, StrExpr, TypeInfo, Var,
)
from mypy.types import CallableType, Overloaded, ParamSpecType

from unicc.frontend.validate import TYPE_ATTRS, type_call_arg
from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, PTR
from unicc.irbuild import mapper
from unicc.irbuild.assignment import cond_branch
from unicc.irbuild.builder import Builder, class_named, rtype_of
from unicc.irbuild.closures import builtin_target, builtin_value, def_var
from unicc.irbuild.decorators import decorated_global, user_decorated
from unicc.irbuild.function import function_value
from unicc.irbuild.members import load_attr, namedtuple_fields, on_union_receiver, union_classes
from unicc.irbuild.partials import is_partial, partial_attr
from unicc.irbuild.registry import EMPTY_MAKERS
from unicc.irbuild.names import (
    MODULE_CONSTS, final_constant, load_var, module_object, reject_type_checking, store_var,
)
from unicc.irbuild.typeof import function_attr, type_attr
from unicc.irbuild import classcalls, classtypes, classvalues


# ---- literals -------------------------------------------------------------

def lower_int(b: Builder, e: IntExpr) -> o.Register:
    t = rtype_of(b, e)
    if not -(1 << 63) <= e.value < (1 << 63):
        raise b.ctx.error(b.module, e, "integer literal does not fit in 64 bits (unicc ints are i64)")
    return b.const(e.value, t if t.is_int else I64)


def lower_float(b: Builder, e: FloatExpr) -> o.Register:
    return b.const(e.value, F64)


def lower_str(b: Builder, e: StrExpr) -> o.Register:
    return b.str_const(e.value)


def lower_bytes(b: Builder, e: BytesExpr) -> o.Register:
    # mypy keeps the source escapes: decode them as Python would
    raw = bytes(e.value, "latin-1").decode("unicode_escape").encode("latin-1")
    return b.const(o.BytesConst(raw), OBJ)


# ---- names ------------------------------------------------------------------



def lower_name(b: Builder, e: NameExpr) -> o.Register:
    if e.fullname == "builtins.True":
        return b.const(True, BOOL)
    if e.fullname == "builtins.False":
        return b.const(False, BOOL)
    if e.fullname == "builtins.None":
        return b.none()
    if e.fullname == "builtins.NotImplemented":
        raise b.ctx.error(b.module, e, "NotImplemented other than returned by an operator's method (__eq__, "
                                       "__lt__, __add__, __radd__...) is not supported by unicc")
    node = e.node
    if isinstance(node, Var) and isinstance(mapper.proper(node.type), ParamSpecType):
        raise b.ctx.error(b.module, e, f"'{e.name}' (of type {mapper.shown(node.type)}) used other than passed on "
                                       f"as f(*args, **kwargs) is not supported by unicc")
    if isinstance(node, Var):
        return load_var(b, e, node)
    target = builtin_target(e)
    if target is not None and "." in target[len("builtins."):]:   # a method: str.upper
        want = mapper.proper(b.expected.pop(e, None) or b.ctx.types.get(e))
        if isinstance(want, mapper.CallableType) and len(want.arg_types) >= 1:
            return builtin_value(b, e, target, list(want.arg_types), want.ret_type).fn
    if target is not None:   # len, str, abs... used as a value
        want = mapper.proper(b.expected.pop(e, None) or b.ctx.types.get(e))
        if isinstance(want, mapper.CallableType) and want.variables:
            raise b.ctx.error(b.module, e, f"'{e.name}' as a value of a generic type is not supported by unicc; "
                                           "give it a Callable type (f: Callable[[int], int] = abs)")
        # a class called without arguments makes its empty value: defaultdict(list)
        if isinstance(want, mapper.CallableType) and (len(want.arg_types) >= 1 or target in EMPTY_MAKERS):
            return builtin_value(b, e, target, list(want.arg_types), want.ret_type).fn
    if isinstance(node, FuncDef) and e.kind == LDEF:
        def_var(node)
        return function_value(b, e, node)
    if isinstance(node, OverloadedFuncDef) and node.impl is not None:
        node = node.impl   # an @overload function as a value: its implementation
    if isinstance(node, Decorator) and user_decorated(node):
        if e.kind == LDEF:
            return load_var(b, e, node.var)
        return decorated_value(b, node)
    if isinstance(node, Decorator) and node.func.fullname in b.ctx.cached:
        raise b.ctx.error(b.module, e, f"a @cache function as a value ('{e.name}') is not supported by unicc; "
                                       "pass a lambda that calls it")
    if isinstance(node, (FuncDef, Decorator)):
        return function_value(b, e, node if isinstance(node, FuncDef) else node.func)
    if isinstance(node, MypyFile):
        return module_object(b, node.fullname)
    named = classtypes.named_class(e)
    if named is not None:
        want = mapper.proper(b.expected.get(e))
        if isinstance(want, CallableType) and not want.is_type_obj():
            raise b.ctx.error(b.module, e, f"class '{e.name}' as a Callable value is not supported by "
                                           "unicc; give it the type type[...]")
        if named.is_protocol or named.fullname not in b.ctx.classes and not named.fullname.startswith("builtins."):
            raise b.ctx.error(b.module, e, f"using the class '{written(e) or e.name}' as a value is not supported "
                                           "by unicc (only a class the program defines, or a builtin one)")
        return classvalues.class_value(b, named, e)
    raise b.ctx.error(b.module, e, f"using '{written(e) or e.name}' as a value is not supported by unicc")


def decorated_value(b: Builder, d: Decorator) -> o.Register:
    """A decorated module-level function: the value its def statement bound."""
    name = decorated_global(d)
    if name not in b.ctx.globals:
        raise b.ctx.error(b.module, d, f"decorated function {d.name} is not supported by unicc here")
    r = b.reg(b.ctx.globals[name].type)
    b.emit(o.GetGlobal(r, name))
    if r.type.is_obj:   # read by a function before the def statement ran: NameError, as CPython's
        bad, ok = b.new_block(), b.new_block()
        b.branch(b.binary("eq", r, b.none(), BOOL), bad, ok)
        b.activate(bad)
        b.raise_new("rt_type_NameError", f"name '{d.name}' is not defined")
        b.activate(ok)
    return r


# ---- attribute access --------------------------------------------------------

def lower_member(b: Builder, e: MemberExpr) -> o.Register:
    if e.name in TYPE_ATTRS and type_call_arg(e.expr) is not None:
        return type_attr(b, e)
    if e.name in TYPE_ATTRS and classtypes.class_type(b.ctx.types.get(e.expr)) is not None \
            and not mapper.opaque(b.ctx.types.get(e.expr)):   # cls.__name__ of a class value
        desc = classvalues.descriptor(b, e.expr)
        return b.call_rt("rt_type_name", [desc, b.int(TYPE_ATTRS[e.name])], OBJ)
    if e.name in TYPE_ATTRS and isinstance(mapper.proper(b.ctx.types.get(e.expr)), (CallableType, Overloaded)):
        return function_attr(b, e)
    if e.fullname in MODULE_CONSTS:
        return b.const(MODULE_CONSTS[e.fullname], F64)
    if isinstance(e.expr, RefExpr) and isinstance(e.expr.node, MypyFile):   # m.x, pkg.mod.x
        node = e.node
        if isinstance(node, MypyFile):   # pkg.mod as a value
            return module_object(b, node.fullname)
        if isinstance(node, TypeInfo):   # module.Class as a value
            return classvalues.class_value(b, node, e)
        if isinstance(node, Var):
            return load_var(b, e, node)
        if isinstance(node, OverloadedFuncDef) and isinstance(node.impl, FuncDef):
            node = node.impl   # operator.add as a value: the @overload's implementation
        if isinstance(node, Decorator) and user_decorated(node):
            return decorated_value(b, node)
        if isinstance(node, FuncDef):
            return function_value(b, e, node)
        raise b.ctx.error(b.module, e, f"module attribute '{written(e)}' is not supported by unicc")
    if is_partial(b.ctx.types.get(e.expr)):
        return partial_attr(b, e)
    if e.name == "__class__":
        return classvalues.type_value(b, e)
    if isinstance(e.node, TypeInfo):   # Outer.Inner as a value
        return classvalues.class_value(b, e.node, e)
    held = classtypes.value_class(b, e.expr)
    if held is not None:   # cls.LIMIT of a class value: of the class it holds
        def each(k: TypeInfo, args: list[Expression]) -> o.Register:
            owner = next((c for c in k.mro if e.name in c.names), k)   # the class that defines it
            ref = classcalls.class_ref(owner, e.name, e)
            b.ctx.types[ref] = b.ctx.types[e]
            return class_constant(b, ref, owner)
        return classcalls.on_class(b, e, e.expr, held, [], each)
    bound = b.as_bound(e.expr, lambda: lower_member(b, e))   # x.attr of `x: T`
    if bound is not None:
        return bound
    info = mapper.instance_info(b.ctx.types.get(e.expr))
    cls = class_named(b, e.expr)
    if cls is not None:
        if builtin_target(e) is not None:   # str.upper as a value
            return lower_name(b, e)  # type: ignore[arg-type]
        # Class attribute: an enum member or a class constant
        return class_constant(b, e, cls)
    if info is not None and class_level(b, info, e.name):
        return instance_class_attr(b, e, info)
    items = union_classes(b, b.ctx.types.get(e.expr)) if info is None else None
    if items is not None:   # `v.x` of a `Vector | Point`
        return on_union_receiver(b, e.expr, items, e,
                                 lambda: load_attr(b, b.accept(e.expr), mapper.instance_info(b.ctx.types.get(e.expr)), e))
    return load_attr(b, b.accept(e.expr), info, e)


def class_level(b: Builder, info: TypeInfo, name: str) -> bool:
    """name is a ClassVar or a Final of the class body, which instances read
    from their class (not a field of theirs)."""
    sym = info.get(name)
    v = sym.node if sym is not None else None
    ci = b.ctx.classes.get(info.fullname)
    return isinstance(v, Var) and (v.is_classvar or v.is_final) and ci is not None and name not in ci.fields


def instance_class_attr(b: Builder, e: MemberExpr, info: TypeInfo) -> o.Register:
    """self.LIMIT of a ClassVar or a class-level Final: the attribute of the
    object's class at run time (a subclass may give a ClassVar its own value)."""
    obj = b.accept(e.expr)

    def each(k: TypeInfo, args: list[Expression]) -> o.Register:
        owner = next((c for c in k.mro if e.name in c.names), k)   # the class that defines it
        ref = classcalls.class_ref(owner, e.name, e)
        b.ctx.types[ref] = b.ctx.types[e]
        return class_constant(b, ref, owner)
    sym = info.get(e.name)
    if not classcalls.eligible(b, info) or sym is not None and isinstance(sym.node, Var) and sym.node.is_final:
        return each(info, [])   # a Final cannot be redefined by a subclass
    desc = b.call_rt("rt_type_of", [obj], PTR, raises=False)
    return classcalls.on_descriptor(b, e, desc, info, [], each)


def class_constant(b: Builder, e: MemberExpr, info: TypeInfo) -> o.Register:
    if info.fullname in b.ctx.enums and e.name in b.ctx.enums[info.fullname]:
        return b.int(b.ctx.enums[info.fullname][e.name])   # IntEnum members are ints
    if info.fullname in b.ctx.namedtuples and e.name == "_fields":
        return namedtuple_fields(b, b.ctx.namedtuples[info.fullname])
    if info.fullname in b.ctx.obj_enums and e.name in b.ctx.obj_enums[info.fullname].names:
        m = b.reg(OBJ)   # an Enum member: the object made when its class statement ran
        b.emit(o.GetGlobal(m, f"{info.fullname}.{e.name}"))
        return m
    sym = info.get(e.name)
    node = sym.node if sym else None
    if isinstance(node, Var):
        if node.final_value is not None:
            return final_constant(b, node, e)
        owner = next((c for c in info.mro if e.name in c.names), info)   # Sub.LIMIT of Base's
        name = f"{owner.fullname}.{e.name}"
        if name in b.ctx.globals:
            r = b.reg(b.ctx.globals[name].type)
            b.emit(o.GetGlobal(r, name))
            return r
    f = node.func if isinstance(node, Decorator) else node
    if isinstance(f, FuncDef) and not f.is_class and not f.is_property and f.fullname in b.ctx.funcs:
        return function_value(b, e, f)   # Class.method: the function itself, self its first parameter
    raise b.ctx.error(b.module, e, f"class attribute '{written(e) or e.name}' is not supported by unicc")


# ---- misc ---------------------------------------------------------------------------

def lower_conditional(b: Builder, e: ConditionalExpr) -> o.Register:
    reject_type_checking(b, [e.cond], "a conditional expression")
    t = rtype_of(b, e)
    result = b.reg(t)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    cond_branch(b, e.cond, yes, no)
    b.activate(yes)
    b.assign(result, b.accept(e.if_expr))
    b.goto(done)
    b.activate(no)
    b.assign(result, b.accept(e.else_expr))
    b.goto(done)
    b.activate(done)
    return result


def lower_walrus(b: Builder, e: AssignmentExpr) -> o.Register:
    v = b.accept(e.value)
    assert isinstance(e.target.node, Var)
    store_var(b, e.target.node, v, e.target)
    return v


def lower_cast(b: Builder, e: CastExpr) -> o.Register:
    return b.accept_as(e.expr, rtype_of(b, e))
