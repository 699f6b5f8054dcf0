"""IR-level tests of the compiler's middle, data-driven as mypyc's
test-data/irbuild-*.test:

- tests/ir/builder-*.test: each `[case NAME]` is a program; `[out]` is the IR
  the builder makes of its __main__ functions (before the passes; the
  module's top level and unicc_main are left out).
- tests/ir/pass-NAME.test: programs on which pass NAME fires: `[before]` is
  the IR the pass is given (the builder's, through the passes before it in
  transform/pipeline.py but reachable, since the cases define functions they
  never call), `[after]` what the pass makes of it.  The test
  fails when the pass changes nothing (it stopped firing) or changes it
  otherwise.
- The IR checker (ir/check.py) on hand-made broken functions it must
  reject.  (It runs on every program of tests/programs after the builder and
  after each pass in test_programs.py's unix builds, UNICC_CHECK_IR=1.)

`UNICC_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_ir.py` rewrites
the [out], [before] and [after] sections from what the compiler makes now
(review the diff before committing it).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import pytest


from unicc.config import configure
from unicc.driver import check_program
from unicc.frontend.validate import validate
from unicc.ir import ops as o
from unicc.ir.check import check_module, verify
from unicc.ir.pprint import format_func
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, VOID, RType
from unicc.irbuild.module import build_program
from unicc.targets import TARGETS
from unicc.transform.pipeline import PASSES

HERE = Path(__file__).resolve().parent
DATA = HERE / "ir"
UPDATE = os.environ.get("UNICC_UPDATE_GOLDEN", "") not in ("", "0")
HIDDEN = ("__main__.<module>", "unicc_main")   # the same in every case


# ---- the .test files --------------------------------------------------------

@dataclass
class Case:
    path: Path
    name: str
    source: str
    sections: dict[str, str]   # out / before / after -> expected text

    def __str__(self) -> str:
        return f"{self.path.stem}::{self.name}"


HEADER = re.compile(r"^\[(case) (\S+)\]$|^\[(out|before|after)\]$", re.M)


def parse(path: Path) -> list[Case]:
    text = path.read_text()
    marks = list(HEADER.finditer(text))
    cases: list[Case] = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        body = text[m.end() + 1: nxt.start() if nxt else len(text)].rstrip("\n")
        if m.group(1):
            cases.append(Case(path, m.group(2), body + "\n", {}))
        else:
            cases[-1].sections[m.group(3)] = body + "\n" if body else ""
    return cases


def render(cases: list[Case], preamble: str) -> str:
    out = [preamble] if preamble else []
    for c in cases:
        out.append(f"[case {c.name}]\n{c.source}")
        out += [f"[{k}]\n{v}" for k, v in c.sections.items()]
    return "\n".join(out)


def update(case: Case, key: str, got: str) -> None:
    """Rewrite one section of the case's file (UNICC_UPDATE_GOLDEN)."""
    text = case.path.read_text()
    first = HEADER.search(text)
    preamble = text[:first.start()].rstrip("\n") + "\n" if first and first.start() else ""
    cases = parse(case.path)
    for c in cases:
        if c.name == case.name:
            c.sections[key] = got
    case.path.write_text(render(cases, preamble))


def expect(case: Case, key: str, got: str) -> None:
    if UPDATE:
        update(case, key, got)
    else:
        assert got == case.sections.get(key), f"{case} [{key}] differs (UNICC_UPDATE_GOLDEN=1 rewrites it)"


def cases(pattern: str) -> list[Case]:
    return [c for p in sorted(DATA.glob(pattern)) for c in parse(p)]


# ---- compiling --------------------------------------------------------------

def compile_ir(entry: Path) -> o.ModuleIR:
    """The builder's IR of a program (one mypy check)."""
    prog = check_program(entry, configure(entry, TARGETS["unix"], {}))
    validate(prog)
    return build_program(prog.types, prog.modules)


def source_ir(case: Case, tmp_path: Path) -> o.ModuleIR:
    entry = tmp_path / "main.py"
    entry.write_text(case.source)
    return compile_ir(entry)


