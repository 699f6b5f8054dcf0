"""Programs whose compiled behaviour deliberately differs from CPython.

unicc's int is a 64-bit machine integer, so where CPython grows a big int the
compiled program raises OverflowError.  Each tests/expected/NAME.py has a
NAME.expect beside it:

    exit: N
    stderr: <last line of stderr>
    stdout:
    <the stdout, verbatim, to the end of the file>
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Runner

EXPECTED = Path(__file__).resolve().parent / "expected"


@dataclass
class Expect:
    status: int
    stderr_last: str
    stdout: bytes


def parse_expect(path: Path) -> Expect:
    text = path.read_bytes()
    head, sep, stdout = text.partition(b"stdout:\n")
    lines = head.decode().splitlines()
    if not sep or len(lines) != 2 or not lines[0].startswith("exit: ") \
            or not lines[1].startswith("stderr:"):
        raise ValueError(f"{path}: expected 'exit: N', 'stderr: ...', 'stdout:' lines")
    return Expect(int(lines[0][len("exit: "):]), lines[1][len("stderr:"):].strip(), stdout)


def discover() -> list[Path]:
    return sorted(EXPECTED.glob("*.py"))


@pytest.mark.parametrize("program", discover(), ids=lambda p: p.stem)
def test_expected(program: Path, runner: Runner, tmp_path: Path) -> None:
    want = parse_expect(program.with_suffix(".expect"))
    got = runner.compiled(program, tmp_path)
    assert got.stdout.decode("utf-8", "replace") == want.stdout.decode()
    assert got.status == want.status
    if want.stderr_last:
        assert got.last_err_line == want.stderr_last
