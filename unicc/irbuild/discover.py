"""The prepare phase's fixpoint: every specialisation of a generic class the
program will make, found before any function is lowered.

specialise_static (prepare.py) makes those the program's static types name
(Box[int]).  The others are made inside generic code, under a substitution:
a generic function's copy for its call's types (spawn[int] constructs a
Task[T], that is a Task[i64]), or the methods of a specialised class
(Queue[i64].__init__ constructs a _Fifo[T]).  This walks every such body
with its substitution, finds the generic-function copies its calls use and
the class specialisations its expressions' types name, and repeats until
nothing new appears.  Those are planned (ctx.planned): made where lowering
first uses them, or before any method dispatch they belong to is compiled
(prepare.py), so lowering never meets one it did not plan and nothing is
lowered twice.
"""

from __future__ import annotations

from mypy.nodes import CallExpr, Decorator, Expression, FuncDef, Node, RefExpr, TypeInfo
from mypy.types import AnyType, CallableType, Instance

from unicc.frontend.check import type_parts
from unicc.frontend.walk import walk
from unicc.ir.rtypes import RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Context
from unicc.irbuild.generic import instance
from unicc.irbuild.prepare import class_key


def plan_specialisations(ctx: Context) -> None:
    """Fill ctx.planned with the specialisations generic code makes."""
    Planner(ctx).run()


class Planner:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.copies: set[str] = set()       # generic-function copies walked
        self.walked: set[str] = set()       # class specialisations walked
        self.work: list[tuple[Node, dict[str, RType]]] = []

    def run(self) -> None:
        for f in self.ctx.modules.values():
            self.walk(f, {})
        while True:
            # the specialisations made before (specialise_static) and planned
            for key, ci in list(self.ctx.classes.items()):
                info = self.ctx.infos.get(key)
                if info is not None and ci.subst and key not in self.walked:
                    self.walked.add(key)
                    self.work.append((info.defn, ci.subst))
            if not self.work:
                return
            node, subst = self.work.pop(0)
            self.walk(node, subst)

    def walk(self, node: Node, subst: dict[str, RType]) -> None:
        """Every expression of a body (nested functions' too: closures share the
        substitution) and the generic calls among them."""
        seen: set[object] = set()

        def visit(n: Node) -> bool:
            if isinstance(n, FuncDef) and n.fullname in self.ctx.generic_defs:
                return False   # walked per copy (call), not as written
            if isinstance(n, Expression):
                t = self.ctx.types.get(n)
                if t is not None:
                    self.type(t, subst, seen)
                if isinstance(n, CallExpr):
                    self.call(n, subst)
            return True
        walk(node, visit)

    def call(self, e: CallExpr, subst: dict[str, RType]) -> None:
        callee = e.callee
        if not isinstance(callee, RefExpr):
            return
        f = callee.node.func if isinstance(callee.node, Decorator) else callee.node
        if isinstance(f, FuncDef) and f.fullname in self.ctx.generic_defs:
            key, fsubst, _ = instance(self.ctx, subst, e, f)
            if key not in self.copies:
                self.copies.add(key)
                self.work.append((f.body, fsubst))

    def type(self, t: object, subst: dict[str, RType], seen: set[object]) -> None:
        p = mapper.proper(t)  # type: ignore[arg-type]
        if p in seen:
            return
        seen.add(p)
        if isinstance(p, Instance):
            self.instance(p, subst)
        for sub in type_parts(p):
            self.type(sub, subst, seen)
        if isinstance(p, CallableType):
            for sub in [*p.arg_types, p.ret_type]:
                self.type(sub, subst, seen)

    def instance(self, p: Instance, subst: dict[str, RType]) -> None:
        """As prepare.class_of: the specialisation objects of type p are."""
        ctx = self.ctx
        info = p.type
        if info.fullname not in ctx.classes or not p.args or not info.defn.type_vars:
            return
        if any(isinstance(mapper.proper(a), AnyType) for a in p.args):
            return
        rts = [mapper.rtype(a, subst) for a in p.args]
        key = class_key(info, rts)
        if key in ctx.classes or key in ctx.planned:
            return
        self.plan(info, rts, key)

    def plan(self, info: TypeInfo, rts: list[RType], key: str) -> None:
        ctx = self.ctx
        ctx.planned[key] = (info, rts)
        csubst = {tv.fullname: rt for tv, rt in zip(info.defn.type_vars, rts)}
        if info.bases:   # its base class as this specialisation sees it
            self.type(info.bases[0], csubst, set())
        self.walked.add(key)
        self.work.append((info.defn, csubst))
