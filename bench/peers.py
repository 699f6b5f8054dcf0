"""How much typed Python that nobody here wrote unicc compiles unchanged:
the mypyc benchmark programs, against CPython 3.11.

    .venv/bin/python -m bench.peers PATH [--only NAME,...] [--jobs N]
                                         [--time] [--markdown FILE] [--keep]

PATH is a checkout of github.com/mypyc/mypyc-benchmarks.  Nothing of it is
in this repository: every program is made from PATH at run time, in a
temporary directory.  Each `@benchmark`-decorated function of
PATH/benchmarks/*.py and PATH/microbenchmarks/*.py becomes one program: its
module's source with the harness import (`from benchmarking import ...`)
and the `@benchmark(...)` decorator lines blanked (so that every line keeps
its number and a message points into the original file) and nothing else
changed, plus a call of the function at the end.  A module that imports
BenchmarkContext from the harness gets it from a stand-in written here
(CONTEXT: a clock started on creation and by `start()`), imported on the
harness import's blanked line; a `@benchmark_with_context` function is
called with one.  The benchmarks check
themselves with asserts, and some print.  Modules of the checkout that a
module imports (`from benchmarks.x import ...`) go beside it, made the same
way.  The mypy_* benchmarks are skipped: they drive a mypy checkout.  A
module that imports other names from the harness is reported as needing
the harness when CPython cannot run it without them.

Each program runs under CPython (this interpreter, PYTHONHASHSEED=0); one
that fails or times out there is "not run by CPython" and left out of the
count.  The others are built by unicc for --target unix and run, and the
stdout bytes and exit status must equal CPython's.  A result is `ok`,
`differs` (the first differing line, and the exception if one escaped),
`crash` (a signal or a runtime panic), `rejected` (unicc's located errors;
the table groups them by message, so that the most common blockers show),
`compiler-crash` (a traceback from unicc, or a build that failed without a
located error) or `timeout`.  With --time, each `ok` program is also
compiled by mypyc and imported; the CPU time (user + system, from the
process's own rusage) of one run of each of the three is reported, start-up
included.

This is a measurement, not a test: the programs are someone else's, change
with their repository, and are expected to fail in part.  Nothing here
asserts; the numbers go into docs/conformance.md and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import ast
import collections
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DIRS = ("benchmarks", "microbenchmarks")
HARNESS = "benchmarking"
PROG = "prog"
RUN_TIMEOUT = 600.0  # wall time: binary_trees needs over 120 s of CPython on a loaded machine
BUILD_TIMEOUT = 600.0
ERROR = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): error: (?P<msg>.*)$")
# Statuses of programs that CPython does not run: not in the count.
NOT_RUN = ("not-run", "needs-harness")
ORDER = ("ok", "differs", "crash", "rejected", "compiler-crash", "timeout", *NOT_RUN)


@dataclass
class Bench:
    """One @benchmark function and the files of its program."""
    path: str                   # the module, relative to the checkout
    func: str
    files: dict[str, str]       # relative path in the program's directory -> text
    harness_names: list[str]    # other names the modules import from the harness

    @property
    def name(self) -> str:
        return f"{Path(self.path).stem}.{self.func}"


@dataclass
class Run:
    status: int                 # exit code; minus the signal number if killed
    stdout: bytes
    stderr: bytes
    cpu: float                  # user + system seconds of the process and its children
    timed_out: bool


@dataclass
class Result:
    bench: Bench
    status: str
    detail: str = ""
    errors: list[str] = field(default_factory=list)   # located errors, when rejected
    cpu: dict[str, float] = field(default_factory=dict)  # contender -> CPU seconds


# --- discovery -------------------------------------------------------------

DECORATORS = ("benchmark", "benchmark_with_context")
# The harness's BenchmarkContext, as the context benchmarks use it (our own
# stand-in, so that nothing of the checkout's harness is compiled).
CONTEXT = '''import time


class BenchmarkContext:
    def __init__(self) -> None:
        self.start_time = time.time()

    def start(self) -> None:
        self.start_time = time.time()

    def elapsed_time(self) -> float:
        return time.time() - self.start_time
'''


def decorator_name(dec: ast.expr) -> str | None:
    """"benchmark" for `@benchmark`, `@benchmark(...)` or
    `@benchmarking.benchmark(...)`; likewise benchmark_with_context."""
    f = dec.func if isinstance(dec, ast.Call) else dec
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == HARNESS:
        name = f.attr
    elif isinstance(f, ast.Name):
        name = f.id
    else:
        return None
    return name if name in DECORATORS else None


def is_benchmark(dec: ast.expr) -> bool:
    return decorator_name(dec) is not None


def harness_imports(tree: ast.Module) -> tuple[list[ast.stmt], list[str]]:
    """The top-level imports of the harness, and the names they bring in
    besides `benchmark`."""
    nodes: list[ast.stmt] = []
    others: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == HARNESS and node.level == 0:
            nodes.append(node)
            others += [a.name for a in node.names if a.name not in DECORATORS]
        elif isinstance(node, ast.Import) and any(a.name == HARNESS for a in node.names):
            nodes.append(node)
            others.append(HARNESS)
    return nodes, others


def strip_harness(text: str) -> tuple[str, list[str]]:
    """The module without its harness import and @benchmark decorators (their
    lines left blank), and the other harness names it imports."""
    tree = ast.parse(text)
    nodes, others = harness_imports(tree)
    spans: list[ast.stmt | ast.expr] = list(nodes)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            spans += [d for d in node.decorator_list if is_benchmark(d)]
    blank: set[int] = set()
    for n in spans:
        end = n.end_lineno if n.end_lineno is not None else n.lineno
        blank.update(range(n.lineno - 1, end))
    lines = text.splitlines(keepends=True)
    out = ["\n" if i in blank else ln for i, ln in enumerate(lines)]
    if "BenchmarkContext" in others:
        out[nodes[0].lineno - 1] = "from benchmarking import BenchmarkContext\n"
        others.remove("BenchmarkContext")
    joined = "".join(out)
    return (joined if joined.endswith("\n") else joined + "\n"), others


def sibling_modules(tree: ast.Module, path: str) -> list[str]:
    """The modules of the checkout (as relative paths) that the module at
    path imports: `benchmarks.x`, `microbenchmarks.x` or relative imports.
    A plain `import x` is not one: the harness imports the modules as
    members of their package, so `dataclasses` is the standard library's,
    not microbenchmarks/dataclasses.py."""
    names: list[str] = []
    package = Path(path).parent.as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level > 0:
                base = package if node.level == 1 else ""
                mod = node.module or ""
                if mod:
                    names.append(f"{base}/{mod.replace('.', '/')}".lstrip("/"))
                else:   # from . import x
                    names += [f"{base}/{a.name}".lstrip("/") for a in node.names]
            elif node.module and node.module.split(".")[0] in DIRS:
                names.append(node.module.replace(".", "/"))
        elif isinstance(node, ast.Import):
            names += [a.name.replace(".", "/") for a in node.names
                      if a.name.split(".")[0] in DIRS]
    return [f"{n}.py" for n in names if "/" in n]


def program_files(checkout: Path, path: str) -> tuple[dict[str, str], list[str]]:
    """The module at path and the checkout modules it imports, stripped of
    the harness, keyed by their path relative to the program directory; and
    the other harness names they import."""
    files: dict[str, str] = {}
    others: list[str] = []
    todo = [path]
    while todo:
        rel = todo.pop()
        if rel in files or not (checkout / rel).is_file():
            continue
        text = (checkout / rel).read_text()
        files[rel], names = strip_harness(text)
        others += [n for n in names if n not in others]
        todo += sibling_modules(ast.parse(text), rel)
    return files, others


def discover(checkout: Path) -> tuple[list[Bench], list[str]]:
    """Every @benchmark function, and the names of those skipped."""
    benches: list[Bench] = []
    skipped: list[str] = []
    for d in DIRS:
        for f in sorted((checkout / d).glob("*.py")):
            rel = f.relative_to(checkout).as_posix()
            funcs = [(n.name, "benchmark_with_context" in map(decorator_name, n.decorator_list))
                     for n in ast.parse(f.read_text()).body
                     if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and any(is_benchmark(dec) for dec in n.decorator_list)]
            if f.stem.startswith("mypy_"):
                skipped += [f"{f.stem}.{fn}" for fn, _ in funcs]
                continue
            if not funcs:
                continue
            files, others = program_files(checkout, rel)
            main = files.pop(rel)
            if any(t.startswith("from benchmarking import") for t in [main, *files.values()]
                   for t in t.splitlines()):
                files[f"{HARNESS}.py"] = CONTEXT
            for fn, with_context in funcs:
                call = f"{fn}(BenchmarkContext())" if with_context else f"{fn}()"
                prog = {f"{PROG}.py": f"{main}\n\n{call}\n", **files}
                benches.append(Bench(rel, fn, prog, others))
    return benches, skipped


# --- running ---------------------------------------------------------------

def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float) -> Run:
    """Runs cmd to its end or its timeout (then kills its process group);
    its CPU time from its own rusage, so that threads running other
    processes at the same time do not mix in."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=out, stderr=err, start_new_session=True)
        expired = threading.Event()

        def kill() -> None:
            expired.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
        out.seek(0)
        err.seek(0)
        return Run(p.returncode, out.read(), err.read(),
                   usage.ru_utime + usage.ru_stime, expired.is_set())


