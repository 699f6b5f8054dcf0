"""Typed fields for `collections.namedtuple` declarations.

mypy gives the fields of `NT = namedtuple('NT', ['n', 'l'])` the type Any.
Each field's type is inferred instead from every construction of NT in the
program (the types mypy gives the arguments, by position or keyword, and the
`defaults=`), joined; then the declaration is rewritten, for mypy only, as
the typed class `class NT(typing.NamedTuple): n: int; l: list[str]` on the
same lines, and the program is checked again, so that every use of NT is
typed precisely.  Under CPython the program runs unchanged.  A field whose
type cannot be inferred (no construction gives it, or the types do not
join) is a located error naming the field and the constructions.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from mypy.build import BuildResult
from mypy.erasetype import remove_instance_last_known_values
from mypy.join import join_types
from mypy.nodes import (
    ARG_NAMED, ARG_POS, ARG_STAR, AssignmentStmt, CallExpr, DictExpr, Expression, ListExpr, MypyFile,
    NamedTupleExpr, Node, RefExpr, SetExpr, TypeInfo,
)
from mypy.types import (
    AnyType, CallableType, Instance, LiteralType, NoneType, TupleType, Type, UninhabitedType, UnionType,
    get_proper_type,
)

from unicc.errors import UserError, located
from unicc.frontend.walk import walk

TYPING = "_unicc_typing"   # the name the rewrite imports typing as


@dataclass
class Declaration:
    """One `NT = namedtuple(...)` statement at a module's top level."""
    module: str
    path: str
    stmt: AssignmentStmt
    info: TypeInfo
    names: list[str]
    # per field: (type, line, column) of each construction's argument
    seen: list[list[tuple[Type, int, int]]] = field(default_factory=list)


def untyped_declarations(result: BuildResult, modules: list[str]) -> list[Declaration]:
    out = []
    for m in modules:
        f = result.files[m]
        for s in f.defs:
            if isinstance(s, AssignmentStmt) and isinstance(s.rvalue, CallExpr) and \
                    isinstance(s.rvalue.analyzed, NamedTupleExpr) and not s.rvalue.analyzed.is_typed:
                info = s.rvalue.analyzed.info
                if info.tuple_type is None or not all(isinstance(get_proper_type(t), AnyType)
                                                      for t in info.tuple_type.items):
                    continue
                names = list(info.metadata.get("namedtuple", {}).get("fields", []))
                out.append(Declaration(m, f.path, s, info, names, [[] for _ in names]))
    return out


def collect(result: BuildResult, modules: list[str], decls: list[Declaration]) -> None:
    """The argument types of every construction of each declared class."""
    by_info = {d.info.fullname: d for d in decls}
    for d in decls:   # defaults=[...]: they fill the last fields
        call = d.stmt.rvalue
        assert isinstance(call, CallExpr)
        for a, name in zip(call.args, call.arg_names):
            items = getattr(a, "items", None)
            if name == "defaults" and isinstance(items, list):
                for i, x in enumerate(items, len(d.names) - len(items)):
                    t = arg_type(result, x)
                    if t is not None and 0 <= i < len(d.names):
                        d.seen[i].append((t, x.line, x.column))

    def visit(n: Node) -> bool:
        if isinstance(n, CallExpr) and isinstance(n.callee, RefExpr) and isinstance(n.callee.node, TypeInfo):
            d = next((by_info[c.fullname] for c in n.callee.node.mro if c.fullname in by_info), None)
            if d is not None:
                construction(result, d, n)
        return True

    for m in modules:
        walk(result.files[m], visit)


def arg_type(result: BuildResult, e: Expression) -> Type | None:
    """The type of an argument: a display's as its items make it (mypy
    types `["x"]` passed where it expects Any as list[Any])."""
    t = result.types.get(e)
    p = get_proper_type(t) if t is not None else None
    if isinstance(p, Instance) and isinstance(e, (ListExpr, SetExpr)) and e.items and len(p.args) == 1:
        item = joined([arg_type(result, x) for x in e.items])
        return p.copy_modified(args=[item]) if item is not None else t
    if isinstance(p, Instance) and isinstance(e, DictExpr) and e.items and len(p.args) == 2:
        k = joined([arg_type(result, x) for x, _ in e.items if x is not None])
        v = joined([arg_type(result, x) for _, x in e.items])
        return p.copy_modified(args=[k, v]) if k is not None and v is not None else t
    return t


def joined(types: list[Type | None]) -> Type | None:
    if not types or any(t is None for t in types):
        return None
    out = plain(types[0])  # type: ignore[arg-type]
    for t in types[1:]:
        out = join_types(out, plain(t))  # type: ignore[arg-type]
    return None if vague(out) else out


