"""Hot-path kernels compiled by unicc, against C and the Python compilers.

    python -m bench [-n RUNS] [--kernels fib,sieve,...] [--contenders 'C -O2,unicc'] [--no-write]

Each kernel in bench/kernels/ is written once in the subset (K.py) and once
in C (K.c).  The contenders are unicc (default flags, --target unix: the
baseline x86-64 CPU) and unicc native (`--cpu native`: the build machine's
CPU); C built by zig cc -O2 for the baseline x86-64 CPU, by -O2
-mcpu=native (the same CPU as unicc native) and by -O3 -march=native as
the ceiling; CPython; and the same K.py compiled by mypyc, by Cython
(pure-Python mode, no annotations added) and run under Numba (every plain
function of K.py wrapped in numba.njit).  A contender that cannot build or
run a kernel is shown as failed, with the reason; Cython and Numba are "not
installed" when they cannot be imported.

The last argument of every kernel counts its work (iterations, steps,
repetitions).  The native contenders (C and unicc) are up to 10000 times
faster than CPython, so that at CPython's size they would measure little
but process start-up: they run `native x` times that count and their time
is divided by it.

Everything is built first.  Then every contender runs every kernel once,
untimed, at CPython's size, and its stdout must equal CPython's; the native
ones also run once at the scaled size, where their output must equal that
of C -O2.  The hash kernels must print what hashlib computes from the same
data, at both sizes.  A contender that prints anything else is reported as
failed and never timed.  Then RUNS rounds follow, the contenders taking
turns so that a change in machine load hits them alike; a contender whose
runs of a kernel have taken BUDGET_S of CPU in all sits out the remaining
rounds of that kernel (CPython, mypyc and Cython on the hashes).  The time
is the CPU time (user + system) of the process, from its rusage, because
the cores are shared: wall time would measure the neighbours.  It includes
process start-up (the `start-up` kernel shows how much).  The tables give
the median, the throughput of the kernels that stream over bytes (the
checksum and the hashes), the ratio to C -O2 and the ratio to CPython.
Unless --no-write, they go to bench/results.json and into
docs/benchmarks.md, with a bar chart of the ratios to C
(docs/benchmarks.png, when matplotlib is installed).

The compile times and the instruction counts on ARM have their own tools:
`python -m bench.compile` and `python -m bench.insns`.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import platform
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
from typing import Callable

from bench.docs import replace_block

ROOT = Path(__file__).resolve().parent.parent
KERNELS_DIR = ROOT / "bench" / "kernels"
STDLIB = ROOT / "stdlib"
RESULTS = ROOT / "bench" / "results.json"
DOCS = ROOT / "docs" / "benchmarks.md"
CHART = ROOT / "docs" / "benchmarks.png"
PY = sys.executable
TIMEOUT = 120
BUDGET_S = 30  # no more rounds for a contender and kernel whose runs took this much CPU
C_FLAGS = ["-ffp-contract=off", "-lm"]  # no fused multiply-add: same floats as Python

# Imports the compiled module from the directory in argv[1] and runs its main.
RUN_COMPILED = """\
import sys
sys.path[:0] = [sys.argv[1]]
m = __import__(sys.argv[2])
if m.__file__.endswith(".py"):
    sys.exit(m.__name__ + " was not compiled")
m.main(sys.argv[2:])
"""

# Wraps every plain function of the kernel (not main) in numba.njit.
RUN_NUMBA = """\
import inspect, sys
import numba
sys.path[:0] = [sys.argv[1]]
m = __import__(sys.argv[2])
names = [n for n, f in vars(m).items()
         if inspect.isfunction(f) and f.__module__ == m.__name__ and n != "main"]
if not names:
    sys.exit("no plain function to compile: the hot code is in methods")
for n in names:
    setattr(m, n, numba.njit(getattr(m, n)))
