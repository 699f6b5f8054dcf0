"""The subset validator: reject what unicc does not compile, with a location.

mypy has already proven the program well typed; this pass only walks the
trees of the compiled modules looking for constructs outside the subset, and
reports all of them at once as `path:line:col: error: ... is not supported by
unicc` with a one-line hint.
"""

from __future__ import annotations

from mypy.nodes import (
    CallExpr, ClassDef, Context, Decorator, FuncDef, GlobalDecl, MemberExpr,
    MypyFile, NameExpr, Node, MatchStmt, AssignmentStmt, DelStmt, Import, ImportAll, ImportFrom, Var,
    RefExpr, StrExpr, ComparisonExpr, Expression, TypeInfo,
)
from mypy.types import AnyType, CallableType, Instance, Type, TypeOfAny, get_proper_type

from unicc.errors import UserError, located
from unicc.frontend.check import INTRINSIC, Program, type_parts
from unicc.frontend.walk import walk, written

FORBIDDEN_CALLS = {
    "builtins.eval": "eval", "builtins.exec": "exec", "builtins.compile": "compile",
    "builtins.getattr": "getattr", "builtins.setattr": "setattr", "builtins.delattr": "delattr",
    "builtins.globals": "globals", "builtins.locals": "locals",
    "builtins.vars": "vars", "builtins.__import__": "__import__", "builtins.type": "type()",
    "builtins.input": "input",
}
TYPE_ATTRS = {"__name__": 0, "__module__": 1, "__qualname__": 2}   # rt_type_name's `which`


def type_call_arg(e: Expression) -> Expression | None:
    """x, when e is `type(x)` or `x.__class__`."""
    if isinstance(e, CallExpr) and isinstance(e.callee, NameExpr) and e.callee.fullname == "builtins.type" \
            and len(e.args) == 1:
        return e.args[0]
    if isinstance(e, MemberExpr) and e.name == "__class__":
        return e.expr
    return None


def is_type_comparison(e: ComparisonExpr) -> bool:
    return len(e.operators) == 1 and e.operators[0] in ("is", "is not", "==", "!=") and \
        any(type_call_arg(x) is not None for x in e.operands) and \
        all(type_call_arg(x) is not None or (isinstance(x, RefExpr) and isinstance(x.node, TypeInfo)) for x in e.operands)


HINTS = {
    "eval": "unicc compiles the whole program ahead of time; there is no interpreter at run time",
    "exec": "unicc compiles the whole program ahead of time; there is no interpreter at run time",
    "getattr": "use the attribute directly so its type is known statically",
    "setattr": "assign the attribute directly so its type is known statically",
    "Any": "give the value a precise type (a Protocol, a Union or a TypeVar)",
    "metaclass": "use plain classes, Protocols and dataclasses",
    "multiple inheritance": "plain classes may have several bases; here, inherit from one class and "
                            "implement Protocols structurally",
    "TypedDict": "use a @dataclass (or a dict[str, V] of one value type)",
}
NATIVE_INTS = ("i64", "i32", "i16", "u8")
ALLOWED_DECORATORS = {"dataclasses.dataclass", "builtins.property", "functools.cached_property", "builtins.staticmethod", "builtins.classmethod",
                      "typing.final", "abc.abstractmethod", "typing.override", "typing_extensions.final",
                      "typing_extensions.override", "typing.overload", "typing_extensions.overload"}
# class decorators; the last ones only tell mypy or mypyc something, and change nothing at run time
ALLOWED_CLASS_DECORATORS = {"dataclasses.dataclass", "enum.unique", "functools.total_ordering",
                            "typing.final", "typing_extensions.final",
                            "mypy_extensions.trait", "mypy_extensions.mypyc_attr"}


SINGLEDISPATCH = ("functools.singledispatch",)
CACHES = ("functools.cache", "functools.lru_cache")   # on module-level functions (irbuild/cached.py)


