"""The collector under pressure: programs in tests/gc/ built with a small --heap.

churn.py allocates over 100 times its 4 MiB heap (it counts the text it
builds and says so) while keeping a bounded window alive, and must print
exactly what CPython prints while running under an address-space limit, so a
heap that grows instead of collecting fails.  exhaust.py keeps everything
alive and must die with MemoryError when built with a 2 MiB heap.  large_live.py
keeps more alive than an image's default heap holds and must run with
the default `unix` heap.
"""

from __future__ import annotations

import resource
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import TIMEOUT, Result, run, unicc
from unicc.targets import TARGETS

if TYPE_CHECKING:
    from conftest import Runner

GC = Path(__file__).resolve().parent / "gc"
ADDRESS_SPACE = 256 << 20  # RLIMIT_AS of the compiled churn run, bytes


def build(program: Path, out: Path, heap: str) -> None:
    res = unicc(["build", str(program), "--target", "unix", "--heap", heap, "-o", str(out)],
                program.parent, "build")
    assert res.status == 0, res.stderr.decode("utf-8", "replace")[-3000:]


def limit_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_limited(exe: Path) -> Result:
    try:
        p = subprocess.run([str(exe)], cwd=exe.parent, capture_output=True, timeout=TIMEOUT,
                           preexec_fn=limit_address_space)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{exe.name} timed out after {TIMEOUT}s")
    return Result(p.returncode, p.stdout, p.stderr)


@pytest.fixture(autouse=True)
def unix_only(runner: Runner) -> None:
    if not TARGETS[runner.target].hosted:
        pytest.skip("heap-pressure runs are checked on the unix target")


def test_churn_many_times_the_heap(runner: Runner, tmp_path: Path) -> None:
    program = GC / "churn.py"
    exe = tmp_path / "churn"
    build(program, exe, "4M")
    got = run_limited(exe)
    ref = runner.reference(program)
    assert ref.stdout.rstrip().endswith(b"of text: True"), "churn.py no longer allocates 400 MiB"
    runner.assert_same(ref, got)


def test_exhausted_heap_raises_memory_error(tmp_path: Path) -> None:
    exe = tmp_path / "exhaust"
    build(GC / "exhaust.py", exe, "2M")
    got = run([str(exe)], tmp_path, "exhaust")
    assert got.status == 1, f"exit {got.status}, stdout {got.stdout[-200:]!r}"
    assert got.last_err_line == "MemoryError", got.stderr.decode("utf-8", "replace")[-1000:]
    assert b"kept" not in got.stdout


def test_default_unix_heap_holds_more_than_an_image(runner: Runner, tmp_path: Path) -> None:
    program = GC / "large_live.py"
    exe = tmp_path / "large_live"
    res = unicc(["build", str(program), "--target", "unix", "-o", str(exe)], program.parent, "build")
    assert res.status == 0, res.stderr.decode("utf-8", "replace")[-3000:]
    runner.assert_same(runner.reference(program), run([str(exe)], tmp_path, "large_live"))
