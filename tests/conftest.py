"""Shared pieces of the end-to-end suites: the --target option and a runner.

The differential suites run each program twice -- once under CPython (the
oracle) and once compiled for the selected target -- and compare what a user
would see.  Everything that starts a process lives here so the three test
files stay thin.

A target that boots under QEMU has one console for stdout and stderr.  The
compiled runtime flushes stdout before writing to stderr, so that console is
compared with CPython's two streams merged and unbuffered; traceback frames
are left out of the comparison (compiled code reports fewer), the header and
the exception line are not.
"""

from __future__ import annotations

import difflib
import io
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import buildserver

ROOT = Path(__file__).resolve().parent.parent
STDLIB = ROOT / "stdlib"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
ARGS = ["alpha", "beta"]  # every program gets the same fixed command line
TRACEBACK = "Traceback (most recent call last):"
TIMEOUT = int(os.environ.get("UNICC_TEST_TIMEOUT", "60"))  # seconds, per subprocess
# The first build also compiles the runtime into unicc's cache: allow it longer.
BUILD_TIMEOUT = int(os.environ.get("UNICC_BUILD_TIMEOUT", "300"))


# Under pytest-xdist each worker's builds, in process or not, get a mypy
# cache of their own: builds running at the same time must not share one
# (driver.mypy_cache_dir).
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unicc"
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.setdefault("UNICC_MYPY_CACHE", str(CACHE / f"mypy-{os.environ['PYTEST_XDIST_WORKER']}"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--target", default="unix",
                     help="unicc target the compiled side runs on (default: unix); with "
                          "several, comma-separated, tests/test_programs.py runs on each (from one "
                          "build) and the other suites on the first")


@dataclass
class Result:
    status: int
    stdout: bytes
    stderr: bytes

    @property
    def last_err_line(self) -> str:
        lines = self.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
        return lines[-1] if lines else ""


def cli_available() -> bool:
    """`python -m unicc` works once the lead's CLI exists; until then the
    reference side falls back to plain python3 so the harness can be tried."""
    return (ROOT / "unicc" / "__main__.py").exists()


def process_env(merge: bool, extra_env: dict[str, str] | None, write_bytecode: bool) -> dict[str, str]:
    """The environment of a process the suites start; with `merge`, stderr
    goes unbuffered into stdout."""
    env = dict(os.environ, **(extra_env or {}))
    env["PYTHONUTF8"] = "1"
    # Bytecode lives in unicc's cache, never beside the sources, and only the
    # compiler's processes write it (the compiler's modules are not recompiled
    # from source by each of the suite's thousands of builds).  A program run
    # by CPython is never loaded from bytecode: a set display of constants is
    # a frozenset constant, whose order after a round trip through a .pyc can
    # differ from the one compiled from source.
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    if merge:
        env["PYTHONUNBUFFERED"] = "1"
    paths = [str(ROOT)] + ([] if cli_available() else [str(STDLIB)])
    env["PYTHONPATH"] = os.pathsep.join(paths + [env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def run(cmd: list[str], cwd: Path, what: str, timeout: int = TIMEOUT,
        merge: bool = False, extra_env: dict[str, str] | None = None, write_bytecode: bool = False) -> Result:
    """Run a process; with `merge`, stderr goes unbuffered into stdout."""
    env = process_env(merge, extra_env, write_bytecode)
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, timeout=timeout,
                           stderr=subprocess.STDOUT if merge else subprocess.PIPE)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{what} timed out after {timeout}s: {' '.join(cmd)}")
    return Result(p.returncode, p.stdout, p.stderr or b"")


def unicc(args: list[str], cwd: Path, what: str, timeout: int = TIMEOUT,
          merge: bool = False, extra_env: dict[str, str] | None = None) -> Result:
    if args[:1] == ["build"] and not merge:
        return unicc_build(args, cwd, what, timeout, extra_env)
    on_cpython = args[:1] == ["run"] and "--target" in args and args[args.index("--target") + 1] == "python"
    return run([PYTHON, "-m", "unicc", *args], cwd, what, timeout, merge, extra_env, write_bytecode=not on_cpython)


def unicc_build(args: list[str], cwd: Path, what: str, timeout: int, extra_env: dict[str, str] | None) -> Result:
    """`unicc build ...` in a process forked from this worker's build server
    (tests/buildserver.py), as `python -m unicc build ...` would run it."""
    env = process_env(False, extra_env, write_bytecode=True)
    server = buildserver.server(PYTHON, process_env(False, None, write_bytecode=True), ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        out, err = Path(tmp) / "out", Path(tmp) / "err"
        status = server.build(args, cwd, env, out, err, timeout)
        if status is None:
            pytest.fail(f"{what} timed out after {timeout}s: unicc {' '.join(args)}")
        return Result(status, out.read_bytes(), err.read_bytes())


def boot(target: str, image: Path, program: Path) -> Result:
    """Boot a QEMU target's image; the console comes back as stdout."""
    from unicc.errors import UserError
    from unicc.image import Image
    from unicc.run import qemu
    from unicc.targets import TARGETS
    t = TARGETS[target]
    argv = [program.stem, *ARGS] if t.cmdline else [program.stem]
    out = io.BytesIO()
    try:
        status = qemu.run(Image.load(t, image), argv, timeout=TIMEOUT, out=out)
    except UserError as e:
        pytest.fail("\n".join(e.messages))
    return Result(status, out.getvalue(), b"")


def without_frames(console: bytes) -> str:
    """Output with traceback frames (the indented lines after the header) dropped."""
    kept: list[str] = []
    in_traceback = False
    for line in console.decode("utf-8", "replace").splitlines(keepends=True):
        if in_traceback and line.startswith(" "):
            continue
        in_traceback = line.rstrip("\n") == TRACEBACK
        kept.append(line)
    return "".join(kept)


class Runner:
    def __init__(self, target: str) -> None:
        self.target = target
        from unicc.targets import TARGETS
        t = TARGETS.get(target)
        self.boots = bool(t and t.qemu)  # under QEMU: one console, see the module doc
        # a board with no command line (cubieboard2) runs both sides without arguments
        self.args = ARGS if t is None or not t.qemu or t.cmdline else []

    def reference(self, program: Path) -> Result:
        """CPython (with typeguard's import hook, via `unicc run --target python`)."""
        if not cli_available():
            return run([PYTHON, str(program), *self.args], program.parent, "CPython run",
                       merge=self.boots)
        return unicc(["run", "--target", "python", str(program), "--", *self.args],
                     program.parent, "reference run", merge=self.boots)

    def compiled(self, program: Path, workdir: Path, *options: str) -> Result:
        """The program built by unicc (with `options`) for the selected target
        and run there: natively, or booted under QEMU."""
        return compiled_on([self], program, workdir, *options)[self.target]

    def run_image(self, image: Path, program: Path) -> Result:
        if self.boots:
            return boot(self.target, image, program)
        return run([str(image), *ARGS], program.parent, "compiled program")

    def cli(self, args: list[str], cwd: Path) -> Result:
        """`python -m unicc ARGS` as a user would type it."""
        return unicc(args, cwd, "unicc " + " ".join(args[:1]), BUILD_TIMEOUT)

    def assert_same(self, ref: Result, got: Result) -> None:
        """Same stdout bytes and exit status; on failure, same last stderr line.
        (Under QEMU: the same console apart from traceback frames.)"""
        problems = self.differences(ref, got)
        if problems:
            pytest.fail("\n".join(problems))

    def differences(self, ref: Result, got: Result) -> list[str]:
        problems: list[str] = []
        if self.boots:
            want, have = without_frames(ref.stdout).encode(), without_frames(got.stdout).encode()
            if have != want:
                problems.append("console differs (- CPython, + compiled):\n" + diff(want, have))
        elif got.stdout != ref.stdout:
            problems.append("stdout differs (- CPython, + compiled):\n" + diff(ref.stdout, got.stdout))
        if got.status != ref.status:
            problems.append(f"exit status: CPython {ref.status}, compiled {got.status}")
        if ref.status != 0 and ref.stderr and got.last_err_line != ref.last_err_line:
            problems.append(f"last stderr line:\n  CPython:  {ref.last_err_line!r}\n"
                            f"  compiled: {got.last_err_line!r}")
        tail = got.stderr.decode("utf-8", "replace")[-2000:]
        if problems and tail:
            problems.append("compiled stderr:\n" + tail)
        return problems


def compiled_on(runners: list[Runner], program: Path, workdir: Path, *options: str) -> dict[str, Result]:
    """The program built by one `unicc build --target T1,T2,...` (with
    `options`; the targets share the front half) and run on each target."""
    cwd = program.parent
    targets = [r.target for r in runners]
    exe = workdir / "prog"
    images = {t: exe if len(targets) == 1 else exe.with_name(f"prog-{t}") for t in targets}
    # On unix the build also runs the IR checker after the builder and
    # after each pass (ir/check.py): every program proves the invariants
    # once, in the same build that proves its output.
    check_ir = {} if all(r.boots for r in runners) else {"UNICC_CHECK_IR": "1"}
    built = unicc(["build", str(program), "--target", ",".join(targets), "-o", str(exe), *options],
                  cwd, "build", BUILD_TIMEOUT, extra_env=check_ir)
    if built.status != 0 or not all(i.exists() for i in images.values()):
        pytest.fail(f"unicc build failed (exit {built.status}):\n"
                    + built.stderr.decode("utf-8", "replace")[-4000:])
    return {r.target: r.run_image(images[r.target], program) for r in runners}


def diff(a: bytes, b: bytes, limit: int = 60) -> str:
    lines = list(difflib.unified_diff(
        a.decode("utf-8", "replace").splitlines(keepends=True),
        b.decode("utf-8", "replace").splitlines(keepends=True), n=2))
    text = "".join(lines[2:2 + limit])  # skip the ---/+++ header
    if len(lines) > 2 + limit:
        text += f"... ({len(lines) - 2 - limit} more diff lines)\n"
    if not text.strip():
        text = f"(differs in whitespace or line endings) {a[-80:]!r} vs {b[-80:]!r}\n"
    return text


# Test files whose tests share an expensive module-scoped fixture (a booted
# guest, a built image, a Xen rig): under pytest-xdist (`--dist loadgroup`)
# each such file, or each parameter of its fixture, stays on one worker so
# the fixture is built once.  Every other test is spread over the workers.
SHARED_FIXTURE = {"test_boot_arm": None, "test_boot_x86": None, "test_dce": None,
                  "test_generated": None, "test_http_example": "app", "test_net": "how", "test_net_stress": None,
                  "test_net_wire": None,
                  "test_size": None, "test_web_example": None,
                  "test_xen_rig": "domus"}


@pytest.hookimpl(tryfirst=True)   # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.module.__name__ if isinstance(item, pytest.Function) else ""
        if module not in SHARED_FIXTURE:
            continue
        group, param = module, SHARED_FIXTURE[module]
        if param is not None and isinstance(item, pytest.Function) and hasattr(item, "callspec"):
            group += f"-{item.callspec.params.get(param)}"   # no "]" last: xdist reads "@" after the last "]"
        item.add_marker(pytest.mark.xdist_group(group))


def pytest_collection_finish(session: pytest.Session) -> None:
    """A worker whose grouped tests lost their group would set up each shared
    fixture once per worker (two Xen rigs for one): say so, never run slow."""
    if not getattr(session.config.option, "loadgroup", False):   # set on xdist's workers
        return
    lost = [i.nodeid for i in session.items if i.get_closest_marker("xdist_group") and "@" not in i.nodeid]
    if lost:
        raise pytest.UsageError(f"pytest-xdist did not group {lost[0]} (and {len(lost) - 1} more): "
                                "this pytest and pytest-xdist do not work together (see pyproject.toml)")


def pytest_sessionfinish(session: pytest.Session) -> None:
    buildserver.stop()


@pytest.fixture(scope="session")
def runners(request: pytest.FixtureRequest) -> list[Runner]:
    """One per target of --target (comma-separated: tests/test_programs.py
    builds each program once for all of them)."""
    return [Runner(t) for t in str(request.config.getoption("--target")).split(",")]


@pytest.fixture(scope="session")
def runner(runners: list[Runner]) -> Runner:
    """The other suites run on the first target of --target."""
    return runners[0]