def python_env() -> dict[str, str]:
    return {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}


def unicc_env(cache: Path) -> dict[str, str]:
    # PYTHONPATH: this checkout's unicc, whatever the working directory.
    return {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(cache)}


def text(b: bytes) -> str:
    return b.decode("utf-8", "replace")


def last_line(b: bytes) -> str:
    lines = [ln.strip() for ln in text(b).splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def clip(s: str, n: int = 70) -> str:
    return s if len(s) <= n else s[:n - 1] + "…"


def located_errors(out: bytes, b: Bench, cwd: Path) -> list[str]:
    """unicc's `path:line:col: error: ...` lines, the path relative to the
    checkout (the program file is named after its module)."""
    errors = []
    for ln in text(out).splitlines():
        m = ERROR.match(ln.strip())
        if m:
            path = m["path"]
            if Path(path).is_absolute() and Path(path).is_relative_to(cwd):
                path = Path(path).relative_to(cwd).as_posix()
            if path == f"{PROG}.py":
                path = b.path
            errors.append(f"{path}:{m['line']}:{m['col']}: error: {m['msg']}")
    return errors


def traceback_summary(err: bytes) -> str:
    """The last frame and the exception of a Python traceback."""
    frames = re.findall(r'File "([^"]+)", line (\d+)', text(err))
    where = ""
    if frames:
        f, line = frames[-1]
        p = Path(f)
        where = f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p.name}:{line}: "
    return where + last_line(err)