def shown(m: o.ModuleIR, tmp_path: Path) -> str:
    """The IR of the program's own functions (its path, in tracebacks, as main.py)."""
    fns = [f for f in m.functions if f.module == "__main__" and f.name not in HIDDEN]
    text = "\n\n".join(format_func(f) for f in fns) + "\n"
    return text.replace(str(tmp_path.resolve() / "main.py"), "main.py")


# ---- builder and pass goldens -----------------------------------------------

@pytest.mark.parametrize("case", cases("builder-*.test"), ids=str)
def test_builder(case: Case, tmp_path: Path) -> None:
    m = source_ir(case, tmp_path)
    verify(m, "the builder")
    expect(case, "out", shown(m, tmp_path))


def pass_cases() -> list[Case]:
    found = cases("pass-*.test")
    names = {p.name for p in PASSES}
    for c in found:
        assert c.path.stem.removeprefix("pass-") in names, f"{c.path.name}: no such pass"
    return found


@pytest.mark.parametrize("case", pass_cases(), ids=str)
def test_pass(case: Case, tmp_path: Path) -> None:
    name = case.path.stem.removeprefix("pass-")
    m = source_ir(case, tmp_path)
    for p in PASSES:
        if p.name == name:
            break
        if p.name != "reachable":   # the cases define functions they never call
            p.run(m)
    before = shown(m, tmp_path)
    p.run(m)
    verify(m, f"pass {p.name}")
    after = shown(m, tmp_path)
    assert after != before, f"{case}: pass {name} did not change the IR"
    expect(case, "before", before)
    expect(case, "after", after)


def test_every_pass_has_cases() -> None:
    tested = {c.path.stem.removeprefix("pass-") for c in pass_cases()}
    assert tested == {p.name for p in PASSES}


# ---- the checker --------------------------------------------------------------

def test_every_op_in_union() -> None:
    """AnyOp, which every switch over ops covers, lists every op."""
    def subclasses(c: type) -> set[type]:
        found: set[type] = set()
        direct: list[type] = c.__subclasses__()
        for d in direct:
            found |= {d} | subclasses(d)
        return found
    assert subclasses(o.Op) == set(get_args(o.AnyOp))


def function(ret: RType = I64, params: int = 1) -> tuple[o.FuncIR, list[o.Register]]:
    """A function f(p0...) with the registers r0..r3 of types i64, i64, bool, f64."""
    regs = [o.Register(f"p{i}", I64) for i in range(params)]
    regs += [o.Register(f"r{i}", t) for i, t in enumerate([I64, I64, BOOL, F64])]
    fn = o.FuncIR("f", regs[:params], ret, registers=list(regs))
    return fn, regs[params:]


def problems(*fns: o.FuncIR) -> str:
    return "\n".join(check_module(o.ModuleIR(functions=list(fns))))


def test_checker_accepts_wellformed() -> None:
    fn, (r0, r1, c, _) = function()
    entry, yes, no = (o.BasicBlock(i) for i in range(3))
    fn.blocks = [entry, yes, no]
    entry.ops = [o.Const(r0, 1), o.Binary(c, "lt", fn.params[0], r0), o.Branch(c, yes, no)]
    yes.ops = [o.Binary(r1, "add", fn.params[0], r0), o.CheckExc(no, no)]
    no.ops = [o.Return(fn.params[0])]
    assert problems(fn) == ""


