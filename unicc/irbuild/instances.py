"""Which compiled classes can have instances: the classes a program constructs.

A method call through a Protocol or a base class has to consider every class
an object of that static type can be at run time.  Counting only the classes
the program names somewhere other than in `isinstance(x, C)` or `C.attr`
(a call `C(...)`, a class passed as a value) lets a configuration that
constructs one implementation of a device Protocol call it directly, however
many other implementations the imported modules define.  The walk is over
every compiled module, reachable or not, so it can only over-count.
"""

from __future__ import annotations

from mypy.nodes import CallExpr, ClassDef, Decorator, MemberExpr, MypyFile, Node, RefExpr, TypeInfo

from unicc.frontend.walk import walk

TYPE_TESTS = ("builtins.isinstance", "builtins.issubclass")


def constructed_classes(modules: dict[str, MypyFile]) -> set[str]:
    """Full names of the classes referred to as values anywhere in `modules`."""
    found: set[str] = set()

    def visit(n: Node) -> bool:
        if isinstance(n, ClassDef):     # its bases are not instances either: only its body counts
            walk(n.defs, visit)
            return False
        if isinstance(n, CallExpr) and isinstance(n.callee, RefExpr) and n.callee.fullname in TYPE_TESTS:
            for a in n.args[:1]:        # the classes tested against make no instances
                walk(a, visit)
            return False
        if isinstance(n, MemberExpr) and isinstance(n.expr, RefExpr) and isinstance(n.expr.node, TypeInfo):
            m = n.expr.node.get(n.name)
            if m is not None and isinstance(m.node, Decorator) and m.node.func.is_class:
                found.add(n.expr.node.fullname)   # C.make(): its cls(...) may make a C
            if n.expr.node.is_enum:
                found.add(n.expr.node.fullname)   # Color.RED: an instance of Color
            return False                # C.static_method(), C.attribute: not an instance of C
        if isinstance(n, RefExpr) and isinstance(n.node, TypeInfo):
            found.add(n.node.fullname)
        return True

    for f in modules.values():
        walk(f, visit)
    return found