def registers(dec: Expression) -> bool:
    """`@f.register` or `@f.register(C)` of a @singledispatch function f."""
    if isinstance(dec, CallExpr) and len(dec.args) == 1:
        dec = dec.callee
    return isinstance(dec, MemberExpr) and dec.name == "register" and isinstance(dec.expr, RefExpr) and \
        isinstance(dec.expr.node, Decorator) and len(dec.expr.node.decorators) == 1 and \
        isinstance(dec.expr.node.decorators[0], RefExpr) and dec.expr.node.decorators[0].fullname in SINGLEDISPATCH


def extern_symbol(d: Decorator) -> str | None:
    """The C symbol of a function decorated with `@unicc_rt.extern("symbol")`."""
    for dec in d.decorators:
        if isinstance(dec, CallExpr) and isinstance(dec.callee, RefExpr) and \
                dec.callee.fullname == "unicc_rt.extern" and len(dec.args) == 1 and \
                isinstance(dec.args[0], StrExpr):
            return dec.args[0].value
    return None


def is_lowered(d: Decorator) -> bool:
    """Whether a function is decorated `@unicc_rt.lowered`: the compiler lowers its calls."""
    return any(isinstance(dec, RefExpr) and dec.fullname == "unicc_rt.lowered" for dec in d.decorators)


# Modules that cannot exist in a unikernel: one program, one thread, no
# operating system under it.  Importing one is the error, at the import.
ABSENT_MODULES = {
    "subprocess": "a unikernel has no other processes to start",
    "multiprocessing": "a unikernel has no other processes to start",
    "threading": "a unikernel runs one thread: use async/await (unicc_loop)",
    "_thread": "a unikernel runs one thread: use async/await (unicc_loop)",
    "concurrent": "a unikernel runs one thread: use async/await (unicc_loop)",
    "signal": "a unikernel receives no signals",
    "ctypes": "a unikernel has no shared libraries to load",
}


def class_bases(info: TypeInfo) -> list[Instance]:
    """The bases written in the class statement that give it fields and
    methods (not Protocols, Generic or object)."""
    return [b for b in info.bases if not b.type.is_protocol and b.type.fullname != "builtins.object"
            and b.type.fullname != "typing.Generic"]


def mixed_bases_rejected(info: TypeInfo) -> str | None:
    """Why a class with several bases cannot be compiled, or None.  Its
    layout is the first base's then the others' fields; what needs one
    chain of bases (a builtin's words first, a generic class's
    specialisations, a dataclass's generated methods) is not done.  An
    exception class may have several bases when its first one is an
    exception: every exception starts with the same words."""
    def is_exception(t: TypeInfo) -> bool:
        return any(c.fullname == "builtins.BaseException" for c in t.mro)

    if is_exception(info) and not is_exception(class_bases(info)[0].type):
        return "where an exception class is not the first base"
    for t in info.mro[1:]:
        if t.fullname.startswith("builtins.") and t.fullname != "builtins.object" and \
                (not is_exception(t) or any(c.fullname == "builtins.StopIteration" for c in t.mro)):
            return f"from a builtin class ({t.name})"
        if t.defn.type_vars:
            return f"from a generic class ({t.name})"
        if "dataclass" in t.metadata:
            return "from a dataclass"
        if t.is_enum or t.tuple_type is not None:
            return f"from {t.name}"
    if info.defn.type_vars:
        return "in a generic class"
    if "dataclass" in info.metadata:
        return "in a dataclass"
    return None


VISIT_NAMES: dict[type, str] = {}   # a node class -> the name of its visit method


