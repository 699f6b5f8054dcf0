"""Programs unicc must reject, and command-line mistakes.

Each tests/errors/NAME.py holds one construct outside the subset (or a type
or syntax error) and starts with `# error: LINE:COL: SUBSTRING`.  Building it
must exit with status 2 and print `PATH:LINE:COL: error:` plus SUBSTRING on
stderr, without a traceback.  Columns are 1-based, as mypy prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Result, Runner

ERRORS = Path(__file__).resolve().parent / "errors"
PROGRAMS = Path(__file__).resolve().parent / "programs"
HEADER = re.compile(r"# error: (\d+):(\d+): (.+)")


@dataclass
class Want:
    line: int
    col: int
    text: str


def parse_header(path: Path) -> Want:
    m = HEADER.fullmatch(path.read_text().split("\n", 1)[0].strip())
    if not m:
        raise ValueError(f"{path}: first line must be '# error: LINE:COL: substring'")
    return Want(int(m[1]), int(m[2]), m[3])


def discover() -> list[Path]:
    return sorted(ERRORS.glob("*.py"))


def assert_clean_failure(res: Result, *mentions: str) -> str:
    err = res.stderr.decode("utf-8", "replace")
    assert res.status == 2, f"exit status {res.status}, stderr:\n{err}"
    assert "Traceback (most recent call last)" not in err, err
    assert err.strip(), "no message on stderr"
    for m in mentions:
        assert m in err, f"{m!r} not in stderr:\n{err}"
    return err


@pytest.mark.parametrize("program", discover(), ids=lambda p: p.stem)
def test_rejected(program: Path, runner: Runner, tmp_path: Path) -> None:
    want = parse_header(program)
    res = runner.cli(["build", program.name, "--target", "unix", "-o", str(tmp_path / "x")], ERRORS)
    err = assert_clean_failure(res, want.text)
    # The path may be printed as given or absolute.
    loc = re.compile(rf"(^|[\s/]){re.escape(program.name)}:{want.line}:{want.col}: error:", re.M)
    assert loc.search(err), f"no '{program.name}:{want.line}:{want.col}: error:' in stderr:\n{err}"
    assert not (tmp_path / "x").exists(), "an image was written despite the error"


def test_missing_file(runner: Runner, tmp_path: Path) -> None:
    res = runner.cli(["build", "no_such_program.py", "--target", "unix", "-o", str(tmp_path / "x")],
                     tmp_path)
    err = assert_clean_failure(res, "no_such_program.py")
    assert len(err.strip().splitlines()) <= 3, err


def test_unknown_option(runner: Runner, tmp_path: Path) -> None:
    res = runner.cli(["build", str(PROGRAMS / "int_arith.py"), "--no-such-option",
                      "-o", str(tmp_path / "x")], tmp_path)
    err = assert_clean_failure(res, "--no-such-option")
    assert len(err.strip().splitlines()) <= 3, err


@pytest.mark.parametrize("command", ["build", "run"])
def test_unknown_target(command: str, runner: Runner, tmp_path: Path) -> None:
    args = [command, str(PROGRAMS / "int_arith.py"), "--target", "no-such-board"]
    if command == "build":
        args += ["-o", str(tmp_path / "x")]
    err = assert_clean_failure(runner.cli(args, tmp_path), "no-such-board")
    assert len(err.strip().splitlines()) <= 3, err


def test_no_command(runner: Runner, tmp_path: Path) -> None:
    res = runner.cli([], tmp_path)
    assert res.status == 2
    assert b"Traceback" not in res.stderr
    assert (res.stdout + res.stderr).strip(), "no usage message"


@pytest.mark.parametrize("target", ["xen", "xen-arm", "cubieboard2"])
def test_open_without_file_system(target: str, runner: Runner, tmp_path: Path) -> None:
    """open() on an image target is a located error where it is called (the
    target has no file system); io.StringIO still compiles there."""
    prog = tmp_path / "files.py"
    prog.write_text("import io\n\nbuf = io.StringIO()\nprint('x', file=buf)\n"
                    "with open('data.txt') as f:\n    print(f.read())\n")
    res = runner.cli(["build", prog.name, "--target", target, "-o", str(tmp_path / "x")], tmp_path)
    err = assert_clean_failure(res, f"open() on target {target} is not supported by unicc")
    assert re.search(r"files\.py:5:6: error:", err), err
    assert not (tmp_path / "x").exists()
