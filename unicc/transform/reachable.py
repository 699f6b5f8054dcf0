"""Drop the functions no live code can reach, before anything else looks at them.

The builder lowers every function of every module the program imports, so
`import math` brings a few hundred functions when the program calls one.
LLVM would delete the unused ones too, but only late in its pipeline, after
parsing and optimising each: dropping them here is most of the compile time
such a program costs.  Roots are the exported functions (the entry and the
runtime's callbacks) and every method and slot of every class (classes stay
whole: a descriptor names all of its methods); a function is live when a
live function calls it or takes its address.
"""

from __future__ import annotations

from collections.abc import Iterable

from unicc.ir import ops as o


def referenced(fn: o.FuncIR) -> set[str]:
    """The symbols fn calls directly or takes the address of."""
    names: set[str] = set()
    for bb in fn.blocks:
        for op in bb.ops:
            if isinstance(op, o.Call):
                names.add(op.func)
            elif isinstance(op, o.AddrOf):
                names.add(op.symbol)
    return names


def live_functions(m: o.ModuleIR, roots: Iterable[str] = ()) -> set[str]:
    """The names of the functions reachable from the roots above and `roots`."""
    by_name = {f.name: f for f in m.functions}
    todo = [f.name for f in m.functions if f.exported] + list(roots)
    todo += [f for c in m.classes for f in c.vtable] + [f for c in m.classes for f in c.slots.values()]
    live: set[str] = set()
    while todo:
        name = todo.pop()
        if name in live or name not in by_name:
            continue
        live.add(name)
        todo.extend(referenced(by_name[name]))
    return live


def drop_unreachable(m: o.ModuleIR) -> None:
    live = live_functions(m)
    m.functions = [f for f in m.functions if f.name in live]