def construction(result: BuildResult, d: Declaration, call: CallExpr) -> None:
    pos = 0
    for a, kind, name in zip(call.args, call.arg_kinds, call.arg_names):
        t = arg_type(result, a)
        if t is None:
            continue
        if kind == ARG_POS:
            if pos < len(d.names):
                d.seen[pos].append((t, a.line, a.column))
            pos += 1
        elif kind == ARG_NAMED and name in d.names:
            d.seen[d.names.index(name)].append((t, a.line, a.column))
        elif kind == ARG_STAR:
            p = get_proper_type(t)
            if not isinstance(p, TupleType):
                return   # a run-time number of arguments: the rest tell nothing
            for x in p.items:
                if pos < len(d.names):
                    d.seen[pos].append((x, a.line, a.column))
                pos += 1


def plain(t: Type) -> Type:
    """t without literal values (`Literal[0]?` is int)."""
    p = get_proper_type(remove_instance_last_known_values(t))
    return p.fallback if isinstance(p, LiteralType) else p


def vague(t: Type) -> bool:
    """Whether t has Any or Never in it (`[]` passed where mypy expects Any)."""
    p = get_proper_type(t)
    if isinstance(p, (AnyType, UninhabitedType)):
        return True
    if isinstance(p, TupleType) and "namedtuple" in p.partial_fallback.type.metadata:
        return False   # a namedtuple's (its fields may be untyped yet)
    parts: list[Type] = list(getattr(p, "args", None) or ()) + list(getattr(p, "items", None) or ())
    if isinstance(p, CallableType):
        parts = [*p.arg_types, p.ret_type]
    return any(vague(x) for x in parts if isinstance(x, Type))


def field_types(d: Declaration) -> list[Type]:
    out = []
    for i, name in enumerate(d.names):
        seen = [(plain(t), line, col) for t, line, col in d.seen[i]]
        clear = [s for s in seen if not vague(s[0])]
        where = ", ".join(f"{line}:{col + 1}" for _, line, col in seen[:6]) + (", ..." if len(seen) > 6 else "")
        if not clear:
            why = "no construction of it gives that field" if not seen else \
                f"the arguments at {where} do not say it"
            raise UserError([located(d.path, d.stmt.line, d.stmt.column,
                                     f"namedtuple {d.info.name}: the type of field '{name}' cannot be inferred: "
                                     f"{why}; declare it with typing.NamedTuple")])
        joined = clear[0][0]
        for t, _, _ in clear[1:]:
            joined = join_types(joined, t)
        if is_object(joined) and not all(is_object(t) for t, _, _ in clear):
            kinds = ", ".join(sorted({str(t) for t, _, _ in clear}))
            raise UserError([located(d.path, d.stmt.line, d.stmt.column,
                                     f"namedtuple {d.info.name}: field '{name}' is constructed with values of "
                                     f"different types ({kinds}) at {where}; declare it with typing.NamedTuple")])
        out.append(joined)
    return out


def is_object(t: Type) -> bool:
    p = get_proper_type(t)
    return isinstance(p, Instance) and p.type.fullname == "builtins.object"


def source_of(t: Type, module: str, imports: dict[str, str]) -> str | None:
    """t written as source in `module` (the modules of other classes
    imported under names of their own), or None."""
    p = get_proper_type(t)
    if isinstance(p, NoneType):
        return "None"
    if isinstance(p, TupleType):
        if "namedtuple" in p.partial_fallback.type.metadata:
            return source_of(Instance(p.partial_fallback.type, []), module, imports)
        items = [source_of(x, module, imports) for x in p.items]
        return None if None in items else f"tuple[{', '.join(items) or '()'}]"  # type: ignore[arg-type]
    if isinstance(p, UnionType):
        items = [source_of(x, module, imports) for x in p.items]
        return None if None in items else " | ".join(items)  # type: ignore[arg-type]
    if isinstance(p, CallableType) and all(k == ARG_POS for k in p.arg_kinds):
        items = [source_of(x, module, imports) for x in [*p.arg_types, p.ret_type]]
        if None in items:
            return None
        imports.setdefault("typing", TYPING)
        return f"{TYPING}.Callable[[{', '.join(items[:-1])}], {items[-1]}]"  # type: ignore[arg-type]
    if not isinstance(p, Instance):
        return None
    owner = p.type.module_name
    local = p.type.fullname[len(owner) + 1:]
    if owner == "builtins":
        name = local
    elif owner == module:
        name = local
    else:
        name = f"{imports.setdefault(owner, f'_unicc_nt{len(imports)}')}.{local}"
    if not p.args:
        return name
    args = [source_of(x, module, imports) for x in p.args]
    return None if None in args else f"{name}[{', '.join(args)}]"  # type: ignore[arg-type]