def build_failure(b: Bench, r: Run, cwd: Path) -> Result:
    if r.timed_out:
        return Result(b, "timeout", f"build took over {BUILD_TIMEOUT:.0f} s")
    errors = located_errors(r.stderr + r.stdout, b, cwd)
    if errors:
        return Result(b, "rejected", errors[0], errors)
    if b"Traceback (most recent call last)" in r.stderr:
        return Result(b, "compiler-crash", traceback_summary(r.stderr))
    return Result(b, "compiler-crash", f"exit {r.status}: {last_line(r.stderr + r.stdout)}")


def first_difference(want: bytes, got: bytes) -> str:
    a, b = want.splitlines(), got.splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else None
        y = b[i] if i < len(b) else None
        if x != y:
            show = [clip(repr(text(v)), 40) if v is not None else "nothing" for v in (x, y)]
            return f"line {i + 1}: CPython {show[0]}, unicc {show[1]}"
    return "trailing bytes differ"


def compare(b: Bench, want: Run, got: Run, timeout: float) -> Result:
    if got.timed_out:
        return Result(b, "timeout", f"run took over {timeout:.0f} s "
                      f"(CPython {want.cpu:.1f} s)")
    if got.status < 0:
        return Result(b, "crash", f"signal {signal.Signals(-got.status).name}")
    panic = [ln for ln in text(got.stderr).splitlines() if ln.startswith("panic:")]
    if panic:
        return Result(b, "crash", panic[0])
    if got.stdout == want.stdout and got.status == want.status:
        return Result(b, "ok", cpu={"CPython": want.cpu, "unicc": got.cpu})
    parts = []
    if got.stdout != want.stdout:
        parts.append(first_difference(want.stdout, got.stdout))
    if got.status != want.status:
        parts.append(f"exit {got.status}: {clip(last_line(got.stderr), 90)}")
    return Result(b, "differs", "; ".join(parts))


def write_program(b: Bench, d: Path) -> None:
    for rel, src in b.files.items():
        f = d / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(src)
        init = f.parent / "__init__.py"
        if f.parent != d and not init.exists():
            init.write_text("")


