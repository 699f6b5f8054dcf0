"""`__qualname__` of the program's classes and functions, as CPython builds
it: `C.m` for a method, `f.<locals>.g` for a function or class defined in a
function, `<lambda>` for a lambda.  Recorded once, before lowering, because
mypy's nodes keep no link to the scope around them."""

from __future__ import annotations

from typing import Callable

from mypy.nodes import ClassDef, FuncItem, LambdaExpr, MypyFile, Node

from unicc.frontend.walk import walk


def record(modules: dict[str, MypyFile], classes: dict[str, str],
           funcs: dict[FuncItem, tuple[str, str]]) -> None:
    """Fill classes (by mypy fullname) and funcs (by node: its module too)."""
    def visitor(module: str, scope: str) -> Callable[[Node], bool]:
        def visit(n: Node) -> bool:
            if isinstance(n, (FuncItem, ClassDef)):
                name = n.name if not isinstance(n, LambdaExpr) else "<lambda>"
                q = f"{scope}.{name}" if scope else name
                if isinstance(n, ClassDef):
                    classes[n.info.fullname] = q
                    for st in n.defs.body:
                        walk(st, visitor(module, q))
                else:
                    funcs[n] = module, q
                    for st in n.body.body:
                        walk(st, visitor(module, q + ".<locals>"))
                return False
            return True
        return visit
    for name, f in modules.items():
        for s in f.defs:
            walk(s, visitor(name, ""))