m.main(sys.argv[2:])
"""


Argv = tuple[str, ...]


@dataclass(frozen=True)
class Kernel:
    name: str
    source: str  # bench/kernels/<source>.py and .c (or C_TWINS[source].c)
    args: Argv  # the last one counts the work
    scale: int  # how much more work the native contenders do
    nbytes: Callable[[Argv], int] | None = None  # bytes it streams over, for GB/s
    expect: Callable[[Argv], str] | None = None  # its output, computed without it

    def scaled(self, scale: int) -> Argv:
        return (*self.args[:-1], str(int(self.args[-1]) * scale))


def size_times_count(args: Argv) -> int:
    """SIZE bytes, processed COUNT times (the checksum and the hashes)."""
    return int(args[0]) * int(args[-1])


@functools.cache
def lcg_bytes(size: int) -> bytes:
    """The data that checksum.py, sha256.py and sha1.py generate."""
    data = bytearray(size)
    x = 12345
    for i in range(size):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        data[i] = (x >> 16) & 0xFF
    return bytes(data)


def hashlib_chain(name: str) -> Callable[[Argv], str]:
    """What sha256.py and sha1.py must print for SIZE REPEAT: the first
    digest and the last, each pass after the first hashing the data with
    the previous digest over its first bytes."""
    def expect(args: Argv) -> str:
        data = bytearray(lcg_bytes(int(args[0])))
        first = last = hashlib.new(name, data).digest()
        for _ in range(int(args[1]) - 1):
            data[:len(last)] = last
            last = hashlib.new(name, data).digest()
        return f"{first.hex()} {last.hex()}\n"
    return expect


KERNELS = [
    Kernel("start-up", "startup", ("1",), 1),
    Kernel("checksum 64 B", "checksum", ("64", "40000"), 100, size_times_count),
    Kernel("checksum 1500 B", "checksum", ("1500", "2000"), 100, size_times_count),
    Kernel("checksum 64 KiB", "checksum", ("65536", "40"), 100, size_times_count),
    Kernel("checksum while 1500 B", "checksum_while", ("1500", "2000"), 100, size_times_count),
    Kernel("checksum while 64 KiB", "checksum_while", ("65536", "40"), 100, size_times_count),
    Kernel("sha-256 1 MiB", "sha256", ("1048576", "1"), 50, size_times_count,
           hashlib_chain("sha256")),
    Kernel("sha-1 1 MiB", "sha1", ("1048576", "1"), 50, size_times_count,
           hashlib_chain("sha1")),
    Kernel("sha-256 plain 1 MiB", "sha256_plain", ("1048576", "1"), 50, size_times_count,
           hashlib_chain("sha256")),
    Kernel("sha-1 plain 1 MiB", "sha1_plain", ("1048576", "1"), 50, size_times_count,
           hashlib_chain("sha1")),
    Kernel("fib(30)", "fib", ("30", "3"), 10),
    Kernel("sieve 10^6", "sieve", ("1000000", "4"), 10),
    Kernel("n-body", "nbody", ("100000",), 20),
    Kernel("spectral-norm", "spectral", ("250", "2"), 10),
    Kernel("binary-trees", "bintrees", ("13", "1"), 10),
    Kernel("word frequency", "wordfreq", ("1048576", "10"), 2),
    Kernel("spsc ring", "ring", ("200000",), 200),
    Kernel("spsc ring plain", "ring_plain", ("200000",), 200),
]

# The kernels "as people write them" whose C twin is another kernel's: the C
# does the same operations in the same order (uint32_t wraps where the plain
# Python masks with & 0xFFFFFFFF).
C_TWINS = {"sha256_plain": "sha256", "sha1_plain": "sha1", "ring_plain": "ring"}

# A contender's command for a kernel source, or the reason it has none.
Command = Callable[[str], "list[str] | str"]


@dataclass
class Contender:
    name: str
    command: Command | None = None
    native: bool = False  # runs the kernels scaled up
    installed: bool = True
    failed: dict[str, str] = field(default_factory=dict)  # kernel name -> reason
    times: dict[str, list[float]] = field(default_factory=dict)  # kernel name -> CPU s


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(STDLIB), "PYTHONDONTWRITEBYTECODE": "1"}


def reason(stderr: str) -> str:
    """The line of a tool's error output that says what went wrong."""
    lines = [ln.strip() for ln in stderr.splitlines()]
    for i, ln in enumerate(lines):
        if " error: " in f" {ln}":
            return ln
        if re.match(r"^[\w.]*(Error|Exception): ", ln):
            return numba_reason(lines[i:]) if "nopython" in ln else ln
    return next((ln for ln in reversed(lines) if ln), "no output")


def numba_reason(lines: list[str]) -> str:
    """Numba's message without its pipeline stages and its traceback."""
    msg = lines[:lines.index("")] if "" in lines else lines
    args = [ln for ln in lines if ln.startswith("- argument")]
    return " ".join(ln for ln in msg[1:] + args
                    if not ln.startswith(("Failed in nopython", "During:")))


