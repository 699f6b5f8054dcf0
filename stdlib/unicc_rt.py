"""Functions implemented by the C runtime: the one door from the subset to C.

A function decorated with `@extern("rt_symbol")` is compiled as a call to
the C function `rt_symbol` with the same parameters (each one word: int,
bool, fixed-width int, float, or an object pointer) and result.  Under
CPython the decorator changes nothing: the body is the reference
implementation, written in ordinary Python (it may import any CPython
module, since unicc neither validates nor compiles it).  A symbol the
target's runtime does not define is an error at the decorated function.

Keep the C side tiny: only what the subset cannot reach (clocks, halting
the CPU, hypercalls, device registers) belongs there.
"""

from __future__ import annotations

from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable[..., object])


def extern(symbol: str) -> Callable[[F], F]:
    """Mark a module-level function as implemented by the runtime's `symbol`."""
    def mark(f: F) -> F:
        return f
    return mark


def lowered(f: F) -> F:
    """Mark a module-level function whose calls the compiler lowers itself
    (irbuild/builtin_funcs.py): its signature is what mypy checks calls
    against (it may take *args), its body is never compiled."""
    return f
