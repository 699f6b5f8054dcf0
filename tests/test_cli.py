"""The command line as a user meets it: help texts, `targets`, the --emit-*
outputs, optimisation levels, multi-module builds and `check`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import ARGS, Result, run, unicc

if TYPE_CHECKING:
    from conftest import Runner

TESTS = Path(__file__).resolve().parent
PROGRAMS = TESTS / "programs"
SIMPLE = PROGRAMS / "int_arith.py"
BUILD_OPTIONS = ["--target", "-O", "--cpu", "--heap", "--emit-ir", "--emit-llvm"]

HELP = {
    "": ["check", "build", "run", "targets"],
    "check": ["file"],
    "build": ["file", "--output", "--timings", *BUILD_OPTIONS],
    "run": ["file", "--timeout", "args", *BUILD_OPTIONS],
    "targets": [],
}


@pytest.mark.parametrize("command", list(HELP), ids=lambda c: c or "top")
def test_help(command: str, runner: Runner, tmp_path: Path) -> None:
    res = runner.cli([command, "--help"] if command else ["--help"], tmp_path)
    out = res.stdout.decode()
    assert res.status == 0, res.stderr.decode()
    assert out.startswith("usage: unicc"), out
    for option in HELP[command]:
        assert option in out, f"{option!r} missing from `unicc {command} --help`:\n{out}"


def test_targets_lists_every_target(runner: Runner, tmp_path: Path) -> None:
    res = runner.cli(["targets"], tmp_path)
    assert res.status == 0, res.stderr.decode()
    names = [line.split()[0] for line in res.stdout.decode().splitlines() if line.strip()]
    for want in ["unix", "xen", "cubieboard2", "xen-arm", "python"]:
        assert want in names, f"{want} not listed: {names}"


def build(runner: Runner, program: Path, out: Path, *extra: str, cwd: Path | None = None) -> None:
    res = runner.cli(["build", str(program), "--target", "unix", "-o", str(out), *extra],
                     cwd or program.parent)
    assert res.status == 0, res.stderr.decode("utf-8", "replace")[-3000:]
    assert out.is_file(), "no executable written"


def same_as_reference(program: Path, exe: Path) -> None:
    """The CLI builds for unix whatever --target the suite runs with."""
    ref = unicc(["run", "--target", "python", str(program), "--", *ARGS], program.parent,
                "reference run")
    got: Result = run([str(exe), *ARGS], program.parent, "compiled program")
    assert (got.status, got.stdout) == (ref.status, ref.stdout), got.stderr.decode()[-2000:]


def test_emit_ir_and_llvm(runner: Runner, tmp_path: Path) -> None:
    ir, ll = tmp_path / "prog.ir", tmp_path / "prog.ll"
    build(runner, SIMPLE, tmp_path / "prog", "--emit-ir", str(ir), "--emit-llvm", str(ll))
    assert re.search(r"^\s*def ", ir.read_text(), re.M), "no `def ` in the IR dump"
    assert re.search(r"^define ", ll.read_text(), re.M), "no `define` in the LLVM dump"


@pytest.mark.parametrize("level", ["0", "s"])
def test_optimisation_levels_run(level: str, runner: Runner, tmp_path: Path) -> None:
    program = PROGRAMS / "algo_sorting.py"
    exe = tmp_path / "prog"
    build(runner, program, exe, f"-O{level}")
    same_as_reference(program, exe)


def test_multi_module_from_its_directory(runner: Runner, tmp_path: Path) -> None:
    program = PROGRAMS / "mod_package" / "main.py"
    exe = tmp_path / "prog"
    build(runner, Path("main.py"), exe, cwd=program.parent)
    same_as_reference(program, exe)


def test_check_accepts_good_program(runner: Runner) -> None:
    res = runner.cli(["check", SIMPLE.name], SIMPLE.parent)
    assert res.status == 0, res.stderr.decode()
    assert b"Traceback" not in res.stderr


def test_check_rejects_bad_program(runner: Runner, tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text('x: int = "a"\nprint(x)\n')
    res = runner.cli(["check", "bad.py"], tmp_path)
    err = res.stderr.decode()
    assert res.status == 2, f"exit {res.status}:\n{err}"
    assert "Traceback" not in err, err
    assert re.search(r"(^|/)bad\.py:1:10: error: Incompatible types", err, re.M), err


def test_several_targets_from_one_build(runner: Runner, tmp_path: Path) -> None:
    """`--target unix,xen` writes OUT-unix and OUT-xen (and its .xl) from one
    front half; each is what a build for that target alone writes."""
    out = tmp_path / "prog"
    res = runner.cli(["build", str(SIMPLE), "--target", "unix,xen", "-o", str(out)], SIMPLE.parent)
    assert res.status == 0, res.stderr.decode()[-3000:]
    alone = tmp_path / "alone"
    build(runner, SIMPLE, alone)
    assert (tmp_path / "prog-unix").read_bytes() == alone.read_bytes()
    assert (tmp_path / "prog-xen").is_file() and (tmp_path / "prog-xen.xl").is_file()
    assert not out.exists()
    same_as_reference(SIMPLE, tmp_path / "prog-unix")


def test_several_targets_each_checked(runner: Runner, tmp_path: Path) -> None:
    """A program valid on one target and not on another (open() where there
    are no files) gets that target's error; dumps take one target."""
    program = PROGRAMS / "io_files.py"
    res = runner.cli(["build", str(program), "--target", "unix,xen", "-o", str(tmp_path / "p")], program.parent)
    err = res.stderr.decode()
    assert res.status == 2 and "Traceback" not in err, err
    assert re.search(r"io_files\.py:\d+:\d+: error: .*xen", err), err
    res = runner.cli(["build", str(SIMPLE), "--target", "unix,xen", "--emit-llvm", str(tmp_path / "l")], tmp_path)
    assert res.status == 2 and "take one target" in res.stderr.decode(), res.stderr.decode()