def sources(kernels: list[Kernel]) -> list[str]:
    return sorted({k.source for k in kernels})


def tool(cmd: list[str], cwd: Path | None = None) -> str:
    """Runs a build command; its error text, or "" when it succeeded."""
    p = subprocess.run(cmd, cwd=cwd, env=env(), capture_output=True, text=True,
                       timeout=600)
    return "" if p.returncode == 0 else p.stderr + p.stdout


def build_each(c: Contender, srcs: list[str], build_one: Callable[[str], str],
               command: Callable[[str], list[str]]) -> Contender:
    errors = {s: build_one(s) for s in srcs}
    c.command = lambda s: reason(errors[s]) if errors[s] else command(s)
    return c


def build_unicc(srcs: list[str], out: Path, name: str = "unicc", flags: tuple[str, ...] = ()) -> Contender:
    tag = name.replace(" ", "-")

    def one(s: str) -> str:
        return tool([PY, "-m", "unicc", "build", str(KERNELS_DIR / f"{s}.py"),
                     "--target", "unix", *flags, "-o", str(out / f"{s}-{tag}")])
    return build_each(Contender(name, native=True), srcs, one,
                      lambda s: [str(out / f"{s}-{tag}")])


def build_c(name: str, tag: str, flags: list[str], srcs: list[str], out: Path) -> Contender:

    def one(s: str) -> str:
        return tool([PY, "-m", "ziglang", "cc", *flags, *C_FLAGS,
                     str(KERNELS_DIR / f"{C_TWINS.get(s, s)}.c"), "-o", str(out / f"{s}-{tag}")])
    return build_each(Contender(name, native=True), srcs, one,
                      lambda s: [str(out / f"{s}-{tag}")])


def cpython() -> Contender:
    return Contender("CPython", lambda s: [PY, str(KERNELS_DIR / f"{s}.py")])


def copy_sources(d: Path) -> None:
    d.mkdir()
    for f in [*KERNELS_DIR.glob("*.py"), *STDLIB.glob("*.py")]:
        shutil.copy(f, d)


def python_compiler(name: str, module: str, srcs: list[str], d: Path,
                    cmd: Callable[[list[str]], list[str]]) -> Contender:
    """Compiles the kernels (and unicc_buf, which some import) into d, all at
    once, or one by one when that fails, to find out which kernel fails."""
    if importlib.util.find_spec(module) is None:
        return Contender(name, installed=False)
    copy_sources(d)
    run = [PY, "-c", RUN_COMPILED, str(d)]
    err = tool(cmd([f"{s}.py" for s in srcs] + ["unicc_buf.py"]), cwd=d)
    if not err:
        return Contender(name, lambda s: [*run, s])
    return build_each(Contender(name), srcs,
                      lambda s: tool(cmd([f"{s}.py", "unicc_buf.py"]), cwd=d),
                      lambda s: [*run, s])


def mypyc(srcs: list[str], d: Path) -> Contender:
    # unicc_types is not compiled: mypyc rejects `BITS, SIGNED = 8, False` in
    # a class body ("Only assignment to variables is supported in class bodies").
    return python_compiler("mypyc", "mypyc", srcs, d, lambda fs: [PY, "-m", "mypyc", *fs])


def cython(srcs: list[str], d: Path) -> Contender:
    return python_compiler("Cython", "Cython", srcs, d, lambda fs: [
        PY, "-m", "Cython.Build.Cythonize", "-i", "-3", "-q", "unicc_types.py", *fs])


def numba() -> Contender:
    if importlib.util.find_spec("numba") is None:
        return Contender("Numba", installed=False)
    return Contender("Numba", lambda s: [PY, "-c", RUN_NUMBA, str(KERNELS_DIR), s])