def rewrite(text: str, path: str, module: str, decls: list[Declaration], types: list[list[Type]]) -> str:
    """The module's source with each declaration a typed class on the same
    lines, and the imports it needs added after the last simple statement
    at the top level before the first declaration."""
    lines = text.splitlines(keepends=True)
    tree = ast.parse(text)
    imports: dict[str, str] = {"typing": TYPING}
    edits: list[tuple[int, int, int, int, str]] = []   # (line, byte col, end line, end byte col, new)
    first = min(d.stmt.line for d in decls)
    for d, fts in zip(decls, types):
        node = next((s for s in tree.body if isinstance(s, ast.Assign) and s.lineno == d.stmt.line), None)
        assert node is not None and node.end_lineno is not None and node.end_col_offset is not None
        before = lines[node.lineno - 1].encode()[:node.col_offset]
        after = lines[node.end_lineno - 1].encode()[node.end_col_offset:].decode().strip()
        if before.strip() or after and not after.startswith("#"):
            raise UserError([located(path, d.stmt.line, d.stmt.column, f"namedtuple {d.info.name}: a "
                                     "declaration sharing its line with other statements is not supported "
                                     "by unicc")])
        call = node.value
        assert isinstance(call, ast.Call)
        defaults: list[str] = []
        for kw in call.keywords:
            if kw.arg == "defaults" and isinstance(kw.value, (ast.List, ast.Tuple)):
                defaults = [ast.get_source_segment(text, x) or "" for x in kw.value.elts]
            elif kw.arg == "defaults":
                raise UserError([located(path, d.stmt.line, d.stmt.column, f"namedtuple {d.info.name}: "
                                         "defaults= other than a list or tuple display is not supported "
                                         "by unicc")])
        fields = []
        for i, (name, t) in enumerate(zip(d.names, fts)):
            src = source_of(t, module, imports)
            if src is None or name.startswith("_"):
                raise UserError([located(path, d.stmt.line, d.stmt.column, f"namedtuple {d.info.name}: field "
                                         f"'{name}' of type {t} is not supported by unicc")])
            k = i - (len(d.names) - len(defaults))
            fields.append(f"{name}: {src}" + (f" = {defaults[k]}" if k >= 0 else ""))
        body = "; ".join(fields) or "pass"
        new = f"class {d.info.name}({TYPING}.NamedTuple): {body}"
        if any(n in TUPLE_METHODS for n in d.names):
            new += "  # type: ignore[assignment]"   # a field named as a method of tuple hides it, as in CPython
        if "\n" in new:
            raise UserError([located(path, d.stmt.line, d.stmt.column, f"namedtuple {d.info.name}: defaults "
                                     "written over several lines are not supported by unicc")])
        edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
                      new + "\n" * (node.end_lineno - node.lineno)))
    anchor = next((s for s in reversed(tree.body) if s.lineno < first and isinstance(s, SIMPLE)), None)
    if anchor is None or anchor.end_lineno is None or anchor.end_col_offset is None:
        d = decls[0]
        raise UserError([located(path, d.stmt.line, d.stmt.column, f"namedtuple {d.info.name}: a declaration "
                                 "without a simple statement (an import) before it at the top level is not "
                                 "supported by unicc")])
    imported = "".join(f"; import {m} as {alias}" for m, alias in imports.items())
    edits.append((anchor.end_lineno, anchor.end_col_offset, anchor.end_lineno, anchor.end_col_offset, imported))
    for line, col, end_line, end_col, new in sorted(edits, reverse=True):
        head = lines[line - 1].encode()[:col].decode()
        tail = lines[end_line - 1].encode()[end_col:].decode()
        lines[line - 1:end_line] = [head + new + tail]
    return "".join(lines)


TUPLE_METHODS = ("count", "index")
SIMPLE = (ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Expr, ast.Pass)


def typed_sources(result: BuildResult, modules: list[str],
                  texts: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """module name -> its source (from texts, else its file) with the untyped
    namedtuples declared typed, none when no module has one; and a note for
    each declaration saying the types it was given."""
    decls = untyped_declarations(result, modules)
    if not decls:
        return {}, []
    collect(result, modules, decls)
    out = {}
    notes = []
    for m in dict.fromkeys(d.module for d in decls):
        mine = [d for d in decls if d.module == m]
        f: MypyFile = result.files[m]
        text = texts.get(m)
        if text is None:
            with open(f.path, encoding="utf-8") as fh:
                text = fh.read()
        types = [field_types(d) for d in mine]
        out[m] = rewrite(text, f.path, m, mine, types)
        for d, fts in zip(mine, types):
            shown = ", ".join(f"{n}: {t}" for n, t in zip(d.names, fts))
            notes.append(f"{f.path}:{d.stmt.line}:{d.stmt.column + 1}: note: unicc typed the fields of namedtuple "
                         f"{d.info.name} from its constructions: {shown}")
    return out, notes