def measure(b: Bench, d: Path, cache: Path, timeout: float) -> Result:
    """CPython, then unicc, on the program of b, in directory d."""
    write_program(b, d)
    want = run([PY, f"{PROG}.py"], d, python_env(), timeout)
    if want.timed_out or want.status != 0:
        why = (f"times out ({timeout:.0f} s)" if want.timed_out
               else clip(last_line(want.stderr), 100))
        if b.harness_names and not want.timed_out:
            return Result(b, "needs-harness", f"{', '.join(b.harness_names)}: {why}")
        return Result(b, "not-run", why)
    built = run([PY, "-m", "unicc", "build", f"{PROG}.py", "--target", "unix",
                 "-o", PROG], d, unicc_env(cache), BUILD_TIMEOUT)
    if built.status != 0 or built.timed_out:
        return build_failure(b, built, d)
    return compare(b, want, run([f"./{PROG}"], d, python_env(), timeout), timeout)


def time_mypyc(r: Result, d: Path, timeout: float) -> None:
    """Compiles the program by mypyc in d/mypyc, imports it once; its CPU
    time into r.cpu, or why not into r.detail."""
    m = d / "mypyc"
    m.mkdir()
    write_program(r.bench, m)
    built = run([PY, "-m", "mypyc", f"{PROG}.py"], m, python_env(), BUILD_TIMEOUT)
    if built.status != 0 or built.timed_out:
        why = located_errors(built.stdout + built.stderr, r.bench, m)
        r.detail = "mypyc failed: " + (why[0] if why else clip(last_line(built.stderr), 90))
        return
    got = run([PY, "-c", f"import {PROG}"], m, python_env(), timeout)
    want_ok = got.status == 0 and not got.timed_out
    if want_ok:
        r.cpu["mypyc"] = got.cpu
    else:
        r.detail = f"mypyc run failed: {clip(last_line(got.stderr), 90)}"