def broken() -> list[tuple[str, o.FuncIR | list[o.FuncIR]]]:
    """Hand-made functions, each with one fault, and what the checker says."""
    out: list[tuple[str, o.FuncIR | list[o.FuncIR]]] = []

    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.Const(r0, 1)])]
    out.append(("L0 does not end with a terminator", fn))

    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.Return(r0), o.Const(r0, 1), o.Return(r0)])]
    out.append(("L0 has a terminator before its end", fn))

    fn, _ = function()
    elsewhere = o.BasicBlock(0, [o.Return(fn.params[0])])
    fn.blocks = [o.BasicBlock(0, [o.Goto(elsewhere)])]
    out.append(("a block of another function", fn))

    fn, _ = function()
    fn.blocks = [o.BasicBlock(0, [o.Goto(o.BasicBlock(1))]), o.BasicBlock(0, [o.Return(fn.params[0])])]
    out.append(("label L0 used twice", fn))

    fn, (r0, r1, c, _) = function()
    a, b, join = o.BasicBlock(0), o.BasicBlock(1), o.BasicBlock(2)
    fn.blocks = [a, b, join]
    a.ops = [o.Binary(c, "eq", fn.params[0], fn.params[0]), o.Branch(c, b, join)]
    b.ops = [o.Const(r0, 1), o.Goto(join)]
    join.ops = [o.Return(r0)]   # not written on the path a -> join
    out.append(("%r0 may be read before it is written", fn))

    fn, (r0, *_) = function()
    stranger = o.Register("stranger", I64)
    fn.blocks = [o.BasicBlock(0, [o.Assign(r0, stranger), o.Return(r0)])]
    out.append(("%stranger is not a register of the function", fn))

    fn, (r0, _, _, f) = function()
    fn.blocks = [o.BasicBlock(0, [o.Const(f, 1.5), o.Binary(r0, "add", fn.params[0], f), o.Return(r0)])]
    out.append(("Binary: add of i64 and f64 to i64", fn))

    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.Binary(r0, "pow", fn.params[0], fn.params[0]), o.Return(r0)])]
    out.append(("Binary: unknown operator pow", fn))

    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.Const(r0, o.StrConst("text")), o.Return(r0)])]
    out.append(("Const: StrConst constant in a i64 register", fn))

    fn, (r0, _, _, _) = function()
    yes = o.BasicBlock(1, [o.Return(r0)])
    fn.blocks = [o.BasicBlock(0, [o.Const(r0, 1), o.Branch(r0, yes, yes)]), yes]
    out.append(("Branch: tests a i64", fn))

    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.Call(r0, "nowhere", []), o.Return(r0)])]
    out.append(("Call: unknown function nowhere", fn))

    callee, _ = function(params=2)
    callee.name = "g"
    callee.blocks = [o.BasicBlock(0, [o.Return(callee.params[0])])]
    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.Call(r0, "g", [fn.params[0]]), o.Return(r0)])]
    out.append(("Call: g takes (i64, i64), given (i64)", [fn, callee]))

    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.CallRT(r0, "printf", []), o.Return(r0)])]
    out.append(("printf is neither a runtime function nor an @extern symbol", fn))

    fn, _ = function()
    fn.blocks = [o.BasicBlock(0, [o.Return(None)])]
    out.append(("Return: no value from a function returning i64", fn))

    fn, (r0, *_) = function()
    fn.blocks = [o.BasicBlock(0, [o.GetField(r0, fn.params[0], 0), o.Return(r0)])]
    out.append(("GetField: field 0 of a i64", fn))

    fn, (_, _, c, _) = function(VOID)
    fn.blocks = [o.BasicBlock(0, [o.Convert(c, fn.params[0]), o.GetGlobal(c, "mod.flag"), o.Return(None)])]
    out.append(("GetGlobal: global mod.flag (None) as bool", fn))

    fn, _ = function(VOID)
    obj = o.Register("obj", OBJ)
    fn.registers.append(obj)
    fn.blocks = [o.BasicBlock(0, [o.StackObject(obj, "type.C", 12), o.Return(None)])]
    out.append(("StackObject: 12 bytes into a obj", fn))

    fn, _ = function()
    fn.blocks = []
    out.append(("f: no blocks", fn))
    return out


@pytest.mark.parametrize("message,fns", broken(), ids=[m for m, _ in broken()])
def test_checker_rejects(message: str, fns: o.FuncIR | list[o.FuncIR]) -> None:
    found = problems(*(fns if isinstance(fns, list) else [fns]))
    assert message in found, found