def run(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Runs cmd to its end; the CPU time it used (user + system, in s)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        p = subprocess.run(cmd, env=env(), capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:   # a failure of this contender, not of the suite
        p = subprocess.CompletedProcess(cmd, -9, "", f"timed out after {TIMEOUT} s of wall time")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, p


def command(c: Contender, k: Kernel, scale: int) -> list[str] | str:
    assert c.command is not None
    cmd = c.command(k.source)
    return cmd if isinstance(cmd, str) else [*cmd, *k.scaled(scale)]


def same_output(contenders: list[Contender], k: Kernel, scale: int, ref: str) -> str:
    """Runs each contender once at the given scale; fails those that do not
    print what the contender named ref prints, or for a kernel whose output
    is known beforehand, that output.  Returns the output they must print."""
    outputs: dict[str, str] = {}
    for c in contenders:
        cmd = command(c, k, scale)
        if isinstance(cmd, str):
            c.failed[k.name] = cmd
            continue
        _, p = run(cmd)
        if p.returncode != 0:
            c.failed[k.name] = f"exit status {p.returncode}: {reason(p.stderr)}"
        else:
            outputs[c.name] = p.stdout
    if k.expect is not None:
        ref, want = "hashlib", k.expect(k.scaled(scale))
    else:
        want = outputs.get(ref) or next(iter(outputs.values()), "")
    for c in contenders:
        if c.name in outputs and outputs[c.name] != want:
            c.failed[k.name] = f"printed {outputs[c.name]!r}, {ref} {want!r} (argv x{scale})"
    return want


def check(contenders: list[Contender], k: Kernel) -> str:
    """Fails the contenders whose output differs; returns the right output
    at CPython's size."""
    want = same_output(contenders, k, 1, "CPython")
    if k.scale != 1:
        same_output([c for c in contenders if c.native and k.name not in c.failed],
                    k, k.scale, "C -O2")
    return want


def measure(contenders: list[Contender], kernels: list[Kernel], runs: int) -> None:
    for _ in range(runs):
        for k in kernels:
            for c in contenders:
                scale = k.scale if c.native else 1
                if k.name in c.failed or sum(c.times.get(k.name, [])) * scale > BUDGET_S:
                    continue
                cmd = command(c, k, scale)
                assert not isinstance(cmd, str)
                cpu, p = run(cmd)
                if p.returncode != 0:
                    c.failed[k.name] = f"exit status {p.returncode}: {reason(p.stderr)}"
                    c.times.pop(k.name, None)
                else:
                    c.times.setdefault(k.name, []).append(cpu / scale)


def median_ms(c: Contender, k: Kernel) -> float | None:
    t = c.times.get(k.name)
    return statistics.median(t) * 1000 if t and k.name not in c.failed else None


def cell(c: Contender, k: Kernel, fmt: Callable[[float], str]) -> str:
    if not c.installed:
        return "not installed"
    m = median_ms(c, k)
    return "failed" if m is None else fmt(m)


def ratio(m: float, base: float | None) -> str:
    return "-" if base is None else number(m / base)


def number(r: float) -> str:
    """Three significant digits or so, without an exponent down to 0.001."""
    for least, digits in ((100, 0), (10, 1), (0.095, 2), (0.00095, 3)):
        if r >= least:
            return f"{r:.{digits}f}"
    return f"{r:.1e}"


def gb_per_s(k: Kernel, ms: float) -> float:
    assert k.nbytes is not None
    return k.nbytes(k.args) / (ms / 1000) / 1e9


def table(title: str, contenders: list[Contender], kernels: list[Kernel],
          fmt: Callable[[Kernel], Callable[[float], str]]) -> list[str]:
    rows = [f"{title}", "", "| kernel | argv | native x | "
            + " | ".join(c.name for c in contenders) + " |",
            "|---|---|---:|" + "---:|" * len(contenders)]
    for k in kernels:
        rows.append(f"| {k.name} | {' '.join(k.args)} | {k.scale} | "
                    + " | ".join(cell(c, k, fmt(k)) for c in contenders) + " |")
    return rows + [""]


def versions() -> str:
    """The versions of the tools measured, for the report."""
    found = [f"CPython {platform.python_version()}"]
    for dist in ("mypy", "Cython", "numba"):
        try:
            found.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            pass
    zig = subprocess.run([PY, "-m", "ziglang", "version"], capture_output=True, text=True)
    return ", ".join([unicc_version(), *found, f"zig cc {zig.stdout.strip()}"])


def unicc_version() -> str:
    """The commit measured, and whether the compiler's files differ from it."""
    git = ["git", "-C", str(ROOT)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    if head.returncode != 0:
        return "unicc (not a git checkout)"
    changed = subprocess.run([*git, "diff", "--quiet", "HEAD", "--", "unicc", "runtime", "stdlib"])
    return f"unicc {head.stdout.strip()}" + (" with uncommitted changes" if changed.returncode else "")


def machine() -> str:
    return f"{platform.machine()} {cpu_model()}, {os.cpu_count()} cores"


def report(contenders: list[Contender], kernels: list[Kernel], runs: int, only: str | None = None) -> str:
    """The tables; `only`: the --contenders the run was limited to."""
    by = {c.name: c for c in contenders}
    cmd = f"python -m bench -n {runs}" + (f' --contenders "{only}"' if only else "")

    def base(name: str, k: Kernel) -> float | None:
        return median_ms(by[name], k) if name in by else None

    def ms(_: Kernel) -> Callable[[float], str]:
        return lambda m: f"{m:.1f}" if m >= 10 else f"{m:.2f}"
    rows = [f"{runs} runs per contender (`{cmd}`; fewer where they "
            f"passed {BUDGET_S} s of CPU in all); the median CPU "
            "time (user + system) of the process in ms, start-up included, for the "
            "work of `argv`.  C and unicc ran `native x` times that work and their time "
            f"is divided by it.  {machine()}; {versions()}.", ""]
    rows += table("Median time (ms):", contenders, kernels, ms)
    streaming = [k for k in kernels if k.nbytes]
    if streaming:
        rows += table("Throughput (GB/s: the bytes the kernel streams over, per median time):",
                      contenders, streaming, lambda k: lambda m: number(gb_per_s(k, m)))
    rows += table("Ratio to C -O2 (time / C's time; below 1 is faster than C):",
                  contenders, kernels, lambda k: lambda m: ratio(m, base("C -O2", k)))
    natives = [c for c in contenders if c.name.endswith("native")]
    if "C -O2 native" in by and natives:
        rows += table("Ratio to C -O2 native (time / the time of C -O2 built for this machine's CPU; "
                      "compare `unicc native`, built with `--cpu native`):", natives, kernels,
                      lambda k: lambda m: ratio(m, base("C -O2 native", k)))
    if "CPython" in by:
        rows += table("Ratio to CPython (time / CPython's time):", contenders, kernels,
                      lambda k: lambda m: ratio(m, base("CPython", k)))
    notes: list[str] = []
    seen: set[tuple[str, str]] = set()
    for c in contenders:
        for kname, why in c.failed.items():
            src = next(k.source for k in kernels if k.name == kname)
            if (c.name, src + why) not in seen:
                seen.add((c.name, src + why))
                notes.append(f"- {c.name} failed on `{src}.py` ({kname}): {why}")
    if notes:
        rows += ["Failures:", "", *notes, ""]
    return "\n".join(rows)


def results_json(contenders: list[Contender], kernels: list[Kernel], runs: int,
                 outputs: dict[str, str]) -> dict[str, object]:
    ks: dict[str, object] = {}
    for k in kernels:
        cs: dict[str, object] = {}
        for c in contenders:
            m = median_ms(c, k)
            if not c.installed:
                cs[c.name] = {"status": "not installed"}
            elif m is None:
                cs[c.name] = {"status": "failed", "reason": c.failed.get(k.name, "")}
            else:
                ok: dict[str, object] = {
                    "status": "ok", "median_ms": round(m, 3),
                    "times_ms": [round(t * 1000, 3) for t in c.times[k.name]]}
                if k.nbytes:
                    ok["gb_per_s"] = float(f"{gb_per_s(k, m):.4g}")
                cs[c.name] = ok
        kr: dict[str, object] = {"source": f"bench/kernels/{k.source}.py", "argv": list(k.args),
                                 "native_scale": k.scale, "output": outputs[k.name]}
        if k.nbytes:
            kr["bytes"] = k.nbytes(k.args)
        ks[k.name] = {**kr, "contenders": cs}
    return {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "machine": machine(), "versions": versions(), "runs": runs,
            "time": "median CPU time (user + system) of the process, ms, for argv; "
                    "native contenders ran native_scale times the work and were divided",
            "kernels": ks}


def cpu_model() -> str:
    for ln in Path("/proc/cpuinfo").read_text().splitlines():
        if ln.startswith("model name"):
            return ln.split(":", 1)[1].strip()
    return "unknown cpu"


def chart(contenders: list[Contender], kernels: list[Kernel], path: Path) -> str:
    """Draws the ratios to C -O2 as bars, one group per kernel and one bar
    per contender, on a log scale; a contender that failed a kernel gets an
    x at the bottom of the chart instead of its bar.  Returns the markdown
    that shows it, or why there is none."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch
    except ImportError:
        return "(no chart: matplotlib is not installed; `pip install -e '.[bench]'`)\n"
    base = {k.name: median_ms(c, k) for c in contenders if c.name == "C -O2" for k in kernels}
    shown = [c for c in contenders if c.installed]
    width = 0.84 / len(shown)
    fig, ax = plt.subplots(figsize=(max(8.0, 0.9 * len(kernels)), 5.0))
    ax.set_yscale("log")
    ax.axhline(1.0, color="0.3", linewidth=0.8)
    for i, c in enumerate(shown):
        for j, k in enumerate(kernels):
            x = j + (i - (len(shown) - 1) / 2) * width
            m, b = median_ms(c, k), base.get(k.name)
            if m is None:
                ax.plot(x, 0.02, "x", color=f"C{i}", transform=ax.get_xaxis_transform())
            elif b:
                ax.bar(x, m / b, width, color=f"C{i}")
    ax.set_xticks(range(len(kernels)), [k.name for k in kernels], rotation=30, ha="right")
    ax.set_ylabel("time / C -O2's time (log scale)")
    ax.set_title("Median CPU time of each kernel, relative to C -O2")
    ax.grid(axis="y", which="major", linewidth=0.3)
    fig.legend(handles=[*(Patch(color=f"C{i}", label=c.name) for i, c in enumerate(shown)),
                        Line2D([], [], color="0.3", marker="x", linestyle="", label="failed")],
               loc="lower center", ncol=len(shown) + 1, fontsize="small", frameon=False)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(path, dpi=96, metadata={"Software": None})
    plt.close(fig)
    return f"![Ratio to C -O2 per kernel and contender]({path.name})\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    p.add_argument("-n", "--runs", type=int, default=5, help="timed runs (default: 5)")
    p.add_argument("--kernels", help="comma-separated kernel sources, e.g. fib,sieve")
    p.add_argument("--contenders", help="comma-separated contender names, e.g. 'C -O2,unicc' "
                   "(without CPython, the first contender's output, or hashlib's, is the reference)")
    p.add_argument("--no-write", action="store_true",
                   help=f"do not write {RESULTS.relative_to(ROOT)} and {DOCS.relative_to(ROOT)}")
    ns = p.parse_args(argv)
    kernels = [k for k in KERNELS if not ns.kernels or k.source in ns.kernels.split(",")]
    srcs = sources(kernels)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="unicc-bench-") as tmp:
        out = Path(tmp)
        makers: list[tuple[str, Callable[[], Contender]]] = [
            ("C -O2", lambda: build_c("C -O2", "c2", ["-O2", "-mcpu=x86_64"], srcs, out)),
            ("C -O2 native", lambda: build_c("C -O2 native", "c2n", ["-O2", "-mcpu=native"], srcs, out)),
            ("C -O3 native", lambda: build_c("C -O3 native", "c3", ["-O3", "-march=native"], srcs, out)),
            ("unicc", lambda: build_unicc(srcs, out)),
            ("unicc native", lambda: build_unicc(srcs, out, "unicc native", ("--cpu", "native"))),
            ("mypyc", lambda: mypyc(srcs, out / "mypyc")),
            ("Cython", lambda: cython(srcs, out / "cython")),
            ("Numba", numba), ("CPython", cpython)]
        keep = set(ns.contenders.split(",")) if ns.contenders else None
        contenders = [make() for name, make in makers if keep is None or name in keep]
        print(f"built in {time.monotonic() - start:.0f} s", file=sys.stderr)
        live = [c for c in contenders if c.command is not None]
        outputs = {k.name: check(live, k) for k in kernels}
        measure(live, kernels, ns.runs)
    print(f"done in {time.monotonic() - start:.0f} s", file=sys.stderr)
    text = report(contenders, kernels, ns.runs, ns.contenders)
    print(text)
    if not ns.no_write:
        RESULTS.write_text(json.dumps(results_json(contenders, kernels, ns.runs, outputs),
                                      indent=1) + "\n")
        replace_block(DOCS, "bench", text + "\n" + chart(contenders, kernels, CHART))
    return 0


if __name__ == "__main__":
    sys.exit(main())