def measure_all(benches: list[Bench], jobs: int, timeout: float, timing: bool,
                keep: bool) -> list[Result]:
    tmp = Path(tempfile.mkdtemp(prefix="unicc-peers-"))
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "unicc-peers"
    # One mypy and runtime cache per worker: concurrent builds sharing one
    # mypy cache fail spuriously.
    caches: queue.Queue[Path] = queue.Queue()
    for i in range(jobs):
        caches.put(base / f"worker{i}")
    done = [0]
    lock = threading.Lock()

    def one(b: Bench) -> Result:
        cache = caches.get()
        try:
            d = tmp / b.name
            d.mkdir()
            r = measure(b, d, cache, timeout)
            if timing and r.status == "ok":
                time_mypyc(r, d, timeout)
        except (OSError, ValueError, subprocess.SubprocessError) as e:
            # a fault of this script must not lose the other results
            r = Result(b, "compiler-crash", f"bench.peers: {type(e).__name__}: {e}")
        finally:
            caches.put(cache)
        with lock:
            done[0] += 1
            print(f"[{done[0]}/{len(benches)}] {b.name}: {r.status} {clip(r.detail, 100)}",
                  file=sys.stderr, flush=True)
        return r

    try:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(one, benches))
    finally:
        if keep:
            print(f"programs kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


# --- reporting -------------------------------------------------------------

def normalise(error: str) -> str:
    """The message of a located error, quoted names elided, so that the same
    blocker in different places counts once per kind."""
    msg = error.split(": error: ", 1)[1]
    return re.sub(r'"[^"]*"', '"…"', msg)


def blockers(results: list[Result]) -> list[tuple[str, int, int, str]]:
    """(message, benchmarks it rejects, of which it is the only kind of
    error in, an example) per rejection message, most frequent first."""
    count: collections.Counter[str] = collections.Counter()
    sole: collections.Counter[str] = collections.Counter()
    example: dict[str, str] = {}
    for r in results:
        kinds = {normalise(e): e for e in r.errors}
        for k, e in kinds.items():
            count[k] += 1
            example.setdefault(k, e)
            if len(kinds) == 1:
                sole[k] += 1
    return [(k, n, sole[k], example[k]) for k, n in count.most_common()]


SKIPPED_WHY = "mypy_* benchmarks need a mypy checkout"


def summary(results: list[Result], skipped: list[str], what: str = "@benchmark functions",
            skipped_why: str = SKIPPED_WHY) -> list[str]:
    ran = [r for r in results if r.status not in NOT_RUN]
    ok = [r for r in ran if r.status == "ok"]
    pct = 100 * len(ok) / len(ran) if ran else 0.0
    by = collections.Counter(r.status for r in results)
    return [
        f"{len(results) + len(skipped)} {what}; {len(skipped)} skipped ({skipped_why}: "
        f"{', '.join(skipped)})" if skipped else f"{len(results)} {what}",
        ", ".join(f"{s} {by[s]}" for s in ORDER if by[s]),
        f"{len(ok)} of {len(ran)} that CPython runs compile and match ({pct:.0f}%)",
    ]


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a is not None and b else "-"


def timing_rows(results: list[Result]) -> list[list[str]]:
    rows = []
    for r in results:
        if r.status != "ok":
            continue
        c, u, m = (r.cpu.get(k) for k in ("CPython", "unicc", "mypyc"))
        rows.append([r.bench.name, f"{c:.3f}" if c is not None else "-",
                     f"{u:.3f}" if u is not None else "-",
                     f"{m:.3f}" if m is not None else r.detail or "-",
                     ratio(c, u), ratio(c, m), ratio(m, u)])
    return rows


TIMING_HEAD = ["benchmark", "CPython s", "unicc s", "mypyc s",
               "CPython/unicc", "CPython/mypyc", "mypyc/unicc"]


def plain_table(head: list[str], rows: list[list[str]], width: int = 110) -> list[str]:
    rows = [[clip(c, width) for c in row] for row in rows]
    w = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def fmt(r: list[str]) -> str:
        return "  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip()
    return [fmt(head), fmt(["-" * n for n in w]), *(fmt(r) for r in rows)]


def md_table(head: list[str], rows: list[list[str]]) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"
    return [line(head), "|" + "---|" * len(head), *(line(r) for r in rows)]


def result_rows(results: list[Result]) -> list[list[str]]:
    key = {s: i for i, s in enumerate(ORDER)}
    ordered = sorted(results, key=lambda r: (key[r.status], r.bench.name))
    return [[r.bench.name, r.status, r.detail] for r in ordered]


def blocker_rows(results: list[Result]) -> list[list[str]]:
    return [[str(n), str(s), k, e] for k, n, s, e in blockers(results)]


BLOCKER_HEAD = ["benchmarks", "only error in", "message", "example"]


def report(results: list[Result], skipped: list[str], timing: bool, what: str = "@benchmark functions",
           skipped_why: str = SKIPPED_WHY) -> list[str]:
    out = [*plain_table(["program", "status", "detail"], result_rows(results)), ""]
    out += ["Rejections by message:",
            *plain_table(BLOCKER_HEAD, blocker_rows(results), 80), ""]
    if timing:
        out += ["CPU time, one run each, start-up included:",
                *plain_table(TIMING_HEAD, timing_rows(results)), ""]
    return out + summary(results, skipped, what, skipped_why)


def markdown(results: list[Result], skipped: list[str], timing: bool, checkout: Path) -> str:
    out = [f"Measured by `python -m bench.peers` on mypyc-benchmarks ({commit(checkout)}).", "",
           *(f"- {ln}" for ln in summary(results, skipped)), "",
           *md_table(["benchmark", "status", "detail"], result_rows(results)), "",
           ("Rejections by message (benchmarks rejected with it; of which it is "
            "the only kind of error in):"), "",
           *md_table(BLOCKER_HEAD, blocker_rows(results))]
    if timing:
        out += ["", "CPU time (user + system), one run each, start-up included:", "",
                *md_table(TIMING_HEAD, timing_rows(results))]
    return "\n".join(out) + "\n"


def commit(checkout: Path) -> str:
    p = subprocess.run(["git", "-C", str(checkout), "log", "-1", "--format=%h %cs"],
                       capture_output=True, text=True, check=False)
    return p.stdout.strip() or "commit unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.peers",
                                 description=(__doc__ or "").split("\n")[0])
    ap.add_argument("checkout", type=Path, help="a checkout of mypyc/mypyc-benchmarks")
    ap.add_argument("--only", help="comma-separated function or module.function names")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=RUN_TIMEOUT,
                    help=f"seconds each program may run (default {RUN_TIMEOUT:.0f})")
    ap.add_argument("--time", action="store_true", help="time the matching ones, with mypyc")
    ap.add_argument("--markdown", type=Path, help="write the tables as Markdown to FILE")
    ap.add_argument("--keep", action="store_true", help="keep the temporary programs")
    args = ap.parse_args(argv)
    benches, skipped = discover(args.checkout.resolve())
    if args.only:
        want = set(args.only.split(","))
        benches = [b for b in benches if b.func in want or b.name in want]
        skipped = [s for s in skipped if s in want or s.split(".")[1] in want]
    results = measure_all(benches, max(1, args.jobs), args.timeout, args.time, args.keep)
    print("\n".join(report(results, skipped, args.time)))
    if args.markdown:
        args.markdown.write_text(markdown(results, skipped, args.time, args.checkout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
