"""Drop the functions and classes no live code can reach, before anything
else looks at them.

The builder lowers every function and class of every module the program
imports, so `import math` brings a few hundred functions when the program
calls one, and `import random` brings every hash of hashlib (random seeds
through sha512).  LLVM would delete the unused functions too, but only late
in its pipeline, after parsing and optimising each, and never the methods a
class descriptor names: dropping them here is most of the compile time such
a program costs.

Roots are the exported functions (the entry and the runtime's callbacks).
A function is live when live code calls it or takes its address.  A class
is live when live code names its descriptor (to make an instance, to hold
the class as a value, in isinstance) or a live class has it as a base; a
live class's descriptor names its methods and slots, so they are live.
What makes this more than a call graph is the builder's type switches: a
method called on a base class becomes `if type(x) is C: C.m(x)` for every
class C that may be there, and an arm for a class no live code makes can
never run.  So a switch arm counts only once its class is live (the
analysis starts with no class live and grows to a fixed point), and the
arms that stay dead are cut out of the functions that are kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from unicc.analysis.cfg import block_successors
from unicc.analysis.dataflow import uses_defs
from unicc.analysis.graph import reachable
from unicc.ir import ops as o


@dataclass
class Switches:
    """A function's type tests `type(x) is C`, as the builder makes them."""
    # the descriptor addresses that are only compared (not a use of the class)
    tested: dict[o.AddrOf, o.Binary] = field(default_factory=dict)
    # the branches on such a comparison: the class, and the side that needs it
    arms: dict[o.Branch, tuple[str, o.BasicBlock]] = field(default_factory=dict)


def type_switches(fn: o.FuncIR, classes: set[str]) -> Switches:
    defs: dict[o.Register, list[o.Op]] = {}
    uses: dict[o.Register, list[o.Op]] = {}
    for bb in fn.blocks:
        for op in bb.ops:
            u, d = uses_defs(op)
            for r in u:
                uses.setdefault(r, []).append(op)
            for r in d:
                defs.setdefault(r, []).append(op)
    sw = Switches()
    for bb in fn.blocks:
        for op in bb.ops:
            if not (isinstance(op, o.AddrOf) and op.symbol in classes and len(defs[op.dest]) == 1):
                continue
            users = uses.get(op.dest, [])
            if len(users) != 1 or not isinstance(test := users[0], o.Binary) or test.op not in ("eq", "ne"):
                continue
            if len(defs[test.dest]) != 1 or not all(isinstance(u, o.Branch) for u in uses.get(test.dest, [])):
                continue
            sw.tested[op] = test
            for br in uses.get(test.dest, []):
                assert isinstance(br, o.Branch)
                sw.arms[br] = (op.symbol, br.true if test.op == "eq" else br.false)
    return sw


def successors_given(sw: Switches, live: set[str]) -> Callable[[o.BasicBlock], list[o.BasicBlock]]:
    def succ(bb: o.BasicBlock) -> list[o.BasicBlock]:
        last = bb.ops[-1] if bb.ops else None
        if isinstance(last, o.Branch) and last in sw.arms and sw.arms[last][0] not in live:
            needs = sw.arms[last][1]
            return [last.false if needs is last.true else last.true]
        return block_successors(bb)
    return succ


def referenced(fn: o.FuncIR, sw: Switches, live: set[str]) -> set[str]:
    """The symbols fn calls, takes the address of or makes an object of, in the
    blocks it can reach while only the classes in `live` have instances."""
    names: set[str] = set()
    if not fn.blocks:
        return names
    for bb in reachable([fn.blocks[0]], successors_given(sw, live)):
        for op in bb.ops:
            if isinstance(op, o.Call):
                names.add(op.func)
            elif isinstance(op, (o.AddrOf, o.StackObject)) and op not in sw.tested:
                names.add(op.symbol)
    return names


class Reach:
    """The fixed point of the rules above over one module."""

    def __init__(self, m: o.ModuleIR, roots: Iterable[str]) -> None:
        self.functions = {f.name: f for f in m.functions}
        self.classes = {c.symbol: c for c in m.classes}
        self.switches = {f.name: type_switches(f, set(self.classes)) for f in m.functions}
        self.roots = [f.name for f in m.functions if f.exported] + list(roots)
        live: set[str] = set()
        while (grown := self.closure(live)) != live:
            live = grown
        self.live = live

    def closure(self, assumed: set[str]) -> set[str]:
        """What the roots reach, with the switch arms of the `assumed` classes open."""
        todo, live = list(self.roots), set()
        while todo:
            name = todo.pop()
            if name in live:
                continue
            if name in self.functions:
                live.add(name)
                todo.extend(referenced(self.functions[name], self.switches[name], assumed))
            elif name in self.classes:
                live.add(name)
                c = self.classes[name]
                todo += [*c.vtable, *c.slots.values(), c.base_symbol, *c.mixin_symbols]
        return live

    def cut_dead_arms(self, fn: o.FuncIR) -> None:
        """Each test for a dead class made false, its arm dropped, and the blocks
        nothing reaches any more removed."""
        sw = self.switches[fn.name]
        for bb in fn.blocks:
            for i, op in enumerate(bb.ops):
                if isinstance(op, o.Branch) and op in sw.arms and sw.arms[op][0] not in self.live:
                    needs = sw.arms[op][1]
                    bb.ops[i] = o.Goto(op.false if needs is op.true else op.true)
        dead = {addr for addr in sw.tested if addr.symbol not in self.live}
        folded: dict[o.Op, o.Op] = {sw.tested[a]: o.Const(sw.tested[a].dest, sw.tested[a].op == "ne") for a in dead}
        for bb in fn.blocks:
            bb.ops = [folded.get(op, op) for op in bb.ops if op not in dead]
        kept = set(reachable([fn.blocks[0]], block_successors))
        if len(kept) < len(fn.blocks):
            fn.blocks = [bb for bb in fn.blocks if bb in kept]
            for i, bb in enumerate(fn.blocks):   # the other passes number new blocks from len(blocks)
                bb.label = i
            fn.loops = [lp for lp in fn.loops if all(b in kept for b in (lp.pre, lp.head, lp.inc, lp.latch))]
            fn.whiles = [w for w in fn.whiles if w.pre in kept and w.head in kept]


def live_functions(m: o.ModuleIR, roots: Iterable[str] = ()) -> set[str]:
    """The names of the functions reachable from the exported ones and `roots`."""
    r = Reach(m, roots)
    return {f.name for f in m.functions if f.name in r.live}


def drop_unreachable(m: o.ModuleIR) -> None:
    r = Reach(m, ())
    m.functions = [f for f in m.functions if f.name in r.live]
    m.classes = [c for c in m.classes if c.symbol in r.live]
    for fn in m.functions:
        if fn.blocks and r.switches[fn.name].arms:
            r.cut_dead_arms(fn)
