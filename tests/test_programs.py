"""Differential tests: every program under tests/programs/ must behave the
same compiled by unicc as under CPython (stdout bytes, exit status, and the
last stderr line when the program fails).  CPython is the only oracle; no
expected outputs are stored.

A program is either tests/programs/NAME.py or a directory
tests/programs/NAME/ with a main.py beside its modules and packages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import Result, compiled_on

if TYPE_CHECKING:
    from conftest import Runner

PROGRAMS = Path(__file__).resolve().parent / "programs"


def discover() -> list[Path]:
    single = [p for p in PROGRAMS.glob("*.py") if not p.name.startswith("_")]
    multi = [d / "main.py" for d in PROGRAMS.iterdir() if (d / "main.py").is_file()]
    return sorted(single + multi)


def program_id(p: Path) -> str:
    return p.parent.name if p.name == "main.py" else p.stem


# Programs that do not yet behave like CPython, and why.  They run as strict
# xfails: they are reported as failing, never as passing, and a fix that
# makes one pass turns the xfail into an error until it is removed here.
KNOWN_GAPS: dict[str, str] = {}

# Programs that need the file system of a hosted target (unix): the image
# targets reject open() (tests/test_errors.py).
HOSTED_ONLY = {"io_files", "device_io", "json_files"}


def _params() -> list[object]:
    out: list[object] = []
    for p in discover():
        gap = KNOWN_GAPS.get(program_id(p))
        marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
        out.append(pytest.param(p, id=program_id(p), marks=marks))
    return out


@pytest.mark.parametrize("program", _params())
def test_program(program: Path, runners: list[Runner], tmp_path: Path) -> None:
    """On each target of --target, from one build for all of them."""
    on = [r for r in runners if not (program_id(program) in HOSTED_ONLY and r.boots)]
    if not on:
        pytest.skip(f"{program_id(program)} needs a file system; {runners[0].target} has none")
    got = compiled_on(on, program, tmp_path)
    problems = []
    refs = references(on, program)
    for r in on:
        found = r.differences(refs[r.target], got[r.target])
        problems += [f"on {r.target}:"] + found if found and len(on) > 1 else found
    if problems:
        pytest.fail("\n".join(problems))


def references(on: list[Runner], program: Path) -> dict[str, Result]:
    """CPython's run for each target.  One run that wrote nothing to stderr
    serves the booted targets too, whose console is stdout and stderr merged,
    if they pass the same command line or the program cannot read it (no
    source of it names argv or a module that reads it); else they get a run
    of their own.  A wrong guess fails the test, never passes it: the
    compiled program does get the target's command line."""
    out: dict[str, Result] = {}
    first = next((r for r in on if not r.boots), None)
    plain = first.reference(program) if first is not None else None
    for r in on:
        if r is first:
            out[r.target] = plain   # type: ignore[assignment]
        elif first is not None and plain is not None and not plain.stderr and \
                (r.args == first.args or not reads_argv(program)):
            out[r.target] = Result(plain.status, plain.stdout, b"")
        else:
            out[r.target] = r.reference(program)
    return out


def reads_argv(program: Path) -> bool:
    sources = program.parent.rglob("*.py") if program.name == "main.py" else [program]
    return any(word in src.read_text() for src in sources for word in ("argv", "argparse", "fileinput", "optparse"))
