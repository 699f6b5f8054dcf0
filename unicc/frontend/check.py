"""Type-check a program with mypy --strict and hand back its typed trees.

mypy is the single source of types: we keep its ASTs and the type of every
expression (export_types), as mypyc does.  Any mypy error stops the build.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mypy import build
from mypy.errors import CompileError
from mypy.modulefinder import BuildSource
from mypy.nodes import CallExpr, Expression, FuncDef, MypyFile, Node, RefExpr, StrExpr
from mypy.options import Options
from mypy.semanal import is_trivial_body
from mypy.types import Type

from unicc.errors import LOCATION, UserError, located, sort_messages
from unicc.frontend.namedtuples import typed_sources
from unicc.frontend.walk import walk
from unicc.paths import STDLIB

# stdlib/cpython/: modules standing in for CPython's own (time, string) in
# compiled programs; CPython runs its own (run/reference.py), and the
# compiler's own type check does not see them.
CPYTHON = STDLIB / "cpython"
# stdlib/shadowed/: stand-ins for the modules mypy will not let a program
# shadow (its CORE_BUILTIN_MODULES, e.g. collections): mypy reads them in
# place of typeshed's stub (its shadow_file option), and they are compiled.
SHADOWED = STDLIB / "shadowed"
TYPESHED = Path(build.__file__).resolve().parent / "typeshed" / "stdlib"
SHADOWS = {"collections": (TYPESHED / "collections" / "__init__.pyi", SHADOWED / "collections.py")}
# stdlib modules whose classes the compiler implements itself (machine
# integers): type-checked, never validated or compiled.
INTRINSIC = {"unicc_types", "unicc_buf", "unicc_rt"}
# stdlib modules whose functions the lowering of a builtin operation calls
# (`str % args`, methods of builtin types written in the subset): checked
# with every program, compiled only where used (irbuild/helpers.py).
BUILTIN_METHODS = "unicc_builtins"
HELPERS = ("unicc_percent", BUILTIN_METHODS, "unicc_complex")
# Stand-ins that would join the import cycle of typeshed's builtins and typing:
# builtins.pyi imports io and os (open()'s classes, PathLike), typing.pyi
# imports re (Match, Pattern), and mypy lets a program replace collections
# only through its shadow_file option.  On mypy's path, mypy would check that
# whole cycle again on every build (seconds), since it drops the cache of the
# modules we compile (forget_own_modules); so each group is there only for a
# program that uses it, with a cache of its own, and compiled only where
# used (`used_modules`).
CPYTHON_IO = STDLIB / "cpython_io"   # io and os
CPYTHON_RE = STDLIB / "cpython_re"   # re


CPYTHON_MODULES = frozenset(p.stem for d in (CPYTHON, CPYTHON_RE) for p in d.glob("*.py"))


@dataclass(frozen=True)
class StandIns:
    name: str                    # suffix of their mypy cache
    at_once: re.Pattern[str]     # an entry that matches is checked with them at once
    root: Path | None            # their directory on mypy's path (None: SHADOWS)
    # whether the program, checked without them, needs them (given the roots of compiled modules)
    needed: Callable[[build.BuildResult, list[Path]], bool]


STAND_INS = (
    StandIns("files", re.compile(r"(?<![.\w])open\(|^\s*(import|from)\s+(io|os)\b|sys\.std(out|err)\.", re.M),
             CPYTHON_IO, lambda result, roots: uses_files(result, roots)),
    StandIns("re", re.compile(r"^\s*(import|from)\s+re\b", re.M), CPYTHON_RE,
             lambda result, roots: imports_any(result, roots, {"re"})),
    StandIns("shadowed", re.compile(r"^\s*(import|from)\s+collections\b", re.M), None,
             lambda result, roots: imports_any(result, roots, set(SHADOWS))),
)


def is_declaration(f: FuncDef) -> bool:
    """A function of stdlib/cpython/ whose body is `raise NotImplementedError`
    (or `...`): it only gives mypy typeshed's type of something the compiler
    implements itself (functools.singledispatch), and is never compiled."""
    return f.fullname.partition(".")[0] in CPYTHON_MODULES and is_trivial_body(f.body)


def type_parts(p: object) -> list[Type]:
    """The types a (proper) type is made of: its type arguments, a union's or
    tuple's items, a TypedDict's values (its `items` is a dict)."""
    items = getattr(p, "items", None) or ()
    parts = [*(getattr(p, "args", None) or ()), *(items.values() if isinstance(items, dict) else items)]
    return [t for t in parts if isinstance(t, Type)]


@dataclass
class Program:
    entry: Path                      # the entry file
    modules: dict[str, MypyFile]     # modules to compile, by name; "__main__" first
    types: dict[Expression, Type]
    all_files: dict[str, MypyFile]   # every module mypy loaded (stubs too)
    warnings: list[str] = field(default_factory=list)   # mypy's lints (LINTS), with their notes


# --strict diagnostics that are lints, not type errors: the program they are
# about is well typed and CPython runs it (`s[0] == ord("a")` is always False),
# so they are warnings and the build goes on.  Everything else mypy reports
# (untyped definitions, Any, unreachable code) stops it.
LINTS = ("comparison-overlap", "redundant-cast", "unused-ignore", "redundant-expr", "truthy-bool")


def split_lints(messages: list[str]) -> tuple[list[str], list[str]]:
    """mypy's messages as (errors, warnings): a lint's error line becomes a
    `warning:`, and the notes after a message go with it."""
    errors: list[str] = []
    warnings: list[str] = []
    into = errors
    for m in messages:
        loc = LOCATION.match(m)
        if loc is None or loc["severity"] != "note":
            lint = loc is not None and m.endswith(tuple(f"  [{code}]" for code in LINTS))
            into = warnings if lint else errors
            if lint:
                m = m.replace(": error: ", ": warning: ", 1)
        into.append(m)
    return errors, warnings


def mypy_options(cache_dir: Path | None) -> Options:
    opts = Options()
    opts.strict_optional = True
    for flag in ("disallow_untyped_defs", "disallow_incomplete_defs", "disallow_any_generics",
                 "disallow_untyped_calls", "disallow_untyped_decorators", "check_untyped_defs",
                 "warn_return_any", "no_implicit_reexport", "strict_equality",
                 "warn_unused_ignores", "warn_redundant_casts", "disallow_subclassing_any",
                 "extra_checks", "warn_unreachable"):
        if hasattr(opts, flag):
            setattr(opts, flag, True)
    opts.show_column_numbers = True
    opts.show_absolute_path = True   # as the validator and the builder name files
    opts.export_types = True
    opts.preserve_asts = True
    opts.python_version = (3, 11)
    opts.mypy_path = [str(STDLIB)]
    opts.incremental = cache_dir is not None
    opts.cache_dir = str(cache_dir) if cache_dir else os.devnull
    opts.hide_error_codes = False
    opts.sqlite_cache = False
    return opts


def is_compiled(f: MypyFile, roots: list[Path]) -> bool:
    """Our own modules (the app's and stdlib/) are compiled; typeshed stubs are not."""
    if not f.path or f.path.endswith(".pyi"):
        return False
    p = Path(f.path).resolve()
    return any(p.is_relative_to(r) for r in roots)


def module_names(root: Path, depth: int = 3) -> list[str]:
    """Dotted names of the modules under root (a few package levels deep)."""
    out = []
    for p in root.iterdir():
        if p.suffix == ".py":
            out.append(p.stem)
        elif p.is_dir() and depth > 0 and not p.name.startswith(".") and (p / "__init__.py").exists():
            out += [p.name] + [f"{p.name}.{m}" for m in module_names(p, depth - 1) if m != "__init__"]
    return out


def forget_own_modules(cache_dir: Path, roots: list[Path]) -> None:
    """mypy loads unchanged modules from its cache without their trees, but we need
    the trees of the modules we compile: drop those from the cache and keep the
    typeshed stubs, which are most of the checking time."""
    names = {"__main__"} | {m for r in roots for m in module_names(r)}
    for vdir in cache_dir.glob("3.*"):
        # one pass over the cache's files (a glob per module cost half a second a build)
        for top, _, files in os.walk(vdir):
            package = Path(top).relative_to(vdir).parts
            for f in files:
                parts = f.split(".")   # MODULE.{meta,data,meta_ex}.{json,ff}
                if len(parts) < 3 or parts[-2] not in ("meta", "data", "meta_ex"):
                    continue
                stem = ".".join(parts[:-2])
                module = ".".join(package + (() if stem == "__init__" else (stem,)))
                if module in names:
                    os.unlink(os.path.join(top, f))


def check(entry: Path, cache_dir: Path | None = None, text: str | None = None) -> Program:
    """text: the entry module's source when it is not a file (a generated main module)."""
    if text is None and not entry.is_file():
        raise UserError([f"unicc: error: no such file: {entry}"])
    entry = entry.resolve()
    src = BuildSource(str(entry), "__main__", text, base_dir=str(entry.parent))
    opts = mypy_options(cache_dir)
    source = text if text is not None else entry.read_text(encoding="utf-8", errors="replace")
    extras = frozenset(x for x in STAND_INS if x.at_once.search(source))
    result = run_mypy(src, opts, cache_dir, extras)
    more = frozenset(x for x in STAND_INS if x not in extras and x.needed(result, [entry.parent, STDLIB]))
    if more:
        extras |= more
        result = run_mypy(src, opts, cache_dir, extras)
    # warn_unreachable: mypy does not type-check code it finds unreachable (an
    # attribute narrowed before a call that changes it, `self.on` in `if not
    # self.on: self.flip(); if self.on: ...`), yet CPython runs it; unicc
    # compiles only checked code, so that is an error.  An operand that is
    # never evaluated (`True or x`) is not: its value is never needed.
    errors, warnings = split_lints([e for e in result.errors
                                    if not e.endswith("is never evaluated  [unreachable]")])
    if errors:
        raise UserError(sort_messages(errors + warnings))
    roots = [entry.parent, STDLIB]
    used = used_modules(result, roots)
    own = sorted(m for m in used if is_compiled(result.files[m], roots[:1]))
    texts, notes = typed_sources(result, own, {"__main__": text} if text is not None else {})
    if texts:   # collections.namedtuple declarations, typed from their constructions
        typed = [BuildSource(src.path if m == "__main__" else result.files[m].path, m, t, base_dir=src.base_dir)
                 for m, t in texts.items()]
        result = run_mypy(src, opts, cache_dir, extras, typed)
        errors, warnings = split_lints([e for e in result.errors
                                        if not e.endswith("is never evaluated  [unreachable]")])
        if errors:
            raise UserError(sort_messages(notes + errors + warnings))
        used = used_modules(result, roots)
    modules = {name: f for name, f in result.files.items() if name in used}
    ordered = {"__main__": modules.pop("__main__")}
    ordered.update(sorted(modules.items()))
    for name, f in ordered.items():
        restore_surrogates(f, texts.get(name, text if name == "__main__" else None))
    return Program(entry, ordered, result.types, dict(result.files), warnings)


def run_mypy(src: BuildSource, opts: Options, cache_dir: Path | None, extras: frozenset[StandIns],
             texts: list[BuildSource] | None = None) -> build.BuildResult:
    """mypy's check of the program, with the stand-ins `extras` (STAND_INS):
    each combination has a cache of its own."""
    roots = [src_root(src), STDLIB, CPYTHON] + sorted(x.root for x in extras if x.root is not None)
    shadow = any(x.root is None for x in extras)
    opts.mypy_path = [str(r) for r in roots]
    opts.shadow_file = [[str(stub), str(ours)] for stub, ours in SHADOWS.values()] if shadow else []
    if cache_dir is not None:
        cache_dir = cache_dir.with_name(cache_dir.name + "".join(sorted(f"-{x.name}" for x in extras)))
        opts.cache_dir = str(cache_dir)
        forget_own_modules(cache_dir, roots + ([SHADOWED] if shadow else []))
    try:
        helpers = [BuildSource(str(STDLIB / f"{m}.py"), m, None, base_dir=str(STDLIB)) for m in HELPERS]
        sources = [src, *helpers]
        for t in texts or []:   # modules checked from a text in place of their file
            sources = [s for s in sources if s.module != t.module] + [t]
        return build.build(sources, opts)
    except CompileError as e:
        raise UserError(list(e.messages)) from None


def src_root(src: BuildSource) -> Path:
    assert src.base_dir is not None
    return Path(src.base_dir)


def used_modules(result: build.BuildResult, roots: list[Path]) -> set[str]:
    """The modules to compile: ours (the program's and stdlib/'s) that the
    program imports, directly or through each other, and io (with what it
    imports) where open(), sys.stdout or sys.stderr is used, since those are
    io's objects.  A stand-in only typeshed's stubs import is not compiled."""
    ours = {name for name, f in result.files.items() if is_compiled(f, roots) or name in SHADOWS}
    used: set[str] = set()

    def reach(name: str) -> None:
        todo = [name]
        while todo:
            m = todo.pop()
            if m in used or m not in ours:
                continue
            used.add(m)
            st = result.graph.get(m)
            if st is not None:
                todo += st.dependencies + (st.ancestors or [])

    for m in ("__main__", *HELPERS):
        reach(m)
    if "io" in ours and "io" not in used and any(uses_io(result.files[m]) for m in used):
        reach("io")
    return used


def uses_files(result: build.BuildResult, roots: list[Path]) -> bool:
    """Whether the program, checked without the io and os stand-ins, needs them
    (the program's own modules: stdlib's use none, and the CPython bodies of
    unicc_devices.unix's externs import the real os)."""
    used = [m for m in used_modules(result, roots) if is_compiled(result.files[m], roots[:1])]
    return any(d in ("io", "os", "os.path") for m in used if m in result.graph
               for d in result.graph[m].dependencies) or any(uses_io(result.files[m]) for m in used)


def imports_any(result: build.BuildResult, roots: list[Path], names: set[str]) -> bool:
    """Whether a module the program compiles imports one of `names`."""
    return any(d in names for m in used_modules(result, roots) if m in result.graph
               for d in result.graph[m].dependencies)


def uses_io(f: MypyFile) -> bool:
    """open(), or sys.stdout or sys.stderr other than as print()'s file."""
    found = False

    def visit(n: Node) -> bool:
        nonlocal found
        if isinstance(n, CallExpr) and isinstance(n.callee, RefExpr) and n.callee.fullname == "builtins.print":
            for a, name in zip(n.args, n.arg_names):
                if not (name == "file" and isinstance(a, RefExpr) and a.fullname in ("sys.stdout", "sys.stderr")):
                    walk(a, visit)
            return False
        if isinstance(n, RefExpr) and n.fullname in ("builtins.open", "sys.stdout", "sys.stderr"):
            found = True
        return not found

    walk(f, visit)
    return found


# \ud800-\udfff (or \U0000d800...) in a literal: a lone surrogate code point
SURROGATE_ESCAPE = re.compile(r"\\(u[dD][89a-fA-F]|U0000[dD][89a-fA-F])")


def restore_surrogates(f: MypyFile, text: str | None) -> None:
    """mypy's native parser reads a lone surrogate ("\\ud800") in a str literal
    as U+FFFD; CPython keeps the code point.  Put back the value Python's own
    parser gives each such literal: on each line, the literals read with
    U+FFFD pair in order with Python's that read so (columns do not agree
    once a line holds non-ASCII text; an f-string's parts pair too).  One
    that cannot be paired is an error rather than a different string."""
    src = text if text is not None else Path(f.path).read_text(encoding="utf-8")
    if not SURROGATE_ESCAPE.search(src):
        return
    want: dict[int, list[tuple[int, str]]] = {}
    for n in ast.walk(ast.parse(src)):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and \
                any(0xD800 <= ord(c) < 0xE000 for c in n.value):
            want.setdefault(n.lineno, []).append((n.col_offset, n.value))
    got: dict[int, list[StrExpr]] = {}

    def visit(n: Node) -> bool:
        if isinstance(n, StrExpr) and "\ufffd" in n.value and n.line in want:
            got.setdefault(n.line, []).append(n)
        return True

    walk(f, visit)
    for line, consts in sorted(want.items()):
        exprs = sorted(got.get(line, []), key=lambda e: e.column)
        for col, value in sorted(consts):
            read = "".join("\ufffd" if 0xD800 <= ord(c) < 0xE000 else c for c in value)
            e = next((x for x in exprs if x.value == read), None)
            if e is None:
                raise UserError([located(f.path, line, col, "a lone surrogate in this str literal "
                                         "is not supported by unicc")])
            exprs.remove(e)
            e.value = value
