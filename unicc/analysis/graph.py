"""Cycles in a directed graph given by a successor function: the one helper
for loops in a function's blocks and recursion in the call graph.

Iterative (Tarjan's strongly connected components): a function may have
thousands of blocks, deeper than Python's recursion limit.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

N = TypeVar("N", bound=Hashable)


def reachable(roots: Iterable[N], succ: Callable[[N], Iterable[N]]) -> list[N]:
    """The nodes reachable from roots (roots included), in the order first met."""
    seen: dict[N, None] = {}
    work = list(roots)[::-1]
    while work:
        n = work.pop()
        if n not in seen:
            seen[n] = None
            work += list(succ(n))[::-1]
    return list(seen)


def on_cycles(nodes: Iterable[N], succ: Callable[[N], Iterable[N]]) -> set[N]:
    """The nodes that lie on a cycle through `nodes` only (successors outside
    them are ignored): a node that reaches itself."""
    members = list(nodes)
    inside = set(members)
    index: dict[N, int] = {}
    low: dict[N, int] = {}
    stack: list[N] = []
    on_stack: set[N] = set()
    out: set[N] = set()

    def edges(n: N) -> list[N]:
        return [s for s in succ(n) if s in inside]

    for root in members:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(edges(root)))]
        while work:
            n, it = work[-1]
            s = next(it, None)
            if s is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[n])
                if low[n] == index[n]:   # n roots a component: pop it
                    comp = []
                    while True:
                        m = stack.pop()
                        on_stack.discard(m)
                        comp.append(m)
                        if m == n:
                            break
                    if len(comp) > 1 or n in edges(n):
                        out.update(comp)
            elif s not in index:
                index[s] = low[s] = len(index)
                stack.append(s)
                on_stack.add(s)
                work.append((s, iter(edges(s))))
            elif s in on_stack:
                low[n] = min(low[n], index[s])
    return out
