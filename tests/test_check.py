"""`unicc check`: everything `unicc build` would reject, all at once.

check runs build's front half (mypy --strict, the subset validator, the IR of
the whole program) and reports every error of all three, each located,
sorted by file, line and column, ending with mypy's `Found N errors in M
files`; build stops with the same list.  mypy's lints (comparison-overlap,
redundant-cast, unused-ignore) are warnings: the program still builds.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from unicc.errors import UserError

if TYPE_CHECKING:
    from conftest import Result, Runner

HERE = Path(__file__).resolve().parent
SEVERAL = HERE / "check" / "several.py"
GOOD = HERE / "programs" / "int_arith.py"

# (line, col, severity, text) of each diagnostic of check/several.py, in order:
# constructs the builder rejects (in functions, a method, the top level), one
# the validator rejects (eval) and a lint
WANT = [
    (6, 12, "error", "pickle.dumps() is not supported by unicc"),
    (10, 12, "error", "shutil.which() is not supported by unicc"),
    (18, 12, "error", "*xs in the call of max: *args/**kwargs in calls are not supported"),
    (26, 20, "error", "memoryview() (builtins.memoryview, a class unicc does not compile) is not supported"),
    (33, 12, "warning", 'Non-overlapping equality check (left operand type: "str", right operand type: '
                        '"int")  [comparison-overlap]'),
    (37, 7, "error", "eval is not supported by unicc"),
]
LINE = re.compile(r"(?P<path>\S+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning): (?P<text>.*)")


def diagnostics(res: Result) -> tuple[list[tuple[int, int, str, str]], str]:
    err = res.stderr.decode()
    assert res.status == 2, f"exit status {res.status}:\n{err}"
    assert "Traceback" not in err, err
    found = [(int(m["line"]), int(m["col"]), m["sev"], m["text"])
             for m in map(LINE.fullmatch, err.splitlines()) if m is not None]
    return found, err


def same_as_want(found: list[tuple[int, int, str, str]], err: str) -> None:
    assert [f[:3] for f in found] == [w[:3] for w in WANT], err
    for (_, _, _, text), (line, _, _, want) in zip(found, WANT):
        assert want in text, f"line {line}: {want!r} not in {text!r}"
    assert err.rstrip().splitlines()[-1] == "Found 5 errors in 1 file", err


def test_check_lists_every_error(runner: Runner) -> None:
    found, err = diagnostics(runner.cli(["check", SEVERAL.name], SEVERAL.parent))
    same_as_want(found, err)
    assert f"{SEVERAL.name}:37:7: note: unicc compiles the whole program ahead of time" in err


def test_build_fails_with_the_same_list(runner: Runner, tmp_path: Path) -> None:
    out = tmp_path / "x"
    found, err = diagnostics(runner.cli(["build", SEVERAL.name, "-o", str(out)], SEVERAL.parent))
    same_as_want(found, err)
    assert not out.exists()


def test_check_several_programs_and_a_directory(runner: Runner, tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text("print(1)\n")
    (tmp_path / "bad.py").write_text('import shutil\n\nprint(shutil.which("sh"))\n')
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "main.py").write_text('x: int = "a"\n')
    res = runner.cli(["check", str(tmp_path), str(GOOD)], tmp_path)
    found, err = diagnostics(res)
    assert found == [(3, 7, "error", "shutil.which() is not supported by unicc"),
                     (1, 10, "error", 'Incompatible types in assignment (expression has type "str", '
                                      'variable has type "int")  [assignment]')], err
    assert err.rstrip().splitlines()[-1] == "Found 2 errors in 2 files", err
    out = res.stdout.decode()
    assert f"{tmp_path / 'good.py'}: ok" in out and f"{GOOD}: ok" in out, out


def test_every_statement_of_a_function(runner: Runner) -> None:
    """An error in one statement does not hide those of the statements after
    it, nested ones included; a finally body (lowered on each path out of its
    try) reports its error once; so do generators."""
    prog = HERE / "check" / "statements.py"
    found, err = diagnostics(runner.cli(["check", prog.name], prog.parent))
    assert found == [(5, 11, "error", "shutil.which() is not supported by unicc"),
                     (7, 15, "error", "shutil.which() is not supported by unicc"),
                     (9, 15, "error", "shutil.copy() is not supported by unicc"),
                     (10, 11, "error", "shutil.disk_usage() is not supported by unicc"),
                     (18, 15, "error", "shutil.get_terminal_size() is not supported by unicc"),
                     (19, 15, "error", "shutil.get_terminal_size() is not supported by unicc")], err


def test_a_lint_alone_is_a_warning(runner: Runner, tmp_path: Path) -> None:
    (tmp_path / "lint.py").write_text('from typing import cast\n\nprint(cast(int, 2) == "2")\n')
    res = runner.cli(["check", "lint.py"], tmp_path)
    err = res.stderr.decode()
    assert res.status == 0, err
    assert re.search(r"lint\.py:3:7: warning: Redundant cast to \"int\"  \[redundant-cast\]", err), err
    assert re.search(r"lint\.py:3:7: warning: Non-overlapping equality check", err), err
    assert "lint.py: ok" in res.stdout.decode()


# ---- in process: the builder's units and internal errors ----------------------------------------

PROGRAM = '''import pickle


def a() -> bytes:
    return pickle.dumps(1)


def b(xs: list[int]) -> int:
    return max(*xs)


print(a(), b([1]))
'''


def lowered(tmp_path: Path, source: str, rejected: list[str] | None = None) -> None:
    from unicc.frontend.check import check
    from unicc.irbuild.module import build_program
    p = tmp_path / "prog.py"
    p.write_text(source)
    prog = check(p)
    build_program(prog.types, prog.modules, rejected)


def test_each_function_is_lowered_whatever_the_others_do(tmp_path: Path) -> None:
    with pytest.raises(UserError) as e:
        lowered(tmp_path, PROGRAM)
    assert [m.split(": error: ")[0].rsplit(":", 2)[1:] for m in e.value.messages] == [["5", "12"], ["9", "12"]]


def test_an_internal_error_is_not_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unicc.irbuild import module

    def broken(*args: object) -> None:
        raise AssertionError("a bug")
    monkeypatch.setattr(module, "compile_module_init", broken)
    with pytest.raises(AssertionError, match="a bug"):
        lowered(tmp_path, "print(1)\n")
    # after user errors, the errors are reported and the internal error named after them
    with pytest.raises(UserError) as e:
        lowered(tmp_path, PROGRAM)
    assert len(e.value.messages) == 3 and "internal error" in e.value.messages[-1], e.value.messages
    assert "AssertionError: a bug" in e.value.messages[-1]


def test_no_module_of_ours_joins_the_import_cycle_of_builtins(tmp_path: Path) -> None:
    """mypy checks a module's whole import cycle again when one of its modules
    leaves the cache, and the check drops the cache of every module it
    compiles (forget_own_modules): one of ours in the cycle of typeshed's
    builtins and typing would cost every build seconds.  Stand-ins that must
    be there (io, os, re, collections) are check.STAND_INS, on the path only
    for the programs that use them."""
    from mypy.build import sorted_components
    from mypy.modulefinder import BuildSource

    from unicc.driver import mypy_cache_dir
    from unicc.frontend.check import mypy_options, run_mypy
    from unicc.paths import STDLIB
    prog = tmp_path / "prog.py"
    prog.write_text("print(1)\n")
    cache = mypy_cache_dir()
    result = run_mypy(BuildSource(str(prog), "__main__", None, base_dir=str(tmp_path)),
                      mypy_options(cache), cache, frozenset())
    cycle = next(scc.mod_ids for scc in sorted_components(result.graph) if "builtins" in scc.mod_ids)
    ours = sorted(m for m in cycle if Path(result.graph[m].xpath).resolve().is_relative_to(STDLIB))
    assert len(cycle) > 10 and ours == []
