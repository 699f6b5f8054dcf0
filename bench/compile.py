"""How long `unicc build` takes: hello and the largest example, cold and warm.

    python -m bench.compile [-n RUNS] [--target unix] [--no-write]

Each build is `python -m unicc build FILE --target T --timings` in a new
process, as a user runs it, so Python's start-up and imports count.  unicc
keeps two caches under $XDG_CACHE_HOME/unicc (unicc/driver.py): mypy's
cache of the modules it has checked (mostly typeshed's stubs: the program's
own modules and stdlib/ are checked again on every build) and the runtime's
object files.  Each round measures three builds of each program, with
XDG_CACHE_HOME pointing to a new empty directory:

- cold: the empty cache, as on the first build after installing: mypy
  checks the stubs and zig cc compiles the runtime;
- mypy cold: the runtime's objects cached, mypy's cache deleted;
- warm: both cached, the everyday case.

The table gives the median over RUNS rounds of the wall time of the build
process and of its CPU time (user + system, zig cc included), and, for the
warm build, the stages as `--timings` reports them; what is left of the
wall time is Python's start-up, the imports and the command line.  Unless
--no-write, the table goes into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.docs import replace_block

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
EXAMPLES = ROOT / "examples"
HELLO = EXAMPLES / "hello" / "hello.py"
STATES = ("cold", "mypy cold", "warm")
GOAL_S = 2.0  # issue 6: hello, warm, under 2 s


@dataclass
class Samples:
    wall: dict[str, list[float]] = field(default_factory=dict)  # state -> s
    cpu: dict[str, list[float]] = field(default_factory=dict)
    stages: dict[str, list[float]] = field(default_factory=dict)  # warm only: stage -> s


def largest_example() -> Path:
    """The entry file of the example with the most lines of Python."""
    def lines(d: Path) -> int:
        return sum(len(f.read_text().splitlines()) for f in d.rglob("*.py"))
    d = max((d for d in EXAMPLES.iterdir() if (d / f"{d.name}.py").is_file()), key=lines)
    return d / f"{d.name}.py"


def source_lines(entry: Path) -> int:
    return sum(len(f.read_text().splitlines()) for f in entry.parent.rglob("*.py"))


def build_once(entry: Path, target: str, cache: Path, out: Path, s: Samples, state: str) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "unicc", "build", str(entry), "--target", target,
                        "-o", str(out), "--timings"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise SystemExit(f"unicc build {entry} failed:\n{p.stderr}")
    s.wall.setdefault(state, []).append(wall)
    s.cpu.setdefault(state, []).append(after.ru_utime - before.ru_utime
                                       + after.ru_stime - before.ru_stime)
    if state == "warm":
        for name, ms in re.findall(r"^\s*(\w+): (\d+) ms$", p.stderr, re.M):
            s.stages.setdefault(name, []).append(int(ms) / 1000)


def measure(entry: Path, target: str, runs: int, tmp: Path) -> Samples:
    s = Samples()
    for r in range(runs):
        cache = tmp / f"cache-{entry.stem}-{r}"
        cache.mkdir()
        out = tmp / entry.stem
        build_once(entry, target, cache, out, s, "cold")
        shutil.rmtree(cache / "unicc" / "mypy")
        build_once(entry, target, cache, out, s, "mypy cold")
        build_once(entry, target, cache, out, s, "warm")
        shutil.rmtree(cache)
    return s


def table(results: list[tuple[Path, Samples]], target: str, runs: int) -> str:
    med = statistics.median
    stages = list(results[0][1].stages)
    rows = [f"`unicc build --target {target}` in a new process (`python -m bench.compile -n "
            f"{runs}`): the median of {runs} rounds, wall time (CPU time) in s.  Stages of the "
            "warm build from `--timings`; `rest` is Python's start-up and imports.", "",
            "| program | lines | " + " | ".join(STATES) + " | "
            + " | ".join(stages) + " | rest |",
            "|---|---:|" + "---:|" * (len(STATES) + len(stages) + 1)]
    for entry, s in results:
        cells = [f"{med(s.wall[st]):.2f} ({med(s.cpu[st]):.2f})" for st in STATES]
        parts = [med(s.stages[st]) for st in stages]
        rest = med(s.wall["warm"]) - sum(parts)
        rows.append(f"| `{entry.relative_to(ROOT)}` | {source_lines(entry)} | "
                    + " | ".join(cells) + " | "
                    + " | ".join(f"{v:.2f}" for v in parts) + f" | {rest:.2f} |")
    hello = next((s for e, s in results if e == HELLO), None)
    if hello is not None:
        warm = med(hello.wall["warm"])
        rows += ["", f"hello, warm: {warm:.2f} s against the goal of {GOAL_S:g} s "
                 f"({'met' if warm < GOAL_S else 'missed'})."]
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.compile", description=__doc__.split("\n")[0])
    p.add_argument("-n", "--runs", type=int, default=3, help="rounds (default: 3)")
    p.add_argument("--target", default="unix", help="target to build for (default: unix)")
    p.add_argument("--no-write", action="store_true", help=f"do not write {DOCS.relative_to(ROOT)}")
    ns = p.parse_args(argv)
    entries = list(dict.fromkeys([HELLO, largest_example()]))
    with tempfile.TemporaryDirectory(prefix="unicc-compile-") as tmp:
        results = [(e, measure(e, ns.target, ns.runs, Path(tmp))) for e in entries]
    text = table(results, ns.target, ns.runs)
    print(text, end="")
    if not ns.no_write:
        replace_block(DOCS, "bench.compile", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
