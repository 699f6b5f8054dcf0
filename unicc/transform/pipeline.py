"""The passes over the finished IR, as data, and the function that runs them.

The driver runs them between the builder (irbuild/) and the backend; the IR
tests (tests/test_ir.py) run them one at a time to see what each changes.
With `check` (BuildOptions.check_ir, or UNICC_CHECK_IR=1 in the environment)
the IR checker (ir/check.py) runs on the builder's output and after every
pass, naming the pass that broke an invariant.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from unicc.ir import ops as o
from unicc.ir.check import verify
from unicc.transform.escape import allocate_in_frames
from unicc.transform.numtags import keep_ints
from unicc.transform.reachable import drop_unreachable
from unicc.transform.tailcalls import accumulate_tail_calls
from unicc.transform.versioning import version_program


@dataclass(frozen=True)
class Pass:
    name: str
    run: Callable[[o.ModuleIR], None]   # rewrites the module in place


def per_function(rewrite: Callable[[o.FuncIR], None]) -> Callable[[o.ModuleIR], None]:
    """A pass that looks at one function at a time."""
    def run(m: o.ModuleIR) -> None:
        for fn in m.functions:
            rewrite(fn)
    return run


def whole_program(rewrite: Callable[[list[o.FuncIR]], None]) -> Callable[[o.ModuleIR], None]:
    """A pass that looks at all the functions together."""
    def run(m: o.ModuleIR) -> None:
        rewrite(m.functions)
    return run


# reachable runs first: the others need not look at what it drops.  escape
# runs last: it must see the loops the others make (an object made in the
# loop tailcalls makes of a recursion cannot live in the frame).
PASSES = [
    Pass("reachable", drop_unreachable),
    Pass("numtags", keep_ints),
    Pass("tailcalls", per_function(accumulate_tail_calls)),
    Pass("versioning", whole_program(version_program)),
    Pass("escape", whole_program(allocate_in_frames)),
]

CHECK_ENV = "UNICC_CHECK_IR"


def check_requested() -> bool:
    return os.environ.get(CHECK_ENV, "") not in ("", "0")


def run_passes(m: o.ModuleIR, check: bool | None = None, dce: bool = True) -> None:
    """Run every pass over m in order; check: run the IR checker on the
    builder's output and after each pass (default: as UNICC_CHECK_IR says)."""
    if check is None:
        check = check_requested()
    if check:
        verify(m, "the builder")
    for p in PASSES:
        if dce or p.name != "reachable":   # the standard build (--no-dce) keeps every function
            p.run(m)
        if check:
            verify(m, f"pass {p.name}")
