"""Generated differential tests: random well-typed int/bool/str expressions.

Hypothesis draws a handful of typed locals and many printed expressions over
them (arithmetic, comparisons, boolean logic, conditional expressions, str
methods and slices, f-strings, min/max/abs).  Each program runs under CPython
(`unicc run --target python`, the oracle) and compiled; stdout must match byte
for byte.  A build is the expensive part, so one example holds many
expressions and there are few examples.

The locals come from the command line so the compiler cannot fold them away.
While drawing, every sub-expression is evaluated with Python itself, which
lets the generator keep ints well inside i64 (unicc raises OverflowError
where CPython grows a bignum -- a deliberate difference) and strings short:
a value out of range is wrapped in `% M` or a slice.  Divisors are guarded
with `(d or K)`, K a nonzero literal.  `==`/`in` between two constants gets
one side wrapped in str()/int(), since mypy --strict rejects comparing
distinct literals.  Each example also draws the -O level of its build.

Every print writes one line, so a failure names the first expressions whose
lines differ; hypothesis does not shrink (each step would be a build).

test_generated_program goes from expressions to whole programs: a few
fixed seeds of tests/gen_programs.py (classes with overriding, closures,
generators, exceptions in loops with finally, `with`, every assignment
target form, containers, str methods and formatting, the standard library),
each one build of several independent test functions.  The long run,
outside CI, is `python -m tests.gen_programs --count 2000 --jobs 1` (see
that module).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import BUILD_TIMEOUT, Result, Runner, diff, run, unicc
from gen_programs import check, generate
from unicc.targets import TARGETS

EXPRS_PER_PROGRAM = 40
INT_LIMIT = 1 << 31       # |every int sub-expression| stays below this...
MAX_STR = 24              # ...and every str sub-expression at most this long
MAX_DEPTH = 4
# No quotes or backslashes: literals must be usable inside f-string fields.
# Beyond ASCII only Latin-1, where the runtime's case mapping is exact.
ALPHABET = "abcAB xyz09-_.éßÉ"
INT_VARS = ("a", "b", "c")
STR_VARS = ("s", "t")
BOOL_VARS = ("p",)

Draw = Callable[[st.SearchStrategy[Any]], Any]


@dataclass
class Program:
    ints: list[int]
    strs: list[str]
    bools: list[bool]
    opt: str = "2"  # the -O level of the build: miscompiles may hide at one level
    exprs: list[str] = field(default_factory=list)

    @property
    def env(self) -> dict[str, object]:
        return {**dict(zip(INT_VARS, self.ints)), **dict(zip(STR_VARS, self.strs)),
                **dict(zip(BOOL_VARS, self.bools))}

    @property
    def args(self) -> list[str]:
        return [str(i) for i in self.ints] + self.strs + ["1" if b else "0" for b in self.bools]

    def source(self) -> str:
        lines = ["import sys", "", "", "def main() -> None:"]
        n = 1
        for name in INT_VARS:
            lines.append(f"    {name}: int = int(sys.argv[{n}])")
            n += 1
        for name in STR_VARS:
            lines.append(f"    {name}: str = sys.argv[{n}]")
            n += 1
        for name in BOOL_VARS:
            lines.append(f"    {name}: bool = sys.argv[{n}] == '1'")
            n += 1
        lines += [f"    print({e})" for e in self.exprs]
        return "\n".join(lines + ["", "", "main()", ""])


class Gen:
    """Draws typed expressions: each method returns source text whose value
    (under `env`) respects the int and str bounds."""

    def __init__(self, draw: Draw, env: dict[str, object]) -> None:
        self.draw = draw
        self.env = env

    def value(self, code: str) -> Any:
        return eval(code, {}, dict(self.env))  # noqa: S307 -- our own generated text

    def pick(self, options: list[Callable[[int, bool], str]], depth: int, in_f: bool) -> str:
        leaf_count = 2  # the first two options of each type are leaves
        hi = leaf_count - 1 if depth >= MAX_DEPTH else len(options) - 1
        return options[self.draw(st.integers(0, hi))](depth + 1, in_f)

    # ---- int
    def int_(self, depth: int = 0, in_f: bool = False) -> str:
        code = self.pick([self.int_var, self.int_lit, self.int_binop, self.int_div,
                          self.int_call, self.int_len, self.int_find, self.int_roundtrip,
                          self.int_cond, self.int_shift, self.int_neg], depth, in_f)
        v = self.value(code)
        if abs(v) >= INT_LIMIT:
            m = self.draw(st.sampled_from([1000003, 97, -1009, 65536]))
            code = f"({code} % {m})"
        return code

    def int_var(self, d: int, f: bool) -> str:
        return str(self.draw(st.sampled_from(INT_VARS)))

    def int_lit(self, d: int, f: bool) -> str:
        n = self.draw(st.one_of(st.integers(-20, 20), st.integers(-(1 << 30), 1 << 30)))
        return f"({n})" if n < 0 else str(n)

    def int_binop(self, d: int, f: bool) -> str:
        op = self.draw(st.sampled_from(["+", "-", "*", "&", "|", "^"]))
        return f"({self.int_(d, f)} {op} {self.int_(d, f)})"

    def int_div(self, d: int, f: bool) -> str:
        op = self.draw(st.sampled_from(["//", "%"]))
        k = self.draw(st.sampled_from([1, 2, 3, 7, -1, -2, -7, 10]))
        return f"({self.int_(d, f)} {op} ({self.int_(d, f)} or {k}))"

    def int_call(self, d: int, f: bool) -> str:
        fn = self.draw(st.sampled_from(["abs", "min", "max", "max3"]))
        if fn == "abs":
            return f"abs({self.int_(d, f)})"
        if fn == "max3":
            return f"max({self.int_(d, f)}, {self.int_(d, f)}, {self.int_(d, f)})"
        return f"{fn}({self.int_(d, f)}, {self.int_(d, f)})"

    def int_len(self, d: int, f: bool) -> str:
        return f"len({self.str_(d, f)})"

    def int_find(self, d: int, f: bool) -> str:
        return f"{self.str_(d, f)}.find({self.str_(d, f)})"

    def int_roundtrip(self, d: int, f: bool) -> str:
        return f"int(str({self.int_(d, f)}))"

    def int_cond(self, d: int, f: bool) -> str:
        return f"({self.int_(d, f)} if {self.bool_(d, f)} else {self.int_(d, f)})"

    def int_shift(self, d: int, f: bool) -> str:
        op = self.draw(st.sampled_from(["<<", ">>"]))
        return f"({self.int_(d, f)} {op} {self.draw(st.integers(0, 20))})"

    def int_neg(self, d: int, f: bool) -> str:
        return f"(-{self.int_(d, f)})"

    # ---- str
    def str_(self, depth: int = 0, in_f: bool = False) -> str:
        options: list[Callable[[int, bool], str]] = [
            self.str_var, self.str_lit, self.str_concat, self.str_slice, self.str_method,
            self.str_of_int, self.str_cond, self.str_minmax, self.str_index, self.str_repeat]
        if not in_f:  # an f-string inside an f-string field needs other quotes in 3.11
            options.append(self.str_fstring)
        code = self.pick(options, depth, in_f)
        if len(self.value(code)) > MAX_STR:
            code = f"{code}[:{self.draw(st.integers(0, MAX_STR))}]"
        return code

    def str_var(self, d: int, f: bool) -> str:
        return str(self.draw(st.sampled_from(STR_VARS)))

    def str_lit(self, d: int, f: bool) -> str:
        return repr(self.draw(st.text(ALPHABET, max_size=6)))

    def str_concat(self, d: int, f: bool) -> str:
        return f"({self.str_(d, f)} + {self.str_(d, f)})"

    def str_slice(self, d: int, f: bool) -> str:
        s = self.str_(d, f)
        lo = self.draw(st.one_of(st.none(), st.integers(-8, 8)))
        hi = self.draw(st.one_of(st.none(), st.integers(-8, 8)))
        step = self.draw(st.sampled_from([None, None, 1, 2, -1, -2, 3]))
        part = f"{'' if lo is None else lo}:{'' if hi is None else hi}"
        if step is not None:
            part += f":{step}"
        elif self.draw(st.booleans()):  # a computed bound
            part = f"{self.int_(d, f)}:{'' if hi is None else hi}"
        return f"{s}[{part}]"

    def str_method(self, d: int, f: bool) -> str:
        m = self.draw(st.sampled_from(["upper", "lower", "replace"]))
        if m == "replace":
            return f"{self.str_(d, f)}.replace({self.str_(d, f)}, {self.str_(d, f)})"
        return f"{self.str_(d, f)}.{m}()"

    def str_of_int(self, d: int, f: bool) -> str:
        return f"str({self.draw(st.sampled_from([self.int_, self.bool_]))(d, f)})"

    def str_cond(self, d: int, f: bool) -> str:
        return f"({self.str_(d, f)} if {self.bool_(d, f)} else {self.str_(d, f)})"

    def str_minmax(self, d: int, f: bool) -> str:
        fn = self.draw(st.sampled_from(["min", "max"]))
        return f"{fn}({self.str_(d, f)}, {self.str_(d, f)})"

    def str_index(self, d: int, f: bool) -> str:
        s = self.draw(st.sampled_from([self.str_var, self.str_lit]))(d, f)
        return f"({s} or 'q')[{self.int_(d, f)} % len({s} or 'q')]"

    def str_repeat(self, d: int, f: bool) -> str:
        return f"({self.str_(d, f)} * {self.draw(st.integers(-1, 3))})"

    def str_fstring(self, d: int, f: bool) -> str:
        parts: list[str] = []
        for _ in range(self.draw(st.integers(1, 3))):
            parts.append(self.draw(st.text("ab :|{}", max_size=3)).replace("{", "{{").replace("}", "}}"))
            if self.draw(st.booleans()):
                spec = self.draw(st.sampled_from(["", ":d", ":x", ":>8", ":>8d", ":<6", ":08x", ":^7", ":+d", ":#x", ":X"]))
                parts.append(f"{{{self.int_(d, True)}{spec}}}")
            else:
                spec = self.draw(st.sampled_from(["", ":>8", ":<5", ":^6"]))
                parts.append(f"{{{self.str_(d, True)}{spec}}}")
        return 'f"' + "".join(parts) + '"'

    # ---- bool
    def bool_(self, depth: int = 0, in_f: bool = False) -> str:
        return self.pick([self.bool_var, self.bool_lit, self.bool_cmp, self.bool_str_cmp,
                          self.bool_logic, self.bool_not, self.bool_in, self.bool_chain,
                          self.bool_affix],
                         depth, in_f)

    def bool_var(self, d: int, f: bool) -> str:
        return str(self.draw(st.sampled_from(BOOL_VARS)))

    def bool_lit(self, d: int, f: bool) -> str:
        return str(self.draw(st.booleans()))

    def constant(self, code: str) -> bool:
        try:
            eval(code, {}, {})  # noqa: S307
        except NameError:
            return False
        return True

    def compare(self, first: str, *rest: str) -> str:
        """A (chained) comparison `first op operand op operand ...`.  mypy
        --strict rejects `==`/`in` between two distinct literals
        (comparison-overlap): launder the left one through str() or int()."""
        operands, ops = [first, *rest[1::2]], list(rest[0::2])
        for i, op in enumerate(ops):
            if op in ("==", "!=", "in", "not in") and all(map(self.constant, operands[i:i + 2])):
                operands[i] = f"{type(self.value(operands[i])).__name__}({operands[i]})"
        return "(" + " ".join(x for pair in zip(operands, ops + [""]) for x in pair).strip() + ")"

    def bool_cmp(self, d: int, f: bool) -> str:
        op = self.draw(st.sampled_from(["<", "<=", "==", "!=", ">", ">="]))
        return self.compare(self.int_(d, f), op, self.int_(d, f))

    def bool_str_cmp(self, d: int, f: bool) -> str:
        op = self.draw(st.sampled_from(["<", "<=", "==", "!=", ">", ">="]))
        return self.compare(self.str_(d, f), op, self.str_(d, f))

    def bool_logic(self, d: int, f: bool) -> str:
        op = self.draw(st.sampled_from(["and", "or"]))
        return f"({self.bool_(d, f)} {op} {self.bool_(d, f)})"

    def bool_not(self, d: int, f: bool) -> str:
        return f"(not {self.bool_(d, f)})"

    def bool_in(self, d: int, f: bool) -> str:
        op = self.draw(st.sampled_from(["in", "not in"]))
        return self.compare(self.str_(d, f), op, self.str_(d, f))

    def bool_chain(self, d: int, f: bool) -> str:
        ops = self.draw(st.lists(st.sampled_from(["<", "<=", "==", "!=", ">"]), min_size=2, max_size=2))
        return self.compare(self.int_(d, f), ops[0], self.int_(d, f), ops[1], self.int_(d, f))

    def bool_affix(self, d: int, f: bool) -> str:
        m = self.draw(st.sampled_from(["startswith", "endswith"]))
        return f"{self.str_(d, f)}.{m}({self.str_(d, f)})"


@st.composite
def programs(draw: Draw) -> Program:
    ints = draw(st.lists(st.integers(-(1 << 30), 1 << 30), min_size=len(INT_VARS),
                         max_size=len(INT_VARS)))
    ints[0] = draw(st.sampled_from([0, 1, -1, ints[0]]))  # the edge cases of // and %
    strs = draw(st.lists(st.text("abcxyz AB0-é", max_size=8), min_size=len(STR_VARS),
                         max_size=len(STR_VARS)))
    prog = Program(ints, strs, draw(st.lists(st.booleans(), min_size=1, max_size=1)),
                   draw(st.sampled_from(["2", "0", "3", "s"])))
    gen = Gen(draw, prog.env)
    kinds = [gen.int_, gen.str_, gen.bool_]
    for i in range(EXPRS_PER_PROGRAM):
        prog.exprs.append(kinds[i % 3]())
    return prog


def run_both(target: str, prog: Program, tmp: Path) -> tuple[Result, Result]:
    src = tmp / "gen.py"
    src.write_text(prog.source())
    ref = unicc(["run", "--target", "python", str(src), "--", *prog.args], tmp, "reference run")
    if TARGETS[target].qemu:   # a guest: booted by `unicc run`
        return ref, unicc(["run", "--target", target, f"-O{prog.opt}", str(src), "--", *prog.args], tmp,
                          f"unicc run --target {target}", BUILD_TIMEOUT)
    built = unicc(["build", str(src), "--target", "unix", f"-O{prog.opt}", "-o", str(tmp / "gen")],
                  tmp, "build", BUILD_TIMEOUT)
    if built.status != 0:
        pytest.fail(f"build failed (exit {built.status}):\n{built.stderr.decode()[-3000:]}\n"
                    f"program (args {prog.args}):\n{prog.source()}")
    return ref, run([str(tmp / "gen"), *prog.args], tmp, "compiled program")


def explain(prog: Program, ref: Result, got: Result) -> str:
    """Name the first printed expressions whose lines differ: each print is one line."""
    want, have = ref.stdout.decode().split("\n"), got.stdout.decode("utf-8", "replace").split("\n")
    bad = [i for i in range(len(prog.exprs))
           if i >= len(have) or want[i] != have[i]][:5]
    lines = [f"args: {prog.args}, -O{prog.opt}"]
    for i in bad:
        shown = have[i] if i < len(have) else "<missing>"
        lines.append(f"print({prog.exprs[i]})\n  CPython:  {want[i]!r}\n  compiled: {shown!r}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def target(runner: Runner) -> str:
    """The first target of --target, as for the other suites but test_programs."""
    return runner.target


@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate],  # each example is a build: no shrinking
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(prog=programs())
def test_generated_expressions(prog: Program, target: str) -> None:
    with tempfile.TemporaryDirectory(prefix="unicc-gen-") as d:
        ref, got = run_both(target, prog, Path(d))
    assert ref.status == 0, f"reference failed:\n{ref.stderr.decode()}\n{prog.source()}"
    if got.stdout != ref.stdout or got.status != 0:
        pytest.fail(f"compiled output differs (exit {got.status}):\n{explain(prog, ref, got)}\n"
                    f"diff:\n{diff(ref.stdout, got.stdout)}\nstderr:\n{got.stderr.decode()[-1500:]}")


# (seed, -O level, test functions): about 14 s of CPU each (the standard
# library modules a program imports cost 6 s of it)
PROGRAM_SEEDS = [(1, "2", 8), (2, "0", 8), (3, "s", 8)]


@pytest.mark.parametrize("seed,opt,tests", PROGRAM_SEEDS)
def test_generated_program(seed: int, opt: str, tests: int, target: str, tmp_path: Path) -> None:
    if target != "unix":
        pytest.skip("generated programs run natively")
    res = check(generate(seed, tests=tests), tmp_path, opt, BUILD_TIMEOUT)
    if res.kind != "same":
        pytest.fail(f"{res.kind}: {res.detail}\nthe program: "
                    f"python -m tests.gen_programs --print --start {seed} --tests {tests}")