class Validator:
    def __init__(self, path: str, module: str, imported: set[str]) -> None:
        self.path = path
        self.module = module
        self.imported = imported
        self.errors: list[str] = []
        self.no_files: str | None = None   # a target without a file system (its name)

    def visit(self, n: Node) -> bool:
        """Dispatch to visit_<snake_case_class_name>; descend unless it says no."""
        name = VISIT_NAMES.get(type(n))
        if name is None:
            snake = "".join("_" + c.lower() if c.isupper() else c for c in type(n).__name__).lstrip("_")
            name = VISIT_NAMES[type(n)] = "visit_" + snake
        fn = getattr(self, name, None)
        return fn(n) is not False if fn is not None else True

    def report(self, node: Context, what: str, hint: str | None = None, are: bool = False) -> None:
        hint = hint or HINTS.get(what)
        msg = f"{what} {'are' if are else 'is'} not supported by unicc"
        self.errors.append(located(self.path, node.line, node.column, msg)
                           + (f"\n{self.path}:{node.line}:{node.column + 1}: note: {hint}" if hint else ""))

    def visit_func_def(self, f: FuncDef) -> None:
        if f.is_coroutine and (f.is_generator or f.is_async_generator):
            self.report(f, "async generators")
        if isinstance(f.type, CallableType):
            for at in f.type.arg_types:
                self.check_any(at, f)

    def check_any(self, t: Type, node: Context, depth: int = 0) -> None:
        """Report an explicit Any anywhere inside a type."""
        if depth > 8:
            return
        p = get_proper_type(t)
        if isinstance(p, Instance) and p.type.fullname == "builtins.slice":
            return   # `slice` as written: typeshed's slice[Any, Any, Any]
        if isinstance(p, AnyType) and p.type_of_any in (TypeOfAny.explicit, TypeOfAny.from_omitted_generics):
            self.report(node, "Any")
            return
        for sub in type_parts(p):
            self.check_any(sub, node, depth + 1)

    def visit_decorator(self, d: Decorator) -> bool:
        if is_lowered(d):
            return False   # a signature only: calls are lowered by the compiler
        if extern_symbol(d) is not None:
            if len(d.decorators) != 1:
                self.report(d, "@extern combined with other decorators")
            return False   # the body is CPython's reference implementation
        for dec in d.decorators:
            name = dec.fullname if isinstance(dec, (NameExpr, MemberExpr)) else ""
            called = dec.callee.fullname if isinstance(dec, CallExpr) and isinstance(dec.callee, RefExpr) else name
            if isinstance(dec, MemberExpr) and isinstance(dec.expr, NameExpr) and dec.expr.name == d.func.name \
                    and dec.name in ("setter", "deleter"):
                if dec.name == "deleter":
                    self.report(dec, "property deleters")
                continue   # @x.setter: mypy has checked that x is a property
            if name in SINGLEDISPATCH or registers(dec) or called in CACHES:
                continue
            if name not in ALLOWED_DECORATORS and not (d.func.is_static or d.func.is_class or d.func.is_property):
                continue   # the program's own decorator, on a function or a method (irbuild/decorators.py)
            if name not in ALLOWED_DECORATORS:
                self.report(dec, f"decorator @{written(dec) or '...'}",
                            "the decorators unicc compiles are @dataclass, @property (and its setter), "
                            "@staticmethod, @classmethod, @final, @abstractmethod, @override, @overload, "
                            "functools' @cache, @lru_cache and @singledispatch, and the program's own "
                            "decorators (not combined with @staticmethod, @classmethod or @property)")
        return True

    def visit_class_def(self, c: ClassDef) -> bool:
        info = c.info
        if info.typeddict_type is not None:   # a dict at run time: nothing of the class is compiled
            return True
        if c.metaclass is not None or (info.declared_metaclass is not None and
                                       info.declared_metaclass.type.fullname not in ("abc.ABCMeta",)):
            self.report(c, "metaclass")
        if len(class_bases(info)) > 1 and (why := mixed_bases_rejected(info)) is not None:
            self.report(c, f"multiple inheritance {why}", HINTS["multiple inheritance"])
        hook = info.names.get("__init_subclass__")
        if hook is not None and hook.node is not None:
            self.report(hook.node, "__init_subclass__", "classes are made when the image is built, so no code "
                                                        "runs as a subclass is made; set the subclasses' "
                                                        "attributes in their own class bodies")
        for dec in c.decorators:
            name = dec.fullname if isinstance(dec, (NameExpr, MemberExpr)) else \
                dec.callee.fullname if isinstance(dec, CallExpr) and isinstance(dec.callee, (NameExpr, MemberExpr)) else ""
            if name not in ALLOWED_CLASS_DECORATORS:
                self.report(dec, f"class decorator @{written(dec) or '...'}",
                            "the class decorators unicc compiles are @dataclass, @enum.unique, @final, "
                            "and mypy_extensions' @trait and @mypyc_attr(...)")
        return True

    def visit_call_expr(self, e: CallExpr) -> None:
        # type(x), the class of x, is a value (irbuild/typeof.py); type(name, bases, ns) makes a class
        if isinstance(e.callee, NameExpr) and e.callee.fullname in FORBIDDEN_CALLS and type_call_arg(e) is None:
            self.report(e, FORBIDDEN_CALLS[e.callee.fullname])
        if isinstance(e.callee, NameExpr) and e.callee.fullname == "builtins.open" and self.no_files:
            self.report(e, f"open() on target {self.no_files}",
                        "the target has no file system; io.StringIO and io.BytesIO keep text and bytes in memory")

    def visit_global_decl(self, g: GlobalDecl) -> None:
        for n in g.names:
            if n in self.imported:
                self.report(g, f"'global' rebinding of the imported name '{n}'")

    def visit_assignment_stmt(self, s: AssignmentStmt) -> None:
        if s.type is not None:
            at = s.unanalyzed_type if s.unanalyzed_type is not None else s.type
            where = at if getattr(at, "line", -1) > 0 else s.lvalues[0]
            self.check_any(s.type, where)
        for lv in s.lvalues:
            if isinstance(lv, MemberExpr) and isinstance(lv.expr, NameExpr) and \
                    lv.expr.node is not None and type(lv.expr.node).__name__ in ("TypeInfo", "MypyFile") \
                    and not isinstance(lv.node, Var):
                self.report(lv, "assigning attributes of classes or modules (monkey-patching)")

    def visit_del_stmt(self, s: DelStmt) -> None:
        if isinstance(s.expr, MemberExpr):
            self.report(s, "del of attributes")

    def visit_match_stmt(self, s: MatchStmt) -> bool:
        return True   # its cases are checked as any code (irbuild/matching.py)

    def visit_import_all(self, s: ImportAll) -> None:
        self.report(s, "from ... import *")
        self.absent_module(s, s.id)

    def visit_import(self, s: Import) -> None:
        for name, _ in s.ids:
            self.absent_module(s, name)

    def visit_import_from(self, s: ImportFrom) -> None:
        self.absent_module(s, s.id)

    def absent_module(self, s: Context, name: str) -> None:
        top = name.split(".")[0]
        if top in ABSENT_MODULES:
            self.errors.append(located(self.path, s.line, s.column, f"module '{name}' cannot exist in "
                                       f"a unikernel: {ABSENT_MODULES[top]}"))


def imported_names(f: MypyFile) -> set[str]:
    names: set[str] = set()
    for s in f.defs:
        if isinstance(s, ImportFrom):
            names.update(alias or n for n, alias in s.names)
        elif isinstance(s, Import):
            names.update((alias or n).split(".")[0] for n, alias in s.ids)
    return names


def validate(prog: Program) -> None:
    errors = unsupported(prog)
    if errors:
        raise UserError(errors)


def unsupported(prog: Program, no_files: str | None = None) -> list[str]:
    """Every construct of the compiled modules outside the subset, located.
    `no_files`: the name of a target without a file system, where open() is an error."""
    errors: list[str] = []
    for name, f in prog.modules.items():
        if name in INTRINSIC:
            continue
        v = Validator(f.path, name, imported_names(f))
        v.no_files = no_files
        for d in f.defs:
            walk(d, v.visit)
        errors += v.errors
    return errors
