"""Generated whole programs for the differential test, and its long run.

`generate(seed)` writes one program from a seeded `random.Random`: a few
module-level pieces (exception classes, a class hierarchy with overridden
methods, a context-manager class, helper functions with defaults and
keyword-only parameters, generator functions) and TESTS_PER_PROGRAM
independent test functions, each run by `run()`, which prints the test's
name and, when it raises, the exception's type name and message, and goes
on.  The bodies are statements over a fixed set of typed locals declared at
the top of each test (so every name is definitely assigned and mypy --strict
sees one type per name): assignments of every target form, augmented
assignments, if/while/for with break/continue/else, try/except/else/finally
with raises inside loops, `with` (two managers too), closures (`nonlocal` too; lambdas made in a
loop, late-bound or capturing a default), container and str methods, %
formatting and format specs (floats too), the standard library (collections
deque/defaultdict/Counter, heapq, bisect, itertools, functools.reduce, math
on bounded ints and floats), functions whose mutable defaults keep state
across calls, generators with `yield from` (its value too), and print() of
the values as they change.  Feature statements (s_feat, the `features`
flag) add what users write besides: live dict views, dataclasses (frozen,
order, defaults, asdict, replace), Enum/IntEnum, NamedTuple, TypedDict,
match (literal, class, sequence and mapping patterns with guards),
try/finally with return inside, nested generators, *args/**kwargs calls,
defaults evaluated once, Optional/union narrowing and `:=`, a class with a
property, classmethod, staticmethod and operator dunders, conversions and
format specs, str.format, sorted with a key, slices with steps on
list/str/bytes, bytearray, int.to_bytes, a cached recursive function.  A test body is a few parts, all but the last
under `try/except Exception`, so an early exception leaves the rest running.

Types are tracked while generating, so a program passes mypy --strict.  Ints
are bounded by construction rather than by evaluation: every int expression
carries a bound on its magnitude, operands are reduced with `% K` above
INT_LIMIT (2**31), so no product or sum leaves the i64 range (unicc's int is
64-bit by policy, docs/language.md); a growing augmented assignment
(`x += e`, `x *= e`, ...) is followed by `x %= K`.  Loops run a few times
only, so strs and lists stay short.

Constructs that expose a known difference or rejection stay in the
generator behind a named flag in FLAGS (off by default): switch one on with
`--enable NAME` once its bug is fixed.

Long run (not part of CI):
    python -m tests.gen_programs --count 2000 --jobs 1 --out /tmp/gen-diffs
compiles and runs each program under CPython and unicc, prints a summary,
and writes each differing program (and, minimised, `NAME.min.py`) to --out.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS_PER_PROGRAM = 30
INT_LIMIT = 1 << 31        # every int variable, field and item stays below this
LEN_LIMIT = 10_000         # a bound on len() and str.find()/count() results
MODULI = [1000003, 97, -1009, 65536, 7, -3, 2147483647]

# Named constructs that expose a known difference or a rejection: off by
# default, each with its reproducer in the report / docs.
FLAGS: dict[str, bool] = {
    "starred": True,   # `a, *b = xs`
    # statements over dict views, dataclasses, enums, NamedTuple, TypedDict,
    # match, try/finally with return, nested generators, *args/**kwargs,
    # conversions and format specs, sorted keys, slices with steps (s_feat)
    "features": True,
    # itertools.accumulate(xs, max) (fixed in session 11)
    "accumulate_builtin": True,
    # heapq.nsmallest(2, xs, key=abs) (fixed in session 14)
    "generic_key_abs": True,
}

INT, STR, BOOL = "int", "str", "bool"
LINT, LSTR, DICT, SET, TUP, OBJ, PAIRS = (
    "list[int]", "list[str]", "dict[str, int]", "set[int]", "tuple[int, str]", "K0",
    "list[tuple[int, str]]")
# the locals every test function declares, by type
LOCALS: dict[str, str] = {
    "i0": INT, "i1": INT, "i2": INT, "s0": STR, "s1": STR, "b0": BOOL,
    "l0": LINT, "l1": LSTR, "d0": DICT, "z0": SET, "t0": TUP, "o0": OBJ, "o1": OBJ, "p0": PAIRS,
}
WORDS = ["", "a", "ab", "b", "abc", "x y", "Hello", "é", "ß", "-1", "42", "a,b", " pad ", "ZZ", "q_q"]
EXC_HANDLERS = ["E1", "E0", "ValueError", "ZeroDivisionError", "IndexError", "KeyError",
                "LookupError", "ArithmeticError", "Exception"]


@dataclass
class E:
    code: str
    bound: int = 0     # int: a bound on |value|; str/list: a bound on len()


@dataclass
class Scope:
    vars: dict[str, str]
    locked: set[str] = field(default_factory=set)  # containers a loop iterates over
    loop: bool = False       # break/continue allowed
    ret: str | None = None   # the function's return type ("None" for tests)
    depth: int = 0           # statement nesting
    loops: int = 0           # loop nesting (keeps the iteration count small)
    func: str = ""           # "test", "helper", "method", "closure", "gen"

    def child(self, **kw: object) -> Scope:
        s = Scope(dict(self.vars), set(self.locked), self.loop, self.ret, self.depth + 1,
                  self.loops, self.func)
        for k, v in kw.items():
            setattr(s, k, v)
        return s

    def of(self, t: str) -> list[str]:
        return [n for n, ty in self.vars.items() if ty == t]


class Gen:
    def __init__(self, seed: int, flags: dict[str, bool]) -> None:
        self.r = random.Random(seed)
        self.flags = flags
        self.fresh_n = 0
        self.helpers: list[tuple[str, list[tuple[str, str, str | None]], str]] = []  # name, params, ret
        self.gens: list[str] = []
        self.assigning = False

    # ---------------------------------------------------------------- utils
    def fresh(self, prefix: str) -> str:
        self.fresh_n += 1
        return f"{prefix}{self.fresh_n}"

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, xs: list[str]) -> str:
        return self.r.choice(xs)

    def small(self) -> int:
        return self.r.choice([0, 1, 2, 3, -1, -2, 5, 7, 10, -7, 13, 100, -100, 255, 1 << 20,
                              -(1 << 20), INT_LIMIT - 1, -(INT_LIMIT - 1), 123456789])

    @staticmethod
    def lit(n: int) -> str:
        return f"({n})" if n < 0 else str(n)

    def fit(self, e: E, limit: int = INT_LIMIT) -> E:
        if e.bound < limit:
            return e
        m = self.r.choice(MODULI)
        return E(f"({e.code} % {self.lit(m)})", abs(m))

    def fit_len(self, e: E, limit: int) -> E:
        if e.bound <= limit:
            return e
        n = self.r.randint(0, 12)
        return E(f"{self.paren(e.code)}[:{n}]", n)

    @staticmethod
    def paren(code: str) -> str:
        return code if code.isidentifier() or code.endswith(("]", ")")) and not code.startswith("(") \
            else f"({code})"

    @staticmethod
    def constant(code: str) -> bool:
        try:
            compile(code, "<e>", "eval")
            eval(code, {"__builtins__": {}}, {})  # noqa: S307 -- our own text
        except Exception:
            return False
        return True

    # ----------------------------------------------------------- expressions
    def expr(self, t: str, sc: Scope, d: int = 0) -> E:
        fn = {INT: self.int_, STR: self.str_, BOOL: self.bool_, LINT: self.lint, LSTR: self.lstr,
              DICT: self.dict_, SET: self.set_, TUP: self.tup, OBJ: self.obj, PAIRS: self.pairs}[t]
        return fn(sc, d)

    def var(self, t: str, sc: Scope) -> str | None:
        names = sc.of(t)
        return self.pick(names) if names else None

    def leafy(self, d: int) -> bool:
        return d >= 3 or self.chance(0.3)

    def int_(self, sc: Scope, d: int = 0) -> E:
        v = self.var(INT, sc)
        if self.leafy(d):
            if v is not None and self.chance(0.7):
                return E(v, INT_LIMIT)
            n = self.small()
            return E(self.lit(n), abs(n) + 1)
        k = self.r.randint(0, 23)
        if k >= 22:
            return self.int_std(sc, d)

        def sub() -> E:
            return self.fit(self.int_(sc, d + 1))
        if k <= 3:
            a, b = sub(), sub()
            op = self.pick(["+", "-", "*", "+", "-"])
            bound = a.bound * b.bound if op == "*" else a.bound + b.bound
            return E(f"({a.code} {op} {b.code})", bound)
        if k <= 5:
            a, b = sub(), sub()
            op = self.pick(["//", "%"])
            if self.chance(0.6) and not self.constant(b.code):   # `5 or 2`: mypy finds `2` unreachable
                kk = self.pick(["1", "2", "3", "7", "(-1)", "(-2)", "(-7)", "10"])
                return E(f"({a.code} {op} ({b.code} or {kk}))", max(a.bound, b.bound, 11))
            return E(f"({a.code} {op} {b.code})", max(a.bound, b.bound))
        if k == 6:
            a, b = sub(), sub()
            op = self.pick(["&", "|", "^"])
            return E(f"({a.code} {op} {b.code})", 2 * max(a.bound, b.bound))
        if k == 7:
            a = sub()
            s = self.r.randint(0, 20)
            if self.chance(0.5):
                return E(f"({a.code} << {s})", a.bound << s)
            return E(f"({a.code} >> {s})", a.bound)
        if k == 8:
            a = sub()
            return E(f"(-{a.code})", a.bound)
        if k == 9:
            fn = self.pick(["abs", "min", "max"])
            if fn == "abs":
                a = sub()
                return E(f"abs({a.code})", a.bound)
            a, b = sub(), sub()
            return E(f"{fn}({a.code}, {b.code})", max(a.bound, b.bound))
        if k == 10:
            x = self.pick([STR, LINT, LSTR, DICT, SET, PAIRS])
            return E(f"len({self.expr(x, sc, d + 1).code})", LEN_LIMIT)
        if k == 11:
            s1, s2 = self.str_(sc, d + 1), self.str_(sc, d + 1)
            m = self.pick(["find", "count", "rfind"])
            return E(f"{self.paren(s1.code)}.{m}({s2.code})", LEN_LIMIT)
        if k == 12:
            c, a, b = self.bool_(sc, d + 1), sub(), sub()
            return E(f"({a.code} if {c.code} else {b.code})", max(a.bound, b.bound))
        if k == 13:  # an item of a list of ints
            lv = self.var(LINT, sc)
            if lv is None:
                return sub()
            ix = sub()
            form = self.r.randint(0, 3)
            if form == 0:
                return E(f"{lv}[{ix.code} % (len({lv}) or 1)]", INT_LIMIT)
            if form == 1:
                return E(f"{lv}[{self.r.randint(-3, 3)}]", INT_LIMIT)
            if form == 2:
                return E(f"sum({lv})", LEN_LIMIT * INT_LIMIT)
            return E(f"{self.pick(['max', 'min'])}({lv})", INT_LIMIT)
        if k == 14:
            dv = self.var(DICT, sc)
            if dv is None:
                return sub()
            key = self.str_(sc, d + 1)
            if self.chance(0.5):
                return E(f"{dv}.get({key.code}, {self.r.randint(-3, 3)})", INT_LIMIT)
            return E(f"{dv}[{key.code}]", INT_LIMIT)
        if k == 15:
            tv = self.var(TUP, sc)
            if tv is None:
                return sub()
            return E(f"{tv}[0]", INT_LIMIT)
        if k == 16:
            ov = self.var(OBJ, sc)
            if ov is None:
                return sub()
            if self.chance(0.5):
                return E(f"{ov}.n", INT_LIMIT)
            return E(f"{ov}.f({sub().code})", INT_LIMIT)
        if k == 17 and self.helpers and sc.func != "helper":
            return self.call_helper(INT, sc, d)
        if k == 18:
            a = sub()
            return E(f"int(str({a.code}))", a.bound)
        if k == 19 and self.gens:
            g = self.pick(self.gens)
            return E(f"sum({g}({self.r.randint(0, 5)}, {self.str_(sc, d + 1).code}))", 100 * INT_LIMIT)
        if k == 20:
            return E(f"ord({self.str_(sc, d + 1).code}[0:1] or 'z')", 0x110000)
        if k == 21:
            s1 = self.str_(sc, d + 1)
            p = f"{self.paren(s1.code)}[:9]"
            return E(f"(int({p}) if {p}.isdigit() else {self.r.randint(-9, 9)})", 10 ** 9)
        return sub()

    def call_helper(self, ret: str, sc: Scope, d: int) -> E:
        cands = [h for h in self.helpers if h[2] == ret]
        if not cands:
            return self.expr(ret, sc, d + 1) if d < 4 else E('"h"', 1) if ret == STR else E("0", 1)
        name, params, _ = self.r.choice(cands)
        pos: list[str] = []
        kws: list[str] = []
        named = False   # once one is skipped or named, the rest are named
        for pn, pt, default in params:
            if default is not None and self.chance(0.4):
                named = True
                continue
            val = self.fit(self.expr(pt, sc, d + 1)) if pt == INT else self.expr(pt, sc, d + 1)
            if pn.startswith("k") or named or self.chance(0.25):
                named = True
                kws.append(f"{pn}={val.code}")
            else:
                pos.append(val.code)
        if len(kws) > 1 and self.chance(0.5):
            self.r.shuffle(kws)
        return E(f"{name}({', '.join(pos + kws)})", INT_LIMIT if ret == INT else 60)

    def str_(self, sc: Scope, d: int = 0) -> E:
        e = self._str(sc, d)
        return self.fit_len(e, 60)

    def _str(self, sc: Scope, d: int) -> E:
        v = self.var(STR, sc)
        if self.leafy(d):
            if v is not None and self.chance(0.6):
                return E(v, 200)
            w = self.pick(WORDS)
            return E(repr(w), len(w))
        k = self.r.randint(0, 19)
        if k >= 18:
            return self.str_std(sc, d)
        if k <= 1:
            a, b = self.str_(sc, d + 1), self.str_(sc, d + 1)
            return E(f"({a.code} + {b.code})", a.bound + b.bound)
        if k == 2:
            a = self.str_(sc, d + 1)
            lo = self.pick(["", "1", "-2", "2", "0"])
            hi = self.pick(["", "3", "-1", "5"])
            st = self.pick(["", "", ":2", ":-1", ":-2"])
            return E(f"{self.paren(a.code)}[{lo}:{hi}{st}]", a.bound)
        if k == 3:
            a = self.str_(sc, d + 1)
            m = self.pick(["upper", "lower", "strip", "title", "swapcase", "capitalize", "lstrip",
                           "rstrip"])
            return E(f"{self.paren(a.code)}.{m}()", a.bound * 2)
        if k == 4:
            a, b, c = self.str_(sc, d + 1), self.str_(sc, d + 1), self.str_(sc, d + 1)
            if b.code in ("''", '""'):
                b = E("'a'", 1)
            return E(f"{self.paren(a.code)}.replace({b.code}, {c.code})", a.bound * (c.bound + 1) + c.bound)
        if k == 5:
            a = self.fit(self.int_(sc, d + 1))
            return E(f"str({a.code})", 21)
        if k == 6:
            a = self.str_(sc, d + 1)
            m = self.pick(["zfill", "center", "ljust", "rjust"])
            n = self.r.randint(0, 9)
            return E(f"{self.paren(a.code)}.{m}({n})", a.bound + n)
        if k == 7:
            lv = self.var(LSTR, sc)
            if lv is None:
                return self.str_(sc, d + 1)
            sep = self.pick(["''", "','", "' '", "'-'"])
            return E(f"{sep}.join({lv})", 4000)
        if k == 8:
            a, c = self.str_(sc, d + 1), self.bool_(sc, d + 1)
            b = self.str_(sc, d + 1)
            return E(f"({a.code} if {c.code} else {b.code})", max(a.bound, b.bound))
        if k == 9:
            a = self.str_(sc, d + 1)
            i = self.fit(self.int_(sc, d + 1))
            return E(f"{self.paren(a.code)}[{i.code} % (len({a.code}) or 1)]", 1)
        if k == 10:
            a = self.str_(sc, d + 1)
            return E(f"({a.code} * {self.r.randint(-1, 3)})", a.bound * 3)
        if k == 11:
            i, s = self.fit(self.int_(sc, d + 1)), self.str_(sc, d + 1)
            if '"' in i.code:   # no nested f-strings with the same quotes (3.11)
                i = E(self.pick(sc.of(INT) or ["7"]), INT_LIMIT)
            if '"' in s.code:
                s = E(self.pick(sc.of(STR) or ["'w'"]), 200)
            spec = self.pick(["", ":>5", ":<4", ":^6", ":x", ":+d", ":08d", ":,"])
            sspec = self.pick(["", ":>6", "!r", ":.2"])
            return E(f"f\"<{{{i.code}{spec}}}|{{{s.code}{sspec}}}>\"", 40 + s.bound)
        if k == 12:
            x = self.pick([LINT, LSTR, DICT, TUP, PAIRS, OBJ, BOOL])
            e = self.expr(x, sc, d + 1)
            return E(f"{self.pick(['str', 'repr'])}({e.code})", 4000)
        if k == 13:
            lv = self.var(LSTR, sc)
            if lv is None:
                return self.str_(sc, d + 1)
            return E(f"{lv}[{self.r.randint(-2, 2)}]", 200)
        if k == 14:
            ov = self.var(OBJ, sc)
            if ov is None:
                return self.str_(sc, d + 1)
            return E(f"{ov}.s" if self.chance(0.5) else f"{ov}.g()", 200)
        if k == 15 and self.helpers and sc.func != "helper":
            return self.call_helper(STR, sc, d)
        if k == 16:
            tv = self.var(TUP, sc)
            if tv is None:
                return self.str_(sc, d + 1)
            return E(f"{tv}[1]", 200)
        if k == 17:
            a = self.str_(sc, d + 1)
            m = self.pick(["partition", "rpartition"])
            return E(f"{self.paren(a.code)}.{m}({self.pick(['a', ',', ' '])!r})[{self.r.randint(0, 2)}]",
                     a.bound)
        return self.str_(sc, d + 1)

    def compare(self, a: E, op: str, b: E, ty: str) -> str:
        if op in ("==", "!=", "in", "not in") and self.constant(a.code) and self.constant(b.code):
            a = E(f"{ty}({a.code})")
        return f"({a.code} {op} {b.code})"

    def bool_(self, sc: Scope, d: int = 0) -> E:
        v = self.var(BOOL, sc)
        if self.leafy(d):
            # a bool name only as a whole value: mypy narrows a name used as a
            # condition, and a later test of it would be unreachable for it
            if v is not None and d == 0 and self.chance(0.7):
                return E(v)
            x = self.pick(sc.of(INT) or ["0"])
            return E(f"({x} > {self.small()})" if x != "0" else "bool(len(str(0)))")
        k = self.r.randint(0, 12)
        if k <= 2:
            op = self.pick(["<", "<=", "==", "!=", ">", ">="])
            return E(self.compare(self.int_(sc, d + 1), op, self.int_(sc, d + 1), "int"))
        if k == 3:
            op = self.pick(["<", "==", "!=", ">="])
            return E(self.compare(self.str_(sc, d + 1), op, self.str_(sc, d + 1), "str"))
        if k == 4:
            op = self.pick(["and", "or"])
            return E(f"({self.bool_(sc, d + 1).code} {op} {self.bool_(sc, d + 1).code})")
        if k == 5:
            return E(f"(not {self.bool_(sc, d + 1).code})")
        if k == 6:
            op = self.pick(["in", "not in"])
            return E(self.compare(self.str_(sc, d + 1), op, self.str_(sc, d + 1), "str"))
        if k == 7:
            c = self.pick([LINT, SET])
            op = self.pick(["in", "not in"])
            return E(f"({self.fit(self.int_(sc, d + 1)).code} {op} {self.expr(c, sc, d + 1).code})")
        if k == 8:
            dv = self.var(DICT, sc)
            if dv is None:
                return self.bool_(sc, d + 1)
            return E(f"({self.str_(sc, d + 1).code} in {dv})")
        if k == 9:
            a = self.str_(sc, d + 1)
            m = self.pick(["startswith", "endswith", "isdigit", "isalpha", "isupper", "islower", "isspace"])
            if m.startswith("is"):
                return E(f"{self.paren(a.code)}.{m}()")
            return E(f"{self.paren(a.code)}.{m}({self.str_(sc, d + 1).code})")
        if k == 10:
            x1, x2, x3 = self.int_(sc, d + 1), self.int_(sc, d + 1), self.int_(sc, d + 1)
            return E(f"({x1.code} < {x2.code} <= {x3.code})")
        if k == 11:
            x = self.pick([LINT, LSTR, DICT, SET, STR])
            return E(f"bool({self.expr(x, sc, d + 1).code})")
        if k == 12:
            lv = self.var(LINT, sc)
            if lv is None:
                return self.bool_(sc, d + 1)
            w = self.fresh("w")
            fn = self.pick(["any", "all"])
            return E(f"{fn}({w} > {self.fit(self.int_(sc, d + 1)).code} for {w} in {lv})")
        return self.bool_(sc, d + 1)

    def lint(self, sc: Scope, d: int = 0) -> E:
        return self.fit_len(self._lint(sc, d), 300)

    def _lint(self, sc: Scope, d: int) -> E:
        v = self.var(LINT, sc)
        if self.leafy(d) or d >= 2:
            if v is not None and self.chance(0.7):
                return E(v, 300)
            items = [self.fit(self.int_(sc, 3)).code for _ in range(self.r.randint(self.nonempty(d), 4))]
            return E(f"[{', '.join(items)}]", len(items))
        k = self.r.randint(0, 12)
        if k >= 11:
            return self.lint_std(sc, d)
        if k == 0:
            return E(f"sorted({self.lint(sc, d + 1).code})" if self.chance(0.6)
                     else f"sorted({self.lint(sc, d + 1).code}, reverse=True)", 300)
        if k == 1:
            a, b = self.lint(sc, d + 1), self.lint(sc, d + 1)
            return E(f"({a.code} + {b.code})", a.bound + b.bound)
        if k == 2:
            a = self.lint(sc, d + 1)
            return E(f"{self.paren(a.code)}[{self.pick(['1:', ':2', '::-1', '::2', '-3:', '1:-1'])}]", a.bound)
        if k == 3:
            w = self.fresh("w")
            a = self.lint(sc, d + 1)
            inner = sc.child()
            inner.vars[w] = INT
            body = self.fit(self.int_(inner, d + 1))
            cond = f" if {self.bool_(inner, 2).code}" if self.chance(0.5) else ""
            return E(f"[{body.code} for {w} in {a.code}{cond}]", a.bound)
        if k == 4:
            lo, hi = self.r.randint(-5, 5), self.r.randint(-5, 8)
            step = self.pick(["", ", 2", ", -1", ", 3", ", -2"])
            return E(f"list(range({lo}, {hi}{step}))", 14)
        if k == 5 and self.gens:
            g = self.pick(self.gens)
            return E(f"list({g}({self.r.randint(0, 5)}, {self.str_(sc, d + 1).code}))", 50)
        if k == 6:
            lv = self.var(LSTR, sc)
            if lv is None:
                return self.lint(sc, d + 1)
            w = self.fresh("w")
            return E(f"[len({w}) for {w} in {lv}]", 300)
        if k == 7:
            dv = self.var(DICT, sc)
            if dv is None:
                return self.lint(sc, d + 1)
            return E(f"list({dv}.values())", 300)
        if k == 8:
            a = self.lint(sc, d + 1)
            return E(f"({a.code} * {self.r.randint(0, 2)})", a.bound * 2)
        if k == 9:
            return E(f"sorted({self.set_(sc, d + 1).code})", 300)
        if k == 10:
            pv = self.var(PAIRS, sc)
            if pv is None:
                return self.lint(sc, d + 1)
            w1, w2 = self.fresh("w"), self.fresh("w")
            return E(f"[{w1} for {w1}, {w2} in {pv}]", 300)
        return self.lint(sc, d + 1)

    def lstr(self, sc: Scope, d: int = 0) -> E:
        e = self._lstr(sc, d)
        return self.fit_len(e, 300)

    def _lstr(self, sc: Scope, d: int) -> E:
        v = self.var(LSTR, sc)
        if self.leafy(d) or d >= 2:
            if v is not None and self.chance(0.7):
                return E(v, 300)
            items = [repr(self.pick(WORDS)) for _ in range(self.r.randint(self.nonempty(d), 4))]
            return E(f"[{', '.join(items)}]", len(items))
        k = self.r.randint(0, 7)
        if k == 7:
            return self.lstr_std(sc, d)
        if k == 0:
            a = self.str_(sc, d + 1)
            sep = self.pick(["", "','", "' '", "'a'"])
            return E(f"{self.paren(a.code)}.split({sep})", 60)
        if k == 1:
            key = self.pick(["", ", key=len", ", reverse=True", ", key=str.lower"])
            return E(f"sorted({self.lstr(sc, d + 1).code}{key})", 300)
        if k == 2:
            w = self.fresh("w")
            a = self.lstr(sc, d + 1)
            m = self.pick(["upper()", "strip()", "title()"])
            return E(f"[{w}.{m} for {w} in {a.code}]", a.bound)
        if k == 3:
            dv = self.var(DICT, sc)
            if dv is None:
                return self.lstr(sc, d + 1)
            return E(f"list({dv})" if self.chance(0.5) else f"sorted({dv}.keys())", 300)
        if k == 4:
            a = self.lstr(sc, d + 1)
            return E(f"{self.paren(a.code)}[::-1]", a.bound)
        if k == 5:
            a = self.lint(sc, d + 1)
            return E(f"[str({self.fresh('w')}) for {self.fresh_last()} in {a.code}]", a.bound)
        if k == 6:
            a, b = self.lstr(sc, d + 1), self.lstr(sc, d + 1)
            return E(f"({a.code} + {b.code})", a.bound + b.bound)
        return self.lstr(sc, d + 1)

    def fresh_last(self) -> str:
        return f"w{self.fresh_n}"

    def dict_(self, sc: Scope, d: int = 0) -> E:
        v = self.var(DICT, sc)
        if self.leafy(d) or d >= 2:
            if v is not None and self.chance(0.7):
                return E(v, 300)
            keys = sorted(set(self.r.sample(WORDS, self.r.randint(self.nonempty(d), 4))))
            items = [f"{k!r}: {self.fit(self.int_(sc, 3)).code}" for k in keys]
            return E("{" + ", ".join(items) + "}", 4)
        k = self.r.randint(0, 3)
        if k == 3:
            w, g = self.fresh("w"), self.fresh("w")
            return E(self.pick([f"dict(Counter({self.lstr(sc, d + 1).code}))",
                                f"dict(Counter({self.str_(sc, d + 1).code}))",
                                f"{{{w}: len(list({g})) for {w}, {g} in itertools.groupby("
                                f"sorted({self.str_(sc, d + 1).code}))}}"]), 300)
        if k == 0:
            w = self.fresh("w")
            return E(f"{{{w}: len({w}) for {w} in {self.lstr(sc, d + 1).code}}}", 300)
        if k == 1:
            return E(f"dict(zip({self.lstr(sc, d + 1).code}, {self.lint(sc, d + 1).code}))", 300)
        pv = self.var(PAIRS, sc)
        if pv is None:
            return self.dict_(sc, d + 1)
        a, b = self.fresh("w"), self.fresh("w")
        return E(f"{{{b}: {a} for {a}, {b} in {pv}}}", 300)

    def set_(self, sc: Scope, d: int = 0) -> E:
        v = self.var(SET, sc)
        if self.leafy(d) or d >= 2:
            if v is not None and self.chance(0.7):
                return E(v, 300)
            items = [self.fit(self.int_(sc, 3)).code for _ in range(self.r.randint(1, 4))]
            return E("{" + ", ".join(items) + "}", 4)
        k = self.r.randint(0, 4)
        if k == 4:
            w = self.fresh("w")
            return E(self.pick([f"set(itertools.chain({self.lint(sc, d + 1).code}, {self.lint(sc, d + 1).code}))",
                                f"set(heapq.nsmallest(3, {self.lint(sc, d + 1).code}))",
                                f"{{{w} % 7 for {w} in itertools.accumulate({self.lint(sc, d + 1).code})}}"]), 600)
        if k == 0:
            return E(f"set({self.lint(sc, d + 1).code})", 300)
        if k == 1:
            op = self.pick(["|", "&", "-", "^"])
            return E(f"({self.set_(sc, d + 1).code} {op} {self.set_(sc, d + 1).code})", 600)
        if k == 2:
            w = self.fresh("w")
            return E(f"{{{w} % {self.pick(['7', '3', '(-5)'])} for {w} in {self.lint(sc, d + 1).code}}}", 300)
        return E(f"set(range({self.r.randint(-3, 3)}, {self.r.randint(0, 9)}))", 12)

    def tup(self, sc: Scope, d: int = 0) -> E:
        v = self.var(TUP, sc)
        if (self.leafy(d) or d >= 2) and v is not None and self.chance(0.7):
            return E(v)
        if self.chance(0.2):
            pv = self.var(PAIRS, sc)
            if pv is not None:
                return E(f"{pv}[{self.r.randint(-2, 2)}]")
        return E(f"({self.fit(self.int_(sc, d + 1)).code}, {self.str_(sc, d + 1).code})")

    def pairs(self, sc: Scope, d: int = 0) -> E:
        v = self.var(PAIRS, sc)
        if (self.leafy(d) or d >= 2) and v is not None and self.chance(0.7):
            return E(v)
        k = self.r.randint(0, 2)
        if k == 0:
            return E(f"list(zip({self.lint(sc, 2).code}, {self.lstr(sc, 2).code}))")
        if k == 1:
            w = self.fresh("w")
            return E(f"list(enumerate({self.lstr(sc, 2).code}))" if self.chance(0.5)
                     else f"[({w}, str({w})) for {w} in {self.lint(sc, 2).code}]")
        items = [self.tup(sc, 2).code for _ in range(self.r.randint(0, 3))]
        return E(f"[{', '.join(items)}]")

    def obj(self, sc: Scope, d: int = 0) -> E:
        v = self.var(OBJ, sc)
        if v is not None and self.chance(0.6):
            return E(v)
        return E(f"mk({self.r.randint(0, 5)}, {self.fit(self.int_(sc, 3)).code}, {self.str_(sc, 3).code})")

    # ------------------------------------------------------------- stdlib
    def nz(self, b: E) -> str:
        """A divisor that is never zero: `(b or K)`, or a nonzero constant."""
        if self.constant(b.code):
            return b.code if eval(b.code, {"__builtins__": {}}, {}) != 0 else "3"  # noqa: S307
        return f"({b.code} or {self.pick(['3', '(-7)', '1', '10'])})"

    def plain(self, e: E, sc: Scope, t: str, fallback: str) -> E:
        """e, or a local of type t when e cannot stand inside an f-string."""
        if '"' in e.code or "\\" in e.code:
            return E(self.pick(sc.of(t) or [fallback]), INT_LIMIT if t == INT else 200)
        return e

    def int_std(self, sc: Scope, d: int) -> E:
        """An int from math, bisect, heapq, functools, itertools, collections
        or a function whose mutable default keeps state across calls."""
        def sub() -> E:
            return self.fit(self.int_(sc, d + 1))

        def lst() -> str:
            return self.paren(self.lint(sc, d + 1).code)
        k = self.r.randint(0, 14)
        if k == 0:
            return E(f"math.gcd({sub().code}, {sub().code})", INT_LIMIT)
        if k == 1:
            return E(f"math.isqrt(abs({sub().code}))", 1 << 16)
        if k == 2:
            a, b = sub(), sub()
            fn = self.pick(["math.floor", "math.ceil", "math.trunc", "round", "int"])
            return E(f"{fn}({a.code} / {self.nz(b)})", a.bound + 1)
        if k == 3:
            fn = self.pick(["comb", "perm"])
            return E(f"math.{fn}(abs({sub().code}) % 12, abs({sub().code}) % 6)", 12 ** 6)
        if k == 4:
            return E(f"math.factorial(abs({sub().code}) % 13)", 13 ** 13)
        if k == 5:
            fn = self.pick(["bisect_left", "bisect_right", "bisect"])
            lo = f", {self.r.randint(0, 3)}" if self.chance(0.3) else ""
            return E(f"bisect.{fn}(sorted({lst()}), {sub().code}{lo})", LEN_LIMIT)
        if k == 6:
            p, q = self.fresh("w"), self.fresh("w")
            m = self.r.choice(MODULI)
            init = f", {sub().code}" if self.chance(0.7) else ""   # none: TypeError on []
            return E(f"functools.reduce(lambda {p}, {q}: ({p} * 31 + {q}) % {self.lit(m)}, {lst()}{init})",
                     max(abs(m), INT_LIMIT))
        if k == 7:
            p, q = self.fresh("w"), self.fresh("w")
            return E(f"sum({p} * {q} % 1009 for {p}, {q} in itertools.product({lst()}[:3], {lst()}[:3]))",
                     9 * 1009)
        if k == 8:
            fn = self.pick(["permutations", "combinations", "combinations_with_replacement"])
            return E(f"len(list(itertools.{fn}({lst()}[:4], {self.r.randint(0, 3)})))", 40)
        if k == 9:
            return E(f"Counter({lst()})[{sub().code}]", 300)
        if k == 10:   # IndexError when the str is empty
            return E(f"Counter({self.str_(sc, d + 1).code}).most_common(1)[0][1]", 60)
        if k == 11:   # IndexError when the list is empty
            return E(f"heapq.{self.pick(['nsmallest', 'nlargest'])}(1, {lst()})[0]", INT_LIMIT)
        if k == 12:
            return E(f"deque({lst()}, maxlen={self.r.randint(1, 4)}).count({sub().code})", 4)
        if k == 13:
            return E(f"tally({self.str_(sc, d + 1).code})", 100_000)
        return E(f"sum(itertools.accumulate({lst()}[:5]))", 15 * INT_LIMIT)

    def str_std(self, sc: Scope, d: int) -> E:
        """A str from % formatting, format specs (floats too), math on floats,
        itertools and collections."""
        def sub() -> E:
            return self.fit(self.int_(sc, d + 1))
        k = self.r.randint(0, 10)
        if k <= 1:
            a, b = sub(), self.str_(sc, d + 1)
            fmt = self.pick(["%d|%s", "%5d:%-4s.", "%+d %r", "%x/%s", "%05d%%%s", "%o %.2s", "%i,%5s",
                             "%-6d|%s|", "%X%3s", "%3c"])
            if fmt == "%3c":
                return E(f"('%3c' % (65 + abs({a.code}) % 60,))", 3)
            return E(f"({fmt!r} % ({a.code}, {b.code}))", 40 + b.bound)
        if k == 2:
            a, b = sub(), sub()
            fmt = self.pick(["%.3f", "%8.2f", "%e", "%g", "%.1e", "%-9.3g|", "%s", "%r", "%+.0f", "%.10g",
                             "%5.1f%%"])
            return E(f"({fmt!r} % ({a.code} / {self.nz(b)},))", 40)
        if k == 3:
            a = self.plain(sub(), sc, INT, "7")
            b = self.plain(sub(), sc, INT, "3")
            spec = self.pick([":.3f", ":10.2f", ":e", ":g", ":.2%", ":+.1f", ":<9.4g", ":^12.3e", "", ":.0f"])
            ispec = self.pick([":_", ":#x", ":#o", ":b", ":>+9,", ":=8d", ":X", ":08b", ":^+7", ":,d"])
            return E(f"f\"{{{a.code} / {self.nz(b)}{spec}}}/{{{a.code}{ispec}}}\"", 80)
        if k == 4:
            a, b = sub(), sub()
            fn, arg = self.r.choice([
                ("sqrt", f"abs({a.code})"), ("hypot", f"{a.code}, {b.code}"), ("log", f"abs({a.code}) + 1"),
                ("exp", f"{a.code} % 40 / 7"), ("sin", f"{a.code} / {self.nz(b)}"), ("fabs", f"{a.code} / 3"),
                ("log2", f"abs({a.code}) + 1"), ("log10", f"abs({a.code}) + 1"),
                ("atan2", f"{a.code}, {b.code}"), ("cos", f"{a.code} % 100 / 9"),
                ("fsum", f"[{a.code} / 3, {b.code} / 7, 0.1]")])
            show = self.pick(["str", "repr", "round"])
            if show == "round":
                return E(f"str(round(math.{fn}({arg}), {self.r.randint(0, 4)}))", 30)
            return E(f"{show}(math.{fn}({arg}))", 30)
        if k == 5:
            a, b = self.str_(sc, d + 1), self.str_(sc, d + 1)
            return E(f"''.join(itertools.chain({a.code}, {b.code}))", a.bound + b.bound)
        if k == 6:
            a, w = self.str_(sc, d + 1), self.fresh("w")
            return E(f"''.join({w} for {w}, _ in itertools.groupby({a.code}))", a.bound)
        if k == 7:
            x = self.pick([f"deque({self.lstr(sc, d + 1).code}, maxlen=2)", f"Counter({self.str_(sc, d + 1).code})",
                           f"Counter({self.lstr(sc, d + 1).code}).most_common(2)",
                           f"deque({self.lint(sc, d + 1).code})"])
            return E(f"{self.pick(['str', 'repr'])}({x})", 4000)
        if k == 8:
            return E(f"'|'.join(map(str, heapq.{self.pick(['nsmallest', 'nlargest'])}(3, {self.lint(sc, d + 1).code})))",
                     40)
        if k == 9:
            spec = self.pick(["08b", "x", ">6", "+", "_", "#o", "^7", "<4"])
            return E(f"format({sub().code}, {spec!r})", 40)
        return E(f"str(remember({sub().code}))", 40)

    def lint_std(self, sc: Scope, d: int) -> E:
        def sub() -> E:
            return self.fit(self.int_(sc, d + 1))

        def lst() -> E:
            return self.lint(sc, d + 1)
        k = self.r.randint(0, 12)
        p, q = self.fresh("w"), self.fresh("w")
        if k == 0:
            m = self.lit(self.r.choice(MODULI))
            if self.chance(0.3):
                return E(f"[{p} % {m} for {p} in itertools.accumulate({lst().code})]", 301)
            # with a lambda, initial= gives mypy the item type (else list[Any])
            fn = self.pick([f"lambda {p}, {q}: ({p} + {q}) % {m}", f"lambda {p}, {q}: ({p} * {q}) % {m}",
                            *(["max", "min"] if self.flags["accumulate_builtin"] else [])])
            return E(f"list(itertools.accumulate({lst().code}, {fn}, initial={sub().code}))", 301)
        if k == 1:
            a, b = lst(), lst()
            return E(f"list(itertools.chain({a.code}, {b.code}))", a.bound + b.bound)
        if k == 2:
            a = lst()
            args = self.pick(["3", "1, None", "0, 5, 2", "2, 4", "None"])
            return E(f"list(itertools.islice({a.code}, {args}))", a.bound)
        if k == 3:
            a = lst()
            key = self.pick(["", f", key=lambda {p}: abs({p})", f", key=lambda {p}: {p} % 7",
                             *([", key=abs"] if self.flags["generic_key_abs"] else [])])
            return E(f"heapq.{self.pick(['nsmallest', 'nlargest'])}({self.r.randint(0, 4)}, {a.code}{key})", 4)
        if k == 4:
            a = lst()
            key = self.pick(["abs", f"lambda {p}: ({p} % 7, -{p})", f"lambda {p}: str({p})"])
            rev = self.pick(["", ", reverse=True", ", reverse=False"])
            return E(f"sorted({a.code}, key={key}{rev})", a.bound)
        if k == 5:
            return E(f"[({p} - {q}) % 1009 for {p}, {q} in itertools.pairwise({lst().code})]", 300)
        if k == 6:
            if self.chance(0.5):
                return E(f"[len(list({q})) for _, {q} in itertools.groupby(sorted({lst().code}))]", 300)
            return E(f"[{p} for {p}, _ in itertools.groupby({lst().code}, key=lambda {q}: {q} % 3)]", 300)
        if k == 7:
            return E(f"list(deque({lst().code}, maxlen={self.r.randint(1, 4)}))", 4)
        if k == 8:
            n = self.r.randint(0, 3)
            if self.chance(0.5):
                return E(f"[{q} for _, {q} in Counter({lst().code}).most_common({n})]", 3)
            return E(f"[{p} for {p}, _ in Counter({lst().code}).most_common({n})]", 3)
        if k == 9:
            a = lst()
            return E(f"[sum({p}) % 97 for {p} in itertools.permutations({self.paren(a.code)}[:3], 2)]", 6)
        if k == 10:
            fn = self.pick(["takewhile", "dropwhile", "filterfalse"])
            a = lst()
            return E(f"list(itertools.{fn}(lambda {p}: {p} > {sub().code}, {a.code}))", a.bound)
        if k == 11:
            return E(f"[({p} or 0) % 1009 - ({q} or 0) % 7 for {p}, {q} in itertools.zip_longest("
                     f"{lst().code}, {lst().code})]", 300)
        return E(f"remember({sub().code})", 4)

    def lstr_std(self, sc: Scope, d: int) -> E:
        p, q = self.fresh("w"), self.fresh("w")
        k = self.r.randint(0, 7)
        if k == 0:
            a = self.str_(sc, d + 1)
            return E(f"[''.join({p}) for {p} in itertools.permutations({self.paren(a.code)}[:3], "
                     f"{self.r.randint(1, 3)})]", 6)
        if k == 1:
            return E(f"sorted(Counter({self.str_(sc, d + 1).code}).elements())", 60)
        if k == 2:
            return E(f"[{p} for {p}, _ in itertools.groupby({self.str_(sc, d + 1).code})]", 60)
        if k == 3:
            a = self.str_(sc, d + 1)
            return E(f"list(itertools.chain({self.lstr(sc, d + 1).code}, {self.paren(a.code)}.split()))", 300)
        if k == 4:
            rev = self.pick(["", ", reverse=True"])
            return E(f"sorted({self.lstr(sc, d + 1).code}, key=lambda {p}: (len({p}), {p}){rev})", 300)
        if k == 5:
            dv = self.var(DICT, sc)
            if dv is None:
                return self.lstr(sc, d + 1)
            fmt = self.pick([f"'%s=%d' % ({p}, {q})", f"'%-3s|%+4d' % ({p}, {q})", f"f'{{{p}!r:>5}}:{{{q}:+}}'"])
            return E(f"[{fmt} for {p}, {q} in sorted({dv}.items())]", 300)
        if k == 6:
            if self.chance(0.5):
                return E(f"list(deque({self.lstr(sc, d + 1).code}, maxlen=2))", 2)
            return E(f"[{p} for {p}, _ in Counter({self.lstr(sc, d + 1).code}).most_common(2)]", 2)
        return E(f"heapq.nsmallest(2, {self.lstr(sc, d + 1).code}, key=len)", 2)

    def s_std(self, sc: Scope, ind: str) -> list[str]:
        """Statements over collections, heapq, bisect, itertools, closures made
        in a loop (late binding, and a default capturing the value), and
        functions whose mutable defaults keep state across calls."""
        k = self.r.randint(0, 7)

        def x() -> str:
            return self.fit(self.int_(sc, 2)).code
        if k == 0:
            q = self.fresh("q")
            maxlen = self.pick(["", ", maxlen=2", ", maxlen=4"])
            ops = self.r.sample([f"{q}.append({x()})", f"{q}.appendleft({x()})", f"{q}.rotate({self.r.randint(-3, 3)})",
                                 f"print({q}.pop())", f"print({q}.popleft())", f"{q}.extend({self.lint(sc, 2).code})",
                                 f"{q}.extendleft({self.lint(sc, 2).code})", f"print({q}.index({x()}))",
                                 f"print({q}[{self.r.randint(-2, 2)}])", f"{q}.remove({x()})"], 3)
            return [f"{ind}{q} = deque({self.lint(sc, 2).code}{maxlen})", *[ind + o for o in ops],
                    f"{ind}print({q}, len({q}), {q}.maxlen, list(reversed({q})))"]
        if k == 1:
            dd, v = self.fresh("dd"), self.fresh("v")
            if self.chance(0.5):
                return [f"{ind}{dd}: defaultdict[str, list[int]] = defaultdict(list)",
                        f"{ind}for {v} in {self.lstr(sc, 2).code}:",
                        f"{ind}    {dd}[{v}[:1]].append(len({v}))",
                        f"{ind}print(sorted({dd}.items()), {dd}[{self.str_(sc, 2).code}], len({dd}))"]
            return [f"{ind}{dd}: defaultdict[str, int] = defaultdict(int)",
                    f"{ind}for {v} in {self.str_(sc, 2).code}:",
                    f"{ind}    {dd}[{v}] += {self.r.randint(1, 3)}",
                    f"{ind}print({dd}, {dd}[{self.str_(sc, 2).code}], {dd})"]
        if k == 2:
            c = self.fresh("c")
            ops = self.r.sample([f"{c}.update({self.str_(sc, 2).code})", f"{c}.subtract({self.lstr(sc, 2).code})",
                                 f"{c}[{self.str_(sc, 2).code}] += {self.r.randint(-2, 3)}",
                                 f"{c} = {c} + Counter({self.str_(sc, 2).code})",
                                 f"{c} = {c} {self.pick(['-', '|', '&'])} Counter({self.lstr(sc, 2).code})"], 2)
            return [f"{ind}{c} = Counter({self.lstr(sc, 2).code})", *[ind + o for o in ops],
                    f"{ind}print({c}.most_common({self.r.randint(0, 3)}), {c}.total(), sorted({c}.elements())[:6])",
                    f"{ind}print({c})"]
        if k == 3:
            h = self.fresh("h")
            out = [f"{ind}{h} = list({self.lint(sc, 2).code})", f"{ind}heapq.heapify({h})",
                   f"{ind}heapq.heappush({h}, {x()})"]
            for _ in range(self.r.randint(1, 3)):
                out.append(f"{ind}print({self.pick(['heapq.heappop(' + h + ')', 'heapq.heappushpop(' + h + ', ' + x() + ')', 'heapq.heapreplace(' + h + ', ' + x() + ')'])}, {h})")
            return out
        if k == 4:
            b = self.fresh("b")
            z = x()
            return [f"{ind}{b} = sorted({self.lint(sc, 2).code})",
                    f"{ind}bisect.{self.pick(['insort', 'insort_left', 'insort_right'])}({b}, {x()})",
                    f"{ind}print({b}, bisect.bisect_left({b}, {z}), bisect.bisect_right({b}, {z}, "
                    f"{self.r.randint(0, 2)}))"]
        if k == 5:
            kk, g = self.fresh("v"), self.fresh("v")
            if self.chance(0.5):
                return [f"{ind}for {kk}, {g} in itertools.groupby({self.lint(sc, 2).code}, key=lambda w: w % 3 == 0):",
                        f"{ind}    print({kk}, list({g}))"]
            return [f"{ind}for {kk}, {g} in itertools.product({self.lstr(sc, 2).code}[:2], range(2)):",
                    f"{ind}    print({kk}, {g}, end=' ')", f"{ind}print()"]
        if k == 6:
            fs, v = self.fresh("fs"), self.fresh("v")
            ints = [n for n in self.assignable(sc, INT) if n.isidentifier()]
            out = [f"{ind}{fs}: list[Callable[[], int]] = []", f"{ind}for {v} in range({self.r.randint(0, 4)}):"]
            if ints and self.chance(0.6):   # late binding: every lambda sees the last value
                iv = self.pick(ints)
                out += [f"{ind}    {fs}.append(lambda: {v} * 3 + {iv})", f"{ind}{iv} = ({iv} + 1) % 1009"]
            else:                           # a default captures the value of each iteration
                fn = self.fresh("f")
                out += [f"{ind}    def {fn}({v}: int = {v}) -> int:", f"{ind}        return {v} * 3",
                        f"{ind}    {fs}.append({fn})"]
            f = self.fresh("w")
            out.append(f"{ind}print([{f}() for {f} in {fs}])")
            return out
        return [f"{ind}print(remember({x()}), tally({self.str_(sc, 2).code}))"]

    # ------------------------------------------------------------- features
    def s_feat(self, sc: Scope, ind: str) -> list[str]:
        """Statements over what users write besides the basics: live dict
        views, dataclasses (frozen, order, defaults, asdict, replace),
        Enum/IntEnum, NamedTuple, TypedDict, match statements, try/finally
        with return inside, nested generators, *args/**kwargs calls, defaults
        evaluated once, conversions and format specs, sorted with a key, and
        slices with steps (the module-level pieces are in PRELUDE)."""
        kinds = ["views", "dataclass", "frozen", "enum", "intenum", "namedtuple", "typeddict",
                 "match", "tryret", "nestgen", "star", "default", "convert", "sortkey", "slices", "optional",
                 "money", "misc", "misc"]
        kind = self.pick(kinds)
        out: list[str] = getattr(self, "f_" + kind)(sc, ind)
        return out

    def x_int(self, sc: Scope, d: int = 2) -> str:
        return self.fit(self.int_(sc, d)).code

    def x_str(self, sc: Scope, d: int = 2) -> str:
        return self.str_(sc, d).code

    def f_views(self, sc: Scope, ind: str) -> list[str]:
        dv = self.pick(self.assignable(sc, DICT) or [""])
        out: list[str] = []
        if not dv:
            dv = self.fresh("dn")
            out.append(f"{ind}{dv}: dict[str, int] = {self.dict_(sc, 2).code}")
        kv, vv, iv = self.fresh("kv"), self.fresh("vv"), self.fresh("iv")
        out += [f"{ind}{kv}, {vv}, {iv} = {dv}.keys(), {dv}.values(), {dv}.items()"]
        for _ in range(self.r.randint(1, 3)):
            out.append(ind + self.pick([f"{dv}[{self.x_str(sc)}] = {self.x_int(sc)}",
                                        f"print({dv}.pop({self.x_str(sc)}, None))",
                                        f"{dv}.update({self.dict_(sc, 2).code})",
                                        f"print({dv}.setdefault({self.x_str(sc)}, {self.x_int(sc)}))"]))
        k = self.r.randint(0, 3)
        if k == 0:
            out.append(f"{ind}print(list({kv}), list({vv}), list({iv}), len({kv}), len({iv}))")
        elif k == 1:
            out.append(f"{ind}print({self.x_str(sc)} in {kv}, {self.x_int(sc)} in {vv}, "
                       f"({self.x_str(sc)}, {self.x_int(sc)}) in {iv}, {kv} == {dv}.keys())")
        elif k == 2:
            out.append(f"{ind}print(sorted({kv}), sorted({vv}), list(reversed({kv})), list(reversed({iv})))")
        else:
            w1, w2 = self.fresh("w"), self.fresh("w")
            out.append(f"{ind}print([{w1} * 2 for {w1} in {vv}], {{{w2}: {w1} for {w2}, {w1} in {iv}}}, "
                       f"sum({vv}), max({kv}, default='-'))")
        return out

    def f_dataclass(self, sc: Scope, ind: str) -> list[str]:
        v = self.fresh("dc")
        ctor = self.pick([f"DP({self.x_int(sc)})", f"DP({self.x_int(sc)}, {self.x_str(sc)})",
                          f"DP(s={self.x_str(sc)}, x={self.x_int(sc)})",
                          f"DP({self.x_int(sc)}, tags={self.fit_len(self.lint(sc, 2), 4).code})"])
        out = [f"{ind}{v} = {ctor}"]
        for _ in range(self.r.randint(1, 3)):
            out += [ind + x for x in self.r.choice([
                [f"{v}.x += {self.x_int(sc)}", f"{v}.x %= {self.lit(self.r.choice(MODULI))}"],
                [f"{v}.tags.append({self.x_int(sc)})"],
                [f"{v}.s *= 2", f"{v}.s = {v}.s[:9]"],
                [f"{v}.tags[{self.r.randint(-1, 1)}] -= {self.x_int(sc)}"],
                [f"{v} = dataclasses.replace({v}, s={self.x_str(sc)})"]])]
        out.append(ind + self.pick([
            f"print({v}, {v}.x, {v}.s, {v}.tags)",
            f"print(dataclasses.asdict({v}), dataclasses.astuple({v}))",
            f"print({v} == DP({v}.x, {v}.s, list({v}.tags)), {v} == DP(0), dataclasses.replace({v}, x=1))",
            f"print(DP({self.x_int(sc)}).tags is DP(0).tags, [f.name for f in dataclasses.fields({v})])"]))
        return out

    def f_frozen(self, sc: Scope, ind: str) -> list[str]:
        v = self.fresh("fz")
        items = [f"FP({self.x_int(sc)} % 4, {self.x_str(sc)})" if self.chance(0.7) else f"FP({self.r.randint(0, 3)})"
                 for _ in range(self.r.randint(1, 4))]
        out = [f"{ind}{v} = [{', '.join(items)}]"]
        w = self.fresh("w")
        out.append(ind + self.pick([
            f"print(sorted({v}), max({v}), min({v}, key=lambda {w}: {w}.b))",
            f"print({v}[0] < {v}[-1], {v}[0] >= {v}[-1], {v}[0] == FP({v}[0].a, {v}[0].b), FP(1) in {v})",
            f"print(len(set({v})), hash({v}[0]) == hash(FP({v}[0].a, {v}[0].b)), sorted({v}, reverse=True)[0])",
            f"print(dataclasses.astuple({v}[0]), dataclasses.asdict({v}[-1]), dataclasses.replace({v}[0], a=9))"]))
        return out

    def f_enum(self, sc: Scope, ind: str) -> list[str]:
        v = self.fresh("en")
        src = self.pick([f"Col({self.x_int(sc)} % 5)", f"Col(abs({self.x_int(sc)}) % 3 + 1)",
                         f"Col[{self.pick(['RED', 'GREEN', 'BLUE'])!r}]", f"list(Col)[{self.r.randint(-3, 2)}]"])
        out = [f"{ind}{v} = {src}"]
        out.append(ind + self.pick([
            f"print({v}, {v}.name, {v}.value, repr({v}))",
            f"print({v} is Col.RED, {v} == Col.GREEN, {v} in (Col.BLUE, Col.RED), [c.name for c in Col])",
            f"print(f'{{{v}}}|{{{v}.name:>6}}|{{{v}.value:03d}}', len(Col), {{Col.RED: 1}}.get({v}, 0))"]))
        if self.chance(0.4):
            out += [f"{ind}if {v} is Col.RED:", f"{ind}    print('red')", f"{ind}elif {v} == Col.GREEN:",
                    f"{ind}    print('green')", f"{ind}else:", f"{ind}    print('other', {v}.value)"]
        return out

    def f_intenum(self, sc: Scope, ind: str) -> list[str]:
        v = self.fresh("ie")
        src = self.pick([f"Lvl({self.pick(['1', '5', '10', '2'])})", f"Lvl.{self.pick(['LOW', 'MID', 'HIGH'])}",
                         "max(Lvl)", f"sorted(Lvl, reverse=True)[{self.r.randint(0, 2)}]"])
        out = [f"{ind}{v} = {src}"]
        i = self.x_int(sc)
        out.append(ind + self.pick([
            f"print({v}, repr({v}), {v}.name, {v}.value, int({v}))",
            f"print({v} + 1, {v} * {i}, {v} < {i}, {v} == 5, {v} >= Lvl.MID)",
            f"print(f'{{{v}}}|{{{v}:>4}}|{{{v}.name}}', str({v}), '%d' % {v})",
            f"print([m.value for m in Lvl if m > {i}], Lvl.MID in Lvl)"]))
        return out

    def f_namedtuple(self, sc: Scope, ind: str) -> list[str]:
        v, u = self.fresh("nt"), self.fresh("nt")
        ctor = self.pick([f"NT({self.x_int(sc)}, {self.x_str(sc)})", f"NT(name={self.x_str(sc)}, k={self.x_int(sc)})",
                          f"NT({self.x_int(sc)}, {self.x_str(sc)}, {self.x_int(sc)})"])
        out = [f"{ind}{v} = {ctor}", f"{ind}{u} = {v}._replace(w={self.x_int(sc)})"]
        a, b2, c = self.fresh("w"), self.fresh("w"), self.fresh("w")
        out.append(ind + self.pick([
            f"print({v}, {u}, {v}[1], {v}.k + {u}.w, {v} == {u}, {v} < {u})",
            f"print({v}._asdict(), tuple({u}), len({v}), {v}[-1], {u}._fields)",
            f"{a}, {b2}, {c} = {u}\n{ind}print({a}, {b2}, {c}, sorted([{u}, {v}]))",
            f"print(max({v}, {u}), {v}.name in {u}, {u}.count({v}.k), hash({v}) == hash(tuple({v})))"]))
        return out

    def f_typeddict(self, sc: Scope, ind: str) -> list[str]:
        v = self.fresh("td")
        out = [f"{ind}{v}: TD = {{'name': {self.x_str(sc)}, 'n': {self.x_int(sc)}}}" if self.chance(0.6)
               else f"{ind}{v} = TD(name={self.x_str(sc)}, n={self.x_int(sc)})"]
        for _ in range(self.r.randint(0, 2)):
            out += [ind + x for x in self.r.choice([
                [f"{v}['n'] += {self.x_int(sc)}", f"{v}['n'] %= 1009"],
                [f"{v}['name'] = {v}['name'].upper() + {self.x_str(sc)}"],
                [f"{v}.update({{'n': {self.x_int(sc)}}})"]])]
        out.append(ind + self.pick([
            f"print({v}, {v}['name'], {v}['n'], len({v}))",
            f"print(sorted({v}.keys()), {v}.get('n'), 'name' in {v}, dict({v}) == {v})",
            f"print(list({v}.items()), {{**{v}, 'n': 0}})"]))
        return out

    def f_match(self, sc: Scope, ind: str) -> list[str]:
        k = self.r.randint(0, 6)
        ws = [self.fresh("m") for _ in range(6)]
        w, r, w2, r2, w3, r3 = ws
        total = False   # the last case matches every subject: no `case _`
        if k == 0:
            subj = self.x_int(sc)
            cases = [("0", "'zero'"), (f"1 | 2 | {self.r.randint(3, 9)}", "'small'"),
                     (f"{w} if {w} < 0", f"f'neg {{{w}}}'"), (f"{r} if {r} % 2 == 0", f"str({r} // 2)"),
                     ("_", "'odd'")]
            total = True
        elif k == 1:
            subj = self.x_str(sc)
            cases = [("'a' | 'ab'", "'A'"), ("''", "'empty'"), (f"str() as {w} if len({w}) > 3", f"{w}[:2]"),
                     (f"{r}", f"{r} + '!'")]
            total = True
        elif k == 2:
            subj = self.lint(sc, 2).code
            cases = [("[]", "'empty'"), (f"[{w}]", f"f'one {{{w}}}'"),
                     (f"[{w2}, {r2}, *_] if {w2} < {r2}", f"f'up {{{w2}}} {{{r2}}}'"),
                     (f"[*_, {w3}]", f"f'last {{{w3}}}'")]
        elif k == 3:
            subj = self.tup(sc, 2).code
            cases = [(f"(0, {w})", f"{w}"), (f"({r}, 'a' | 'b')", f"str({r})"),
                     (f"({w2}, {r2}) if {w2} > 5", f"{r2} * 2"), (f"({w3}, {r3})", f"f'{{{w3}}}:{{{r3}}}'")]
            total = True
        elif k == 4:
            subj = self.pick([f"DP({self.x_int(sc)} % 4, {self.x_str(sc)})", f"DP({self.r.randint(0, 2)})"])
            cases = [("DP(x=0)", "'x0'"), (f"DP({w}, 'd')", f"f'd {{{w}}}'"),
                     (f"DP(x={w2}, s={r2}) if {w2} > 1", f"{r2} * 2"), (f"DP(s={r3})", f"{r3}.upper()")]
            total = True
        elif k == 5:
            subj = self.dict_(sc, 2).code
            cases = [("{'a': 1}", "'a1'"), (f"{{'ab': {w}}}", f"str({w})"),
                     (f"{{'b': {w2}, 'a': {r2}}} if {w2} > {r2}", f"f'{{{w2}}}>{{{r2}}}'"), ("{}", "'any'")]
            total = True
        else:
            subj = self.pick([f"NT({self.x_int(sc)} % 3, {self.x_str(sc)})", f"FP({self.r.randint(0, 2)}, 'a')",
                              self.x_int(sc), self.x_str(sc), f"Col({self.r.randint(1, 3)})"])
            subj = f"mobj({subj})"
            v1, v2, v3 = self.fresh("m"), self.fresh("m"), self.fresh("m")
            cases = [(f"NT(0, {w})", f"'nt0 ' + {w}"), (f"NT(k={r}, name='a' | 'b')", f"str({r})"),
                     (f"FP({w2}, {r2}) if {w2} > 0", f"{r2} * {w2}"), (f"int({w3}) if {w3} > 3", f"str({w3})"),
                     ("Col.RED", "'red'"), (f"Col() as {v1}", f"{v1}.name"), (f"str({v2})", f"{v2}[::-1]"),
                     (f"{v3}", "'other'")]
            total = True
        # a declared subject: mypy narrows a literal one, and finds cases unreachable
        ty = [INT, STR, LINT, TUP, "DP", DICT, "object"][k]
        sv = self.fresh("sj")
        out = [f"{ind}{sv}: {ty} = {subj}", f"{ind}match {sv}:"]
        for pat, res in cases:
            out += [f"{ind}    case {pat}:", f"{ind}        print('case', {res})"]
        if not total:
            out += [f"{ind}    case _:", f"{ind}        print('no case')"]
        return out

    def f_tryret(self, sc: Scope, ind: str) -> list[str]:
        i = self.x_int(sc)
        return [ind + self.pick([f"print(tryret({i}), tryret({self.x_int(sc)}))",
                                 f"print(finret({i}), finret({self.x_int(sc)} % 9))",
                                 f"print([tryret({self.fresh('w')}) for {self.fresh_last()} in range({self.r.randint(0, 4)})])",
                                 f"print(loopret({self.lint(sc, 2).code}, {i}))"])]

    def f_nestgen(self, sc: Scope, ind: str) -> list[str]:
        g, it = self.fresh("gn"), self.fresh("it")
        j, q = self.fresh("w"), self.fresh("w")
        iv = self.pick(sc.of(INT) or ["7"])
        out = [f"{ind}def {g}(n: int) -> Iterator[int]:",
               f"{ind}    for {j} in range(n):"]
        out.append(ind + "        " + self.pick([
            f"yield from ({j} * {q} + {iv} % 5 for {q} in range(3))",
            f"yield from gsub({j} % 3, 'ab')",
            f"yield {j}\n{ind}        yield from pairsum([{j}, {j} + 1, {iv} % 7])",
            f"yield from {g}({j}) if False else iter([{j}, -{j}])"]))
        out.append(f"{ind}    yield -1")
        n = self.r.randint(0, 4)
        out.append(ind + self.pick([f"print(list({g}({n})))",
                                    f"{it} = {g}({n})\n{ind}print(next({it}, 99), next({it}, 99), list({it}))",
                                    f"print(sum({g}({n})), [{j} for {j} in {g}({n}) if {j} % 2])",
                                    f"print(list(zip({g}({n}), {g}({n + 1}))), max({g}({n})))"]))
        return out

    def f_star(self, sc: Scope, ind: str) -> list[str]:
        lv = self.pick(sc.of(LINT) or ["[1, 2]"])
        dv = self.pick(sc.of(DICT) or ["{'a': 1}"])
        i = self.x_int(sc)
        return [ind + self.pick([f"print(va(*{lv}))", f"print(va({i}, *{lv}, kx={self.x_int(sc)}))",
                                 f"print(va(**{dv}))", f"print(va(*{lv}, **{dv}))",
                                 f"print(va(a={i}, **{dv}))", f"print(va(*({i}, {self.x_int(sc)}), *{lv}[:2]))",
                                 f"print(kwo({i}), kwo({i}, {self.x_int(sc)}, scale=3), kwo({i}, 1, *{lv}[:2]), kwo(*{lv}[:3]))"])]

    def f_default(self, sc: Scope, ind: str) -> list[str]:
        fn = self.fresh("fd")
        iv = self.pick(self.assignable(sc, INT) or [""])
        if not iv or not iv.isidentifier():
            return [f"{ind}print(remember({self.x_int(sc)}), remember({self.x_int(sc)}, []))"]
        return [f"{ind}def {fn}(k: int, base: int = {iv}, acc: list[int] = []) -> str:",
                f"{ind}    acc.append(k + base)",
                f"{ind}    return f'{{base}} {{acc}}'",
                f"{ind}print({fn}(1))", f"{ind}{iv} = ({iv} + 3) % 1009",
                f"{ind}print({fn}(2), {fn}(3, {iv}), {fn}(4, acc=[]), {fn}(5))"]

    def f_convert(self, sc: Scope, ind: str) -> list[str]:
        i, s = self.x_int(sc), self.x_str(sc)
        fv = self.fresh("fl")
        out = [f"{ind}{fv} = {i} / {self.pick(['7', '3', '(-4)', '1000', '0.5'])}"]
        spec = self.pick([":>8.3f", ":<10.2e", ":+.4g", ":08.2f", ":.0f", ":^12.1%", ":,.2f", ":g", ""])
        ispec = self.pick([":>6d", ":<5", ":x", ":#010b", ":+,", ":^9_", ":o"])
        out.append(ind + self.pick([
            f"print(f'{{{fv}{spec}}}|{{int({fv})}}|{{round({fv}, 2)}}|{{{fv}!r}}')",
            f"print('%5d|%-8.3f|%s|%r' % (int({fv}), {fv}, {fv}, str({fv})))",
            f"print(format({fv}, {spec[1:]!r}), format(int({fv}), {ispec[1:]!r}), str(float(int({fv}))))",
            f"print(int({s}), float({s}))",
            f"print(int({s}.strip() or '0', 16), int(str({fv})[:4] or '1'))",
            f"print(float(str({fv})) == {fv}, int(float(repr({fv}))), round({fv}), math.floor({fv}))",
            f"print(f'{{{self.pick(sc.of(INT) or ['3'])}{ispec}}}', '%x|%o|%e' % (abs(int({fv})), abs(int({fv})), {fv}))"]))
        return out

    def f_sortkey(self, sc: Scope, ind: str) -> list[str]:
        w = self.fresh("w")
        pv = self.pick(sc.of(PAIRS) or ["[(1, 'a')]"])   # not a `[]` display: mypy types it list[Never]
        rev = self.pick(["", ", reverse=True", ", reverse=False"])
        return [ind + self.pick([
            f"print(sorted({self.lstr(sc, 2).code}, key=lambda {w}: ({w}[-1:], len({w})){rev}))",
            f"print(sorted({pv}, key=lambda {w}: {w}[1]{rev}))",
            f"print(sorted({self.lint(sc, 2).code}, key=lambda {w}: (-abs({w}), {w}){rev}))",
            f"print(max({self.lstr(sc, 2).code}, key=len, default=''), min({self.lint(sc, 2).code}, key=abs, default=0))",
            f"print(sorted({self.dict_(sc, 2).code}.items(), key=lambda {w}: ({w}[1], {w}[0]){rev}))",
            f"print(sorted([{self.x_str(sc)}, {self.x_str(sc)}, 'b'], key=str.lower{rev}))"])]

    def f_slices(self, sc: Scope, ind: str) -> list[str]:
        def bound() -> str:
            return self.pick(["", "", str(self.r.randint(-5, 5)), self.pick(sc.of(INT) or ["1"]) + " % 7"])
        step = self.pick(["", ":2", ":-1", ":-2", ":3", f":{self.pick(['1', '-3', '(i0 % 3 or 1)'])}"])
        if "i0" in step and "i0" not in sc.vars:
            step = ":2"
        sl = f"[{bound()}:{bound()}{step}]"
        lv = self.pick(self.assignable(sc, LINT) or [""])
        k = self.r.randint(0, 3)
        if k == 0:
            return [f"{ind}print({self.paren(self.lint(sc, 2).code)}{sl})"]
        if k == 1:
            return [f"{ind}print({self.paren(self.x_str(sc))}{sl})"]
        if k == 2:
            return [f"{ind}print({self.paren(self.x_str(sc))}.encode(){sl}, bytes([{self.x_int(sc)} % 256, 7, 200]){sl})"]
        if lv:
            return [f"{ind}{lv}[::2] = {lv}[::2][::-1]" if self.chance(0.5) else f"{ind}del {lv}{sl}", f"{ind}print({lv})"]
        return [f"{ind}print(list(range(10)){sl})"]


    def f_optional(self, sc: Scope, ind: str) -> list[str]:
        op, u, wl = self.fresh("op"), self.fresh("un"), self.fresh("wl")
        k = self.r.randint(0, 3)
        if k == 0:
            return [f"{ind}{op}: int | None = {self.x_int(sc)} if {self.cond(sc)} else None",
                    f"{ind}if {op} is not None:", f"{ind}    {op} = ({op} + 1) % 1009", f"{ind}    print('some', {op})",
                    f"{ind}else:", f"{ind}    print('none', {op})",
                    f"{ind}print({op} or -1, {op} is None, f'{{{op}}}', [{op}, None], {op} == 3)"]
        if k == 1:
            return [f"{ind}{u}: int | str = {self.x_int(sc)} if {self.cond(sc)} else {self.x_str(sc)}",
                    f"{ind}if isinstance({u}, int):", f"{ind}    print('int', {u} * 2, -{u})",
                    f"{ind}else:", f"{ind}    print('str', {u}.upper(), len({u}))",
                    f"{ind}print(repr({u}), str({u}), [{u}], {u} == 0, {u} == '')"]
        if k == 2:
            return [f"{ind}if ({wl} := len({self.x_str(sc)})) > {self.r.randint(0, 4)}:",
                    f"{ind}    print('walrus', {wl})",
                    f"{ind}print([{op} for {u} in {self.lstr(sc, 2).code} if ({op} := len({u})) % 2], {wl})"]
        return [f"{ind}{op}: str | None = {self.pick(sc.of(DICT) or ['{}'])} and {self.x_str(sc)}[:3] or None",
                f"{ind}print({op}, ({op} or 'dflt').upper(), {op}.title() if {op} else '-')"]

    def f_money(self, sc: Scope, ind: str) -> list[str]:
        m, n = self.fresh("mo"), self.fresh("mo")
        out = [f"{ind}{m} = {self.pick([f'Money({self.x_int(sc)} % 100000)', f'Money.of({self.x_str(sc)})'])}",
               f"{ind}{n} = Money({self.r.randint(-150, 150)})"]
        out += [ind + self.pick([f"{m}.cents += {self.x_int(sc)} % 1000", f"{m}.cents = {m}.cents * 2 - 2000001",
                                 f"{m} += {n}", f"{m}.cents -= {n}.cents"])]
        out.append(ind + self.pick([
            f"print({m}, repr({m}), {m}.cents, bool({m}), Money.fmt({m}.cents - 5))",
            f"print({m} == {n}, {m} == Money({m}.cents), {m} != {n}, {m} < {n}, {m} > {n}, {m} <= {m})",
            f"print(sorted([{m}, {n}, Money(7)]), max({m}, {n}), len({{{m}, {n}, Money({n}.cents)}}), {m} in [{n}])",
            f"print({m} + {n}, sum([{m}, {n}], Money(0)), f'{{{m}}}|{{{m}!r}}|{{{n}:>9}}', Money.count > 0)"]))
        return out

    def f_misc(self, sc: Scope, ind: str) -> list[str]:
        """str.format, divmod, pow with a modulus, hex/bin/oct, int.to_bytes and
        from_bytes, bytearray, assert, a dict of lambdas, a cached recursive
        function, enumerate(start=), nested comprehensions, split(maxsplit)."""
        i, j, s = self.x_int(sc), self.x_int(sc), self.x_str(sc)
        w, q = self.fresh("w"), self.fresh("w")
        k = self.r.randint(0, 11)
        if k == 0:
            return [f"{ind}print('{{0}}|{{1:>6}}|{{n:+}}|{{0!r}}'.format({s}, {i}, n={j}), '{{:.3f}}'.format({i} / 7))"]
        if k == 1:
            return [f"{ind}print(divmod({i}, {self.nz(E(j))}), pow({i}, {self.r.randint(0, 40)}, {self.pick(['7', '1000003', '(-13)'])}), "
                    f"pow({i} % 50, {self.r.randint(0, 3)}))"]
        if k == 2:
            return [f"{ind}print(hex({i}), bin({i}), oct({i}), chr(65 + abs({i}) % 26), ord({s}[:1] or 'z'))"]
        if k == 3:
            order = self.pick(["'big'", "'little'"])
            return [f"{ind}print(abs({i}).to_bytes(4, {order}), int.from_bytes(({s}).encode()[:6], {order}), "
                    f"({i} % 128).to_bytes(2, {order}, signed=True))"]
        if k == 4:
            ba = self.fresh("ba")
            return [f"{ind}{ba} = bytearray({s}.encode())", f"{ind}{ba}.append(abs({i}) % 256)",
                    f"{ind}{ba}.extend(b'xy')", f"{ind}{ba}[0:1] = b''",
                    f"{ind}print({ba}, len({ba}), bytes({ba}[::-1]), {ba}.hex(), {ba}.decode('latin-1'))"]
        if k == 5:
            return [f"{ind}assert {self.cond(sc)}, 'assert ' + str({i})", f"{ind}print('assert passed')"]
        if k == 6:
            return [f"{ind}print(OPS[{self.pick(['+', '-', '*', 'max', '?'])!r}]({i} % 1000, {j} % 1000) "
                    f"if {self.pick(['+', '-', 'max', '?'])!r} in OPS else 'no op', sorted(OPS))"]
        if k == 7:
            return [f"{ind}print(fib(abs({i}) % 60), fib.cache_info().hits >= 0)"]
        if k == 8:
            return [f"{ind}print([({w}, {q}) for {w}, {q} in enumerate({self.lstr(sc, 2).code}, start={self.r.randint(-1, 3)})])"]
        if k == 9:
            return [f"{ind}print([[{w} * {q} for {q} in range(3)] for {w} in {self.lint(sc, 2).code}[:3]], "
                    f"{{{w}: {q} for {w}, {q} in {self.pick(sc.of(PAIRS) or ['[(1, ' + repr('a') + ')]'])} if {w} % 2}}, "
                    f"{{len({w}) for {w} in {self.lstr(sc, 2).code}}})"]
        if k == 10:
            sep = self.pick(["None", "','", "' '", "'a'"])
            return [f"{ind}print({self.paren(s)}.split({sep}, {self.r.randint(-1, 2)}), {self.paren(s)}.rsplit({sep}, 1), "
                    f"'a\\nb\\r\\nc'.splitlines(), {self.paren(s)}.splitlines(True))"]
        return [f"{ind}print(''.join(reversed({s})), {self.paren(s)}.count({self.pick(['a', 'ab', ''])!r}), "
                f"{self.paren(s)}.startswith(('a', 'H')), {self.paren(s)}.index({s}[:1]) if {s} else -1)"]

    # ------------------------------------------------------------ statements
    def block(self, sc: Scope, n: int, ind: str) -> list[str]:
        out: list[str] = []
        for i in range(n):
            last = i == n - 1
            out += self.stmt(sc, ind, last)
        return out or [ind + "pass"]

    def stmt(self, sc: Scope, ind: str, last: bool) -> list[str]:
        deep = sc.depth >= 3
        weights: list[tuple[int, str]] = [
            (6, "assign"), (3, "multi"), (4, "aug"), (6, "print"), (3, "mutate"),
            (0 if deep else 3, "if"), (0 if deep or sc.loops >= 2 else 3, "for"),
            (0 if deep or sc.loops >= 2 else 1, "while"), (0 if deep else 2, "try"),
            (0 if deep else 1, "with"), (1 if sc.func == "test" else 0, "closure"),
            (2 if last and sc.loop else 0, "jump"), (1 if last and sc.ret == "None" else 0, "return"),
            (1 if sc.func in ("test", "gen", "method") else 0, "raise"),
            (1 if sc.func == "gen" else 0, "yield"),
            (1 if sc.func == "test" else 0, "global"),
            (3 if sc.func in ("test", "helper", "method", "gen") else 0, "std"),
            (3 if sc.func == "test" and self.flags["features"] else 0, "feat"),
        ]
        total = sum(w for w, _ in weights)
        x = self.r.uniform(0, total)
        kind = weights[-1][1]
        for w, k in weights:
            if x < w:
                kind = k
                break
            x -= w
        out: list[str] = getattr(self, "s_" + kind)(sc, ind)
        return out

    def assignable(self, sc: Scope, t: str) -> list[str]:
        return [n for n in sc.of(t) if n not in sc.locked and not n.startswith("v")]

    def target(self, sc: Scope, t: str) -> str | None:
        """A target of type t: a name, a subscription or an attribute.  A name
        a loop iterates over may be rebound (not changed)."""
        opts: list[str] = [n for n in sc.of(t) if not n.startswith("v")]
        if t == INT:
            for lv in self.assignable(sc, LINT):
                i = self.fit(self.int_(sc, 2))
                opts.append(f"{lv}[{i.code} % (len({lv}) or 1)]")
                opts.append(f"{lv}[{self.r.randint(-2, 2)}]")
            for dv in self.assignable(sc, DICT):
                opts.append(f"{dv}[{self.str_(sc, 3).code}]")
            for ov in sc.of(OBJ):
                opts.append(f"{ov}.n")
                if ov not in sc.locked:
                    opts.append(f"{ov}.xs[{self.r.randint(-1, 1)}]")
        if t == STR:
            for ov in sc.of(OBJ):
                opts.append(f"{ov}.s")
            for lv in self.assignable(sc, LSTR):
                opts.append(f"{lv}[{self.r.randint(-1, 1)}]")
        if t == LINT:
            for ov in sc.of(OBJ):
                if ov not in sc.locked:
                    opts.append(f"{ov}.xs")
        return self.pick(opts) if opts else None

    def nonempty(self, d: int) -> int:
        """An empty display needs its type from an annotated target."""
        return 0 if d == 0 and self.assigning else 1

    def value(self, t: str, sc: Scope) -> str:
        self.assigning = True
        e = self.expr(t, sc)
        self.assigning = False
        if t == INT:
            e = self.fit(e)
        return e.code

    def s_assign(self, sc: Scope, ind: str) -> list[str]:
        t = self.pick([INT, INT, INT, STR, STR, BOOL, LINT, LSTR, DICT, SET, TUP, OBJ, PAIRS])
        tg = self.target(sc, t)
        if tg is None:
            return self.s_print(sc, ind)
        out = [f"{ind}{tg} = {self.value(t, sc)}"]
        if self.chance(0.5):
            out.append(f"{ind}print({tg!r}, {self.show(tg, t)})")
        return out

    def show(self, code: str, t: str) -> str:
        return f"sorted({code})" if t == SET and self.chance(0.3) else code

    def s_multi(self, sc: Scope, ind: str) -> list[str]:
        k = self.r.randint(0, 4)
        if k == 0:  # chained a = b[i] = c
            t = self.pick([INT, STR, INT])
            tgs: list[str] = [x for x in (self.target(sc, t) for _ in range(self.r.randint(2, 3))) if x]
            if not tgs:
                return self.s_print(sc, ind)
            return [f"{ind}{' = '.join(tgs)} = {self.value(t, sc)}",
                    f"{ind}print({', '.join(tgs)})"]
        if k == 1:  # a, b[i], c.x = e1, e2, e3 (also a swap)
            ts = [self.pick([INT, STR, INT, BOOL]) for _ in range(self.r.randint(2, 3))]
            opt = [self.target(sc, t) for t in ts]
            if any(x is None for x in opt):
                return self.s_print(sc, ind)
            names = [x for x in opt if x]
            if self.chance(0.3) and len(set(ts)) == 1 and all(n.isidentifier() for n in names):
                vals = list(reversed(names))
            else:
                vals = [self.value(t, sc) for t in ts]
            return [f"{ind}{', '.join(names)} = {', '.join(vals)}", f"{ind}print({', '.join(names)})"]
        if k == 2:  # unpacking a tuple value (nested too)
            a, b = self.target(sc, INT), self.target(sc, STR)
            if a is None or b is None:
                return self.s_print(sc, ind)
            if self.chance(0.3):
                c = self.target(sc, BOOL) or "_"
                return [f"{ind}({a}, {b}), {c} = {self.value(TUP, sc)}, {self.value(BOOL, sc)}",
                        f"{ind}print({a}, {b})"]
            return [f"{ind}{a}, {b} = {self.value(TUP, sc)}", f"{ind}print({a}, {b})"]
        if k == 3:  # unpacking a list: ValueError when the length differs
            n = self.r.randint(1, 3)
            opt = [self.target(sc, INT) for _ in range(n)]
            if any(x is None for x in opt):
                return self.s_print(sc, ind)
            names = [x for x in opt if x]
            src = self.lint(sc, 1).code   # not `[]`: mypy types list([]) list[Never]
            if src.startswith("["):   # mypy counts a display's items
                src = f"list({src})"
            if self.flags["starred"] and self.assignable(sc, LINT) and self.chance(0.6):
                star = self.pick(self.assignable(sc, LINT))
                pos = self.r.randint(0, len(names))
                names.insert(pos, "*" + star)
                return [f"{ind}{', '.join(names)} = {src}", f"{ind}print({', '.join(n.lstrip('*') for n in names)})"]
            trail = "," if n == 1 else ""
            bracket = self.chance(0.3)
            lhs = f"[{', '.join(names)}]" if bracket else ', '.join(names) + trail
            return [f"{ind}{lhs} = {src}", f"{ind}print({', '.join(names)})"]
        # a for-target of every form: for x.n, xs[0] in pairs
        a, b = self.target(sc, INT), self.target(sc, STR)
        pv = self.pick(sc.of(PAIRS) or ["[(1, 'a')]"])
        if a is None or b is None or sc.loops >= 2 or pv in sc.locked:
            return self.s_print(sc, ind)
        return [f"{ind}for {a}, {b} in {pv}:", f"{ind}    print({a}, {b})"]

    def s_aug(self, sc: Scope, ind: str) -> list[str]:
        t = self.pick([INT, INT, INT, STR, LINT, LSTR])
        tg = self.target(sc, t)
        if tg is None:
            return self.s_print(sc, ind)
        if t == INT:
            op = self.pick(["+=", "-=", "*=", "//=", "%=", "&=", "|=", "^=", "<<=", ">>="])
            if op in ("<<=", ">>="):
                val = str(self.r.randint(0, 12))
            else:
                val = self.fit(self.int_(sc, 1)).code
                if op in ("//=", "%=") and self.chance(0.6) and not self.constant(val):
                    val = f"({val} or {self.pick(['3', '(-2)', '1', '10'])})"
            out = [f"{ind}{tg} {op} {val}"]
            if op not in ("//=", "%=", ">>="):
                out.append(f"{ind}{tg} %= {self.lit(self.r.choice(MODULI))}")
        elif t == STR:
            out = [f"{ind}{tg} += {self.fit_len(self.str_(sc, 1), 20).code}"]
            if self.chance(0.3):
                out.append(f"{ind}{tg} *= {self.r.randint(0, 2)}")
            if not tg.isidentifier() or self.chance(0.5):
                out.append(f"{ind}{tg} = {tg}[-30:]")
        else:
            if tg in sc.locked:
                return self.s_print(sc, ind)
            out = [f"{ind}{tg} += {self.fit_len(self.expr(t, sc, 1), 8).code}"]
            out.append(f"{ind}{tg} = {tg}[-40:]")
        out.append(f"{ind}print({tg})")
        return out

    def s_print(self, sc: Scope, ind: str) -> list[str]:
        args = []
        for _ in range(self.r.randint(1, 3)):
            t = self.pick([INT, INT, STR, STR, BOOL, LINT, LSTR, DICT, SET, TUP, OBJ, PAIRS])
            if t == OBJ and self.chance(0.4):
                ov = self.var(OBJ, sc)
                args.append(f"isinstance({ov or 'mk(1, 2, 3 * str(1))'}, {self.pick(['K1', 'K2'])})")
                continue
            e = self.expr(t, sc)
            args.append(self.show(e.code, t))
        kw = ""
        if self.chance(0.15):
            kw = f", sep={self.pick(['', '-', ', '])!r}"
        if self.chance(0.1):
            kw += f", end={self.pick(['|', ''])!r}"
        out = [f"{ind}print({', '.join(args)}{kw})"]
        if "end=" in kw:
            out.append(f"{ind}print()")
        return out

    def s_mutate(self, sc: Scope, ind: str) -> list[str]:
        k = self.r.randint(0, 6)
        lv = self.pick(self.assignable(sc, LINT) or [""])
        sv = self.pick(self.assignable(sc, LSTR) or [""])
        dv = self.pick(self.assignable(sc, DICT) or [""])
        zv = self.pick(self.assignable(sc, SET) or [""])
        i = self.fit(self.int_(sc, 2)).code
        if k == 0 and lv:
            m = self.r.randint(0, 7)
            call = [f"append({i})", f"insert({self.r.randint(-3, 3)}, {i})", "pop()",
                    f"pop({self.r.randint(-2, 1)})", "sort()", "reverse()", f"remove({i})",
                    f"extend({self.fit_len(self.lint(sc, 2), 6).code})"][m]
            line = f"{ind}{lv}.{call}" if "pop" not in call else f"{ind}print({lv}.{call})"
            return [line, f"{ind}print({lv})"]
        if k == 1 and sv:
            call = self.pick([f"append({self.str_(sc, 2).code})", "sort()", "pop()",
                              f"sort(key={self.pick(['len', 'str.upper'])})", "reverse()"])
            return [f"{ind}{sv}.{call}", f"{ind}print({sv})"]
        if k == 2 and dv:
            key = self.str_(sc, 2).code
            call = self.pick([f"{dv}[{key}] = {i}", f"print({dv}.pop({key}, {self.r.randint(-1, 1)}))",
                              f"print({dv}.setdefault({key}, {i}))", f"del {dv}[{key}]",
                              f"print({dv}.pop({key}))", f"{dv}.update({self.dict_(sc, 2).code})"])
            return [ind + call, f"{ind}print({dv})"]
        if k == 3 and zv:
            call = self.pick([f"add({i})", f"discard({i})", f"remove({i})", f"update({self.lint(sc, 2).code})"])
            return [f"{ind}{zv}.{call}", f"{ind}print({zv})"]
        if k == 4:
            ov = self.var(OBJ, sc)
            if ov is not None and ov not in sc.locked:
                return [f"{ind}{ov}.bump({i})", f"{ind}print({ov})"]
        if k == 5 and lv:
            return [f"{ind}del {lv}[{self.r.randint(-2, 2)}]", f"{ind}print({lv})"]
        if k == 6 and lv:
            return [f"{ind}{lv}[{self.pick(['1:3', ':1', '2:', '::2'])}] = {self.lint(sc, 2).code}",
                    f"{ind}print({lv})"]
        return self.s_print(sc, ind)

    def cond(self, sc: Scope) -> str:
        return self.bool_(sc, 1).code

    def s_if(self, sc: Scope, ind: str) -> list[str]:
        out = [f"{ind}if {self.cond(sc)}:"]
        out += self.block(sc.child(), self.r.randint(1, 3), ind + "    ")
        while self.chance(0.3):
            out.append(f"{ind}elif {self.cond(sc)}:")
            out += self.block(sc.child(), self.r.randint(1, 2), ind + "    ")
        if self.chance(0.5):
            out.append(f"{ind}else:")
            out += self.block(sc.child(), self.r.randint(1, 2), ind + "    ")
        return out

    def iterable(self, sc: Scope) -> tuple[str, list[tuple[str, str]], str | None]:
        """(iterable code, [(loop var, type)], the container it locks)"""
        v = self.fresh("v")
        k = self.r.randint(0, 10)
        if k <= 2:
            args = self.pick([f"{self.r.randint(0, 4)}", f"{self.r.randint(-2, 2)}, {self.r.randint(0, 5)}",
                              f"{self.r.randint(3, 6)}, {self.r.randint(-2, 2)}, -{self.r.randint(1, 2)}",
                              f"len({self.pick(sc.of(LINT) or ['[1]'])}) % 5"])
            return f"range({args})", [(v, INT)], None
        if k == 3:
            lv = self.var(LINT, sc) or "[3, 1]"
            return lv, [(v, INT)], lv
        if k == 4:
            lv = self.var(LSTR, sc) or "['p', 'q']"
            w = self.fresh("v")
            return f"enumerate({lv})", [(w, INT), (v, STR)], lv
        if k == 5:
            dv = self.var(DICT, sc) or "{'k': 1}"
            w = self.fresh("v")
            if self.chance(0.5):
                return f"{dv}.items()", [(w, STR), (v, INT)], dv
            return dv, [(w, STR)], dv
        if k == 6:
            return f"{self.fit_len(self.str_(sc, 2), 6).code}", [(v, STR)], None
        if k == 7 and self.gens:
            g = self.pick(self.gens)
            return f"{g}({self.r.randint(0, 5)}, {self.str_(sc, 3).code})", [(v, INT)], None
        if k == 8:
            pv = self.var(PAIRS, sc) or "[(1, 'a')]"
            w = self.fresh("v")
            return pv, [(w, INT), (v, STR)], pv
        if k == 9:
            a = self.var(LINT, sc) or "[1, 2]"
            b = self.var(LSTR, sc) or "['a']"
            w = self.fresh("v")
            return f"zip({a}, {b})", [(w, INT), (v, STR)], None if True else a
        zv = self.var(SET, sc) or "{1, 2}"
        return f"sorted({zv})" if self.chance(0.5) else zv, [(v, INT)], zv

    def loop_body(self, sc: Scope, ind: str) -> list[str]:
        return self.block(sc, self.r.randint(1, 4), ind)

    def s_for(self, sc: Scope, ind: str) -> list[str]:
        it, vs, lock = self.iterable(sc)
        inner = sc.child(loop=True, loops=sc.loops + 1)
        for n, t in vs:
            inner.vars[n] = t
        if lock is not None:
            inner.locked.add(lock)
            if sc.vars.get(lock) == LINT:   # o.xs may be the same list
                inner.locked.update(sc.of(OBJ))
        target = ", ".join(n for n, _ in vs)
        if len(vs) == 2 and self.chance(0.3):
            target = f"({target})"
        out = [f"{ind}for {target} in {it}:"]
        out += self.loop_body(inner, ind + "    ")
        if self.chance(0.3):
            out.append(f"{ind}else:")
            out += self.block(sc.child(loop=False), 1, ind + "    ")
        return out

    def s_while(self, sc: Scope, ind: str) -> list[str]:
        c = self.fresh("n")
        inner = sc.child(loop=True, loops=sc.loops + 1)
        out = [f"{ind}{c} = 0", f"{ind}while {c} < {self.r.randint(0, 4)}"
               + (f" and {self.cond(sc)}:" if self.chance(0.5) else ":"), f"{ind}    {c} += 1"]
        out += self.loop_body(inner, ind + "    ")
        if self.chance(0.3):
            out.append(f"{ind}else:")
            out += self.block(sc.child(loop=False), 1, ind + "    ")
        return out

    def s_jump(self, sc: Scope, ind: str) -> list[str]:
        # always under an `if`: after a bare jump at the end of a try body
        # mypy would find the statements after the try unreachable
        j = self.pick(["break", "continue"])
        return [f"{ind}if {self.cond(sc)}:", f"{ind}    print('{j}')", f"{ind}    {j}"]

    def s_return(self, sc: Scope, ind: str) -> list[str]:
        return [f"{ind}if {self.cond(sc)}:", f"{ind}    print('return')", f"{ind}    return"]

    def raise_expr(self, sc: Scope) -> str:
        k = self.r.randint(0, 3)
        if k == 0:
            return f"E1({self.fit(self.int_(sc, 2)).code})"
        if k == 1:
            return f"E0({self.str_(sc, 2).code})"
        if k == 2:
            return f"ValueError({self.str_(sc, 2).code})"
        return f"KeyError({self.str_(sc, 2).code})"

    def s_raise(self, sc: Scope, ind: str) -> list[str]:
        return [f"{ind}if {self.cond(sc)}:", f"{ind}    raise {self.raise_expr(sc)}"]

    def s_yield(self, sc: Scope, ind: str) -> list[str]:
        return [f"{ind}yield {self.fit(self.int_(sc, 1)).code}"]

    def s_global(self, sc: Scope, ind: str) -> list[str]:
        return [f"{ind}bump_count({self.fit(self.int_(sc, 2)).code})"]

    def s_try(self, sc: Scope, ind: str) -> list[str]:
        out = [f"{ind}try:"]
        body = self.block(sc.child(), self.r.randint(1, 3), ind + "    ")
        if self.chance(0.6):   # first: a block may end with break
            body.insert(0, f"{ind}    if {self.cond(sc)}:\n{ind}        raise {self.raise_expr(sc)}")
        out += body
        hs = self.r.sample(EXC_HANDLERS, self.r.randint(0, 3))
        # an earlier handler must not make a later one unreachable for mypy? (it does not check)
        for h in hs:
            if self.chance(0.6):
                name = self.fresh("e")
                out.append(f"{ind}except {h} as {name}:")
                out.append(f"{ind}    print('caught {h}', {name})")
            else:
                out.append(f"{ind}except {h}:")
                out.append(f"{ind}    print('caught {h}')")
            if self.chance(0.4):
                out += self.block(sc.child(), 1, ind + "    ")
            if self.chance(0.1):
                out.append(f"{ind}    raise")
        if not hs or self.chance(0.5):
            if hs and self.chance(0.5):
                out.append(f"{ind}else:")
                out += self.block(sc.child(), 1, ind + "    ")
            out.append(f"{ind}finally:")
            out.append(f"{ind}    print('finally')")
            if self.chance(0.3):   # no jump: mypy would find what follows unreachable
                out += self.block(sc.child(loop=False), 1, ind + "    ")
        return out

    def s_with(self, sc: Scope, ind: str) -> list[str]:
        name = self.fresh("c")
        inner = sc.child()
        second = ""
        if self.chance(0.3):   # two managers: left in reverse order, an exception seen by both
            second = f", CM({self.str_(sc, 2).code}, {self.bool_(sc, 2).code}) as {self.fresh('c')}"
        out = [f"{ind}with CM({self.str_(sc, 2).code}, {self.bool_(sc, 2).code}) as {name}{second}:"]
        body = self.block(inner, self.r.randint(1, 3), ind + "    ")
        if self.chance(0.5):
            body.insert(0, f"{ind}    if {self.cond(sc)}:\n{ind}        raise {self.raise_expr(sc)}")
        out += body
        out.append(f"{ind}print({name}.name, {name}.count)")
        return out

    def s_closure(self, sc: Scope, ind: str) -> list[str]:
        name = self.fresh("f")
        ret = self.pick([INT, STR])
        inner = Scope(dict(sc.vars), set(sc.vars), False, ret, sc.depth + 1, 0, "closure")
        inner.vars["k"] = INT
        out = [f"{ind}def {name}(k: int) -> {ret}:"]
        ints = [n for n in self.assignable(sc, INT) if n.startswith("i")]
        if ints and self.chance(0.4):
            nl = self.pick(ints)
            out.append(f"{ind}    nonlocal {nl}")
            out.append(f"{ind}    {nl} = ({nl} + k) % 1009")
        if self.chance(0.5):
            out += self.s_print(inner, ind + "    ")
        out.append(f"{ind}    return {self.value(ret, inner)}")
        for _ in range(self.r.randint(1, 2)):
            out.append(f"{ind}print({name}({self.value(INT, sc)}))")
        return out

    # ------------------------------------------------------------- program
    def helper(self, idx: int) -> list[str]:
        name = f"h{idx}"
        ret = self.pick([INT, STR])
        params: list[tuple[str, str, str | None]] = [("a", INT, None)]
        if self.chance(0.7):
            params.append(("b", STR, None if self.chance(0.5) else repr(self.pick(WORDS))))
        if self.chance(0.5) and (len(params) == 1 or params[-1][2] is not None):
            params.append(("c", INT, str(self.r.randint(-3, 9))))
        kw: list[tuple[str, str, str | None]] = []
        if self.chance(0.4):
            kw.append(("kx", self.pick([INT, BOOL]), None if self.chance(0.3) else "True"))
            if kw[0][1] == INT and kw[0][2] == "True":
                kw[0] = ("kx", INT, "2")
        sig = ", ".join(f"{n}: {t}" + (f" = {dv}" if dv else "") for n, t, dv in params)
        if kw:
            sig += ", *, " + ", ".join(f"{n}: {t}" + (f" = {dv}" if dv else "") for n, t, dv in kw)
        sc = Scope({n: t for n, t, _ in params + kw}, set(), False, ret, 1, 0, "helper")
        out = [f"def {name}({sig}) -> {ret}:", f"    r: {ret} = {self.value(ret, sc)}"]
        sc.vars["r"] = ret
        out += self.block(sc, self.r.randint(1, 4), "    ")
        out.append(f"    return {self.value(ret, sc)}")
        self.helpers.append((name, params + kw, ret))
        return out

    def generator(self, idx: int) -> list[str]:
        name = f"g{idx}"
        sc = Scope({"n": INT, "s": STR, "acc": INT}, set(), False, None, 2, 1, "gen")
        out = [f"def {name}(n: int, s: str) -> Iterator[int]:", "    acc = len(s)", "    try:",
               "        for i in range(n):"]
        sc.vars["i"] = INT
        sc.loop = True
        out.append(f"            yield {self.fit(self.int_(sc, 1)).code}")
        if self.chance(0.4):    # the value of `yield from` is the inner generator's return
            out.append("            s = (yield from gsub(i % 3, s))[:8]")
        elif self.gens and self.chance(0.4):   # closing the outer one closes the inner first
            out.append(f"            yield from {self.pick(self.gens)}(i % 3, s)")
        out += self.block(sc, self.r.randint(1, 3), "            ")
        out += ["    finally:", f"        print('{name} closed', acc)"]
        self.gens.append(name)
        return out

    def classes(self) -> list[str]:
        out = ["class K0:",
               "    def __init__(self, n: int, s: str) -> None:",
               "        self.n = n", "        self.s = s", "        self.xs: list[int] = [n, len(s)]", ""]
        for cls, base in (("K0", None), ("K1", "K0"), ("K2", "K1")):
            if cls != "K0":
                out += [f"class {cls}({base}):"]
            if cls == "K1":
                out += ["    def __init__(self, n: int, s: str) -> None:",
                        "        super().__init__(n + 1, s)", "        self.m = len(s)", ""]
            sc = Scope({"k": INT, "n": INT, "s": STR}, set(), False, INT, 1, 0, "method")
            fbody = ["        n = self.n", "        s = self.s"]
            fbody += self.block(sc, self.r.randint(1, 3), "        ")
            sup = " + super().f(k)" if cls != "K0" and self.chance(0.6) else ""
            ret = self.fit(self.int_(sc, 1)).code
            out += ["    def f(self, k: int) -> int:", *fbody,
                    f"        return ({ret}{sup}) % {self.lit(self.r.choice(MODULI))}", ""]
            if cls != "K1":
                gsc = Scope({"s": STR}, set(), False, STR, 1, 0, "method")
                sup = " + super().g()" if cls != "K0" and self.chance(0.6) else ""
                out += ["    def g(self) -> str:", "        s = self.s",
                        f"        return ({self.str_(gsc, 1).code}{sup})[:40]", ""]
            out += ["    def bump(self, k: int) -> None:",
                    f"        self.n = (self.n {self.pick(['+', '-', '*', '^'])} k) % {self.lit(self.r.choice(MODULI))}",
                    "        self.xs.append(self.n)" if self.chance(0.5) else "        self.xs = self.xs[-3:]",
                    ""]
            if cls != "K1" or self.chance(0.5):
                fields = "self.n, self.s" + (", self.m" if cls != "K0" else "")
                out += ["    def __repr__(self) -> str:",
                        f"        return f\"{cls}({{{fields.replace(', ', '}, {')}}}, {{self.xs}})\"", ""]
            out.append("")
        out += ["def mk(k: int, n: int, s: str) -> K0:",
                "    if k % 3 == 0:", "        return K0(n, s)",
                "    if k % 3 == 1:", "        return K1(n, s)",
                "    return K2(n, s)", "", ""]
        return out

    def test(self, idx: int) -> list[str]:
        sc = Scope(dict(LOCALS), set(), False, "None", 1, 0, "test")
        out = [f"def t{idx}() -> None:"]
        init = Scope({}, set(), False, None, 1, 0, "test")
        for n, t in LOCALS.items():
            out.append(f"    {n}: {t} = {self.value(t, init)}")
            init.vars[n] = t
        # in a few parts, most of them guarded, so that an exception early in
        # the test leaves the rest of it running (the last part unguarded:
        # run() reports what escapes)
        for part in range(self.r.randint(1, 3), -1, -1):
            body = self.block(sc, self.r.randint(2, 5), "        " if part else "    ")
            if part:
                e = self.fresh("e")
                out += ["    try:", *body, f"    except Exception as {e}:",
                        f"        print('!', type({e}).__name__, {e})"]
            else:
                out += body
        out.append("    print(i0, i1, i2, s0, s1, b0, l0, l1, d0, z0, t0, o0, o1, p0)")
        return out


PRELUDE = '''\
import bisect
import functools
import heapq
import itertools
import dataclasses
import math
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from types import TracebackType
from typing import Callable, Generator, Iterator, NamedTuple, TypedDict


class E0(Exception):
    pass


class E1(E0):
    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.code = code


@dataclass
class DP:
    x: int
    s: str = "d"
    tags: list[int] = field(default_factory=list)


@dataclass(frozen=True, order=True)
class FP:
    a: int
    b: str = ""


class Col(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Lvl(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class NT(NamedTuple):
    k: int
    name: str
    w: int = 0


class TD(TypedDict):
    name: str
    n: int


class Money:
    count = 0

    def __init__(self, cents: int) -> None:
        self._c = cents
        Money.count += 1

    @property
    def cents(self) -> int:
        return self._c

    @cents.setter
    def cents(self, v: int) -> None:
        if v < -1000000:
            raise ValueError(f"too low: {v}")
        self._c = v

    @classmethod
    def of(cls, s: str) -> "Money":
        return cls(int(s) if s.isdigit() else len(s))

    @staticmethod
    def fmt(c: int) -> str:
        return f"${c // 100}.{abs(c) % 100:02d}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and other._c == self._c

    def __hash__(self) -> int:
        return hash(self._c)

    def __lt__(self, other: "Money") -> bool:
        return self._c < other._c

    def __gt__(self, other: "Money") -> bool:
        return self._c > other._c

    def __le__(self, other: "Money") -> bool:
        return self._c <= other._c

    def __add__(self, other: "Money") -> "Money":
        return Money(self._c + other._c)

    def __repr__(self) -> str:
        return f"Money({self._c})"

    def __str__(self) -> str:
        return Money.fmt(self._c)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __bool__(self) -> bool:
        return self._c != 0


OPS: dict[str, Callable[[int, int], int]] = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
                                             "*": lambda a, b: a * b, "max": max}


@functools.cache
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def mobj(x: object) -> object:
    return x


def va(*args: int, **kw: int) -> str:
    return f"{args} {sorted(kw.items())} {sum(args) + sum(kw.values())}"


def kwo(a: int, b: int = 10, *rest: int, scale: int = 2) -> int:
    return (a + b + sum(rest)) * scale


def tryret(k: int) -> str:
    try:
        if k % 3 == 0:
            return "zero"
        if k % 3 == 1:
            raise ValueError(k)
    except ValueError as e:
        return f"caught {e}"
    else:
        print("tryret else", k)
    finally:
        print("tryret finally", k)
    return "two"


def finret(k: int) -> int:
    for i in range(3):
        try:
            if i == k:
                return i * 10
            if k < 0:
                break
        finally:
            print("finret finally", i)
    return -1


def loopret(xs: list[int], k: int) -> int:
    total = 0
    for x in xs:
        try:
            try:
                if x == k:
                    return total
                total += 100 // (x % 5)
            finally:
                total += 1
        except ZeroDivisionError:
            continue
    return -total


def pairsum(xs: list[int]) -> Iterator[int]:
    for a, b in itertools.pairwise(xs):
        yield a + b


class CM:
    def __init__(self, name: str, swallow: bool) -> None:
        self.name = name
        self.swallow = swallow
        self.count = 0

    def __enter__(self) -> "CM":
        self.count += 1
        print("enter", repr(self.name))
        return self

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> bool:
        self.count += 10
        print("exit", repr(self.name), et is None, "" if e is None else str(e), self.swallow)
        return self.swallow and et is not None


def gsub(n: int, s: str) -> Generator[int, None, str]:
    try:
        for i in range(n):
            yield i * 7 + len(s)
    finally:
        print("gsub done", n)
    return s * 2


def remember(x: int, seen: list[int] = []) -> list[int]:
    seen.append(x % 1009)
    return seen[-4:]


def tally(k: str, counts: dict[str, int] = {}) -> int:
    counts[k] = counts.get(k, 0) + 1
    return counts[k]


COUNT = 0


def bump_count(k: int) -> None:
    global COUNT
    COUNT = (COUNT + k) % 1000003
    print("count", COUNT)


def run(name: str, f: Callable[[], None]) -> None:
    print("==", name)
    try:
        f()
    except E1 as e:
        print("! E1", e, e.code)
    except E0 as e:
        print("! E0", e)
''' + "".join(f'''\
    except {x} as e:
        print("! {x}", e)
''' for x in ["ZeroDivisionError", "IndexError", "KeyError", "ValueError", "OverflowError",
              "RecursionError", "TypeError", "AttributeError", "Exception"]) + "\n\n"


def generate(seed: int, flags: dict[str, bool] | None = None, tests: int = TESTS_PER_PROGRAM) -> str:
    g = Gen(seed, {**FLAGS, **(flags or {})})
    out = [f"# generated by tests/gen_programs.py, seed {seed}", PRELUDE.rstrip("\n"), "", ""]
    out += g.classes()
    for i in range(g.r.randint(1, 3)):
        out += g.generator(i) + ["", ""]
    for i in range(g.r.randint(2, 5)):
        out += g.helper(i) + ["", ""]
    for i in range(tests):
        out += g.test(i) + ["", ""]
    out.append("def main() -> None:")
    out += [f"    run('t{i}', t{i})" for i in range(tests)]
    out += ["    print('count', COUNT)", "", "", "main()", ""]
    return "\n".join(out)


# ------------------------------------------------------------------ running
@dataclass
class Outcome:
    kind: str           # "same", "differs", "rejected", "reference-failed", "timeout"
    detail: str = ""


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT)
    e["PYTHONHASHSEED"] = "0"
    e.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))
    return e


def python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def sh(cmd: list[str], cwd: Path, timeout: int) -> tuple[int, bytes, bytes]:
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return -999, b"", b"timeout"
    return p.returncode, p.stdout, p.stderr


def check(src: str, work: Path, opt: str = "2", timeout: int = 300) -> Outcome:
    """Run `src` under CPython and compiled; compare stdout and exit status."""
    work.mkdir(parents=True, exist_ok=True)
    prog = work / "prog.py"
    prog.write_text(src)
    rs, rout, rerr = sh([sys.executable if sys.version_info[:2] == (3, 11) else python(), str(prog)],
                        work, 60)
    if rs != 0:
        return Outcome("reference-failed", rerr.decode("utf-8", "replace")[-2000:])
    bs, _, berr = sh([python(), "-m", "unicc", "build", str(prog), "--target", "unix", f"-O{opt}",
                      "-o", str(work / "prog")], work, timeout)
    if bs != 0:
        return Outcome("rejected", berr.decode("utf-8", "replace")[-3000:])
    cs, cout, cerr = sh([str(work / "prog")], work, 60)
    if cs == -999:
        return Outcome("timeout")
    if cs != rs or cout != rout:
        return Outcome("differs", first_difference(rout, cout, cs, cerr))
    return Outcome("same")


def first_difference(want: bytes, have: bytes, status: int, err: bytes) -> str:
    a = want.decode("utf-8", "replace").split("\n")
    b = have.decode("utf-8", "replace").split("\n")
    test = "?"
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<missing>"
        y = b[i] if i < len(b) else "<missing>"
        if x.startswith("== "):
            test = x[3:]
        if x != y:
            return (f"test {test}, line {i + 1}:\n  CPython:  {x!r}\n  compiled: {y!r}\n"
                    f"exit status {status}; stderr: {err.decode('utf-8', 'replace')[-500:]}")
    return f"exit status {status}; stderr: {err.decode('utf-8', 'replace')[-500:]}"


def differing_test(src: str, out: str) -> str | None:
    for line in out.splitlines():
        if line.startswith("test t"):
            return line.split(",")[0][5:]
    return None


def only_test(src: str, name: str) -> str:
    """The program with every test function but `name` left out."""
    out: list[str] = []
    skipping = False
    for line in src.split("\n"):
        if line.startswith("def t") and line.endswith("() -> None:"):
            skipping = not line.startswith(f"def {name}()")
        elif line and not line.startswith(" "):
            skipping = False
        if skipping or line.startswith("    run('t") and f"run('{name}'," not in line:
            continue
        out.append(line)
    return "\n".join(out)


def minimise(src: str, work: Path, opt: str, budget: float = 180.0) -> str:
    """Greedy statement removal, keeping the program differing (each try is a build)."""
    start = time.monotonic()

    def still(s: str) -> bool:
        return check(s, work, opt).kind == "differs"

    lines = src.split("\n")
    changed = True
    while changed and time.monotonic() - start < budget:
        changed = False
        i = len(lines) - 1
        while i >= 0 and time.monotonic() - start < budget:
            line = lines[i]
            strip = line.strip()
            if not strip or strip == "pass" or strip.startswith(("def ", "class ", "@")) \
                    or not line.startswith(" "):
                i -= 1
                continue
            ind = len(line) - len(strip)
            j = i + 1   # the statement's own block and its else/except/finally clauses
            while j < len(lines) and lines[j].strip() and (
                    len(lines[j]) - len(lines[j].lstrip()) > ind
                    or lines[j].strip().startswith(("else:", "elif ", "except", "finally:"))
                    and len(lines[j]) - len(lines[j].lstrip()) == ind):
                j += 1
            prev = lines[i - 1] if i > 0 else ""
            nxt = lines[j] if j < len(lines) else ""
            alone = prev.rstrip().endswith(":") and (
                not nxt.strip() or len(nxt) - len(nxt.lstrip()) < ind)
            cand = lines[:i] + ([" " * ind + "pass"] if alone else []) + lines[j:]
            if still("\n".join(cand)):
                lines = cand
                changed = True
            i -= 1
    return "\n".join(lines)


def one(seed: int, out_dir: Path | None, opt: str, flags: dict[str, bool], do_min: bool,
        tests: int = TESTS_PER_PROGRAM) -> tuple[int, Outcome]:
    src = generate(seed, flags, tests)
    with tempfile.TemporaryDirectory(prefix="unicc-genp-") as d:
        res = check(src, Path(d), opt)
        if res.kind != "same" and out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / f"seed{seed}.{res.kind}.py").write_text(src)
            (out_dir / f"seed{seed}.{res.kind}.txt").write_text(res.detail)
            if res.kind == "differs" and do_min:
                name = differing_test(src, res.detail)
                small = only_test(src, name) if name else src
                if check(small, Path(d), opt).kind == "differs":
                    small = minimise(small, Path(d), opt)
                    (out_dir / f"seed{seed}.min.py").write_text(small)
    return seed, res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.gen_programs", description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--start", type=int, default=0, help="first seed")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("gen-diffs"))
    ap.add_argument("-O", dest="opt", default="2")
    ap.add_argument("--enable", action="append", default=[], choices=sorted(FLAGS))
    ap.add_argument("--no-minimise", action="store_true")
    ap.add_argument("--print", action="store_true", help="print the program of --start and stop")
    ap.add_argument("--tests", type=int, default=TESTS_PER_PROGRAM, help="test functions per program")
    a = ap.parse_args(argv)
    flags = {k: True for k in a.enable}
    if a.print:
        print(generate(a.start, flags, a.tests))
        return 0
    counts: dict[str, int] = {}
    t0 = time.monotonic()
    with ThreadPoolExecutor(a.jobs) as ex:
        for seed, res in ex.map(lambda s: one(s, a.out, a.opt, flags, not a.no_minimise, a.tests),
                                range(a.start, a.start + a.count)):
            counts[res.kind] = counts.get(res.kind, 0) + 1
            if res.kind != "same":
                print(f"seed {seed}: {res.kind}\n{res.detail[:1500]}", flush=True)
            done = sum(counts.values())
            if done % 10 == 0:
                print(f"[{done}/{a.count} in {time.monotonic() - t0:.0f}s] {counts}", flush=True)
    compiled = counts.get("same", 0) + counts.get("differs", 0) + counts.get("timeout", 0)
    print(f"programs: {sum(counts.values())}, compiled and run: {compiled}, {counts}; "
          f"differing programs in {a.out}")
    return 1 if counts.get("differs") or counts.get("rejected") else 0


if __name__ == "__main__":
    sys.exit(main())
