"""The QEMU targets end to end: compiled programs booted as unikernels.

tests/test_programs.py runs every program on the targets of --target (unix
by default; `make test`: unix and cubieboard2); this module boots a
representative subset of them on each other target that runs under QEMU
(with `make test`: xen and xen-arm) and compares with CPython (console
against CPython's merged output: see tests/conftest.py), then checks that
the ways a program can die (out of memory, runaway recursion) end alike on
every target.  CPU faults and
stack overflows in C are covered per platform by tests/test_boot_x86.py and
tests/test_boot_arm.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, TRACEBACK, Result, Runner, unicc, without_frames

from unicc.errors import UserError
from unicc.image import Image
from unicc.run import xlconfig
from unicc.targets import TARGETS

PROGRAMS = ROOT / "tests" / "programs"
HERE = ROOT / "tests" / "targets"

# ints, floats and their formatting, strings, lists, dicts, sets, classes,
# closures, generators, exceptions (caught and uncaught, every builtin
# class), sys.exit, stderr, sys.argv, the clock through the event loop,
# objects in frames, module initialisation and a multi-module program.
SELECTED = [
    "int_arith", "int_bitops", "float_math", "float_sqrt_newton", "float_format", "str_basic",
    "str_slicing", "fstring_align_str", "print_sep_end", "list_basic",
    "list_comprehension", "dict_basic", "set_int_ops", "class_inherit_super", "func_closure_nonlocal",
    "gen_basic", "frame_objects", "exc_hierarchy", "exc_finally_return", "exc_all_builtin",
    "err_zerodiv_uncaught", "err_user_exception",
    "err_key_uncaught", "err_index_uncaught", "sys_exit_code", "err_stderr_exit",
    "sys_argv", "async_sleep_order", "algo_wordfreq", "algo_bst", "sim_bank", "mod_init_order", "mod_package",
]
READS_ARGV = {"sys_argv"}  # cubieboard2 boots without a command line
QEMU_TARGETS = [name for name, t in TARGETS.items() if t.qemu]


def entry(name: str) -> Path:
    single = PROGRAMS / f"{name}.py"
    return single if single.exists() else PROGRAMS / name / "main.py"


def needs_qemu(target: str) -> pytest.MarkDecorator:
    binary = TARGETS[target].qemu[0] if TARGETS[target].qemu else ""
    return pytest.mark.skipif(bool(binary) and shutil.which(binary) is None,
                              reason=f"{binary} is not installed")


def cases(covered: set[str]) -> list[object]:
    return [pytest.param(target, name, id=f"{target}-{name}", marks=needs_qemu(target))
            for target in QEMU_TARGETS if target not in covered for name in SELECTED
            if TARGETS[target].cmdline or name not in READS_ARGV]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """test_program's cases: the targets of --target are left out, since
    tests/test_programs.py boots every program there, these included."""
    if metafunc.function.__name__ == "test_program":
        covered = set(str(metafunc.config.getoption("--target")).split(","))
        metafunc.parametrize("target,name", cases(covered))


@pytest.fixture(scope="module")
def references() -> dict[Path, Result]:
    """CPython's merged output per program: the same for every QEMU target."""
    return {}


def test_program(target: str, name: str, references: dict[Path, Result],
                 tmp_path: Path) -> None:
    runner, program = Runner(target), entry(name)
    if program not in references:
        references[program] = runner.reference(program)
    runner.assert_same(references[program], runner.compiled(program, tmp_path))


ALL_TARGETS = [pytest.param(name, marks=needs_qemu(name)) for name in TARGETS]


@pytest.mark.parametrize("target", ALL_TARGETS)
def test_out_of_memory(target: str, tmp_path: Path) -> None:
    """A 2 MiB heap filled by live strings: an uncaught MemoryError, exit 1.
    (No reference run: CPython would fill the machine's memory.)"""
    got = Runner(target).compiled(HERE / "oom.py", tmp_path, "--heap", "2M")
    console = (got.stdout + got.stderr).decode("utf-8", "replace")
    assert got.status == 1, console[-2000:]
    assert "\n1000 1000\n" in "\n" + console  # it ran for a while first
    assert console.endswith(f"{TRACEBACK}\nMemoryError\n"), console[-2000:]
    if not got.stdout.endswith(b"MemoryError\n"):  # natively: on stderr alone
        assert got.stderr.endswith(f"{TRACEBACK}\nMemoryError\n".encode())


@pytest.mark.parametrize("program", ["recursion.py", "recursion_stack.py", "recursion_self.py"])
@pytest.mark.parametrize("target", ALL_TARGETS)
def test_recursion_error(target: str, program: str, tmp_path: Path) -> None:
    """Runaway recursion ends as in CPython whatever the target's stack size,
    through a tail-call loop or through the stack.  (Not compared with the
    reference run: under typeguard CPython hits the limit inside an
    isinstance check and says so.)"""
    got = Runner(target).compiled(HERE / program, tmp_path)
    assert (got.status, without_frames(got.stdout + got.stderr)) == \
        (1, f"start\n{TRACEBACK}\nRecursionError: maximum recursion depth exceeded\n")


@pytest.mark.parametrize("target", [n for n, t in TARGETS.items() if t.xl is not None])
def test_xl_config(target: str, tmp_path: Path) -> None:
    """`unicc build` for a Xen target writes IMAGE.xl, sized for its heap."""
    hello = ROOT / "examples" / "hello" / "hello.py"
    sizes = {}
    for heap in ("2M", "100M"):
        image = tmp_path / f"hello{heap}"
        assert unicc(["build", str(hello), "--target", target, "--heap", heap, "-o", str(image)],
                     tmp_path, "build").status == 0
        lines = image.with_suffix(".xl").read_text().splitlines()
        conf = dict(line.split(" = ", 1) for line in lines if not line.startswith("#"))
        assert conf["name"] == conf["cmdline"] == f'"hello{heap}"'
        assert conf["kernel"] == f'"{image.resolve()}"'
        assert conf.get("type") == ('"pvh"' if target == "xen" else None)
        sizes[heap] = int(conf["memory"])
    assert sizes["2M"] == 32 and 116 < sizes["100M"] <= 124  # image + heap + 16 MiB
    assert "vif" not in conf
    built = Image.load(TARGETS[target], tmp_path / "hello2M")   # `--net xen[:BRIDGE]` adds a vif
    assert xlconfig.settings(built, {"net": "xen"})["vif"] == ["bridge=xenbr0"]
    vif = xlconfig.settings(built, {"net": "xen:br7"})["vif"]
    assert xlconfig.line("vif", vif) == "vif = ['bridge=br7']"
    assert "vif" not in xlconfig.settings(built, {"net": "virtio:tap0"})
    disk = xlconfig.settings(built, {"block": "xen:/srv/disk.img"})["disk"]   # `--block xen:PATH` a disk
    assert xlconfig.line("disk", disk) == \
        "disk = ['format=raw, vdev=xvda, access=rw, script=block, target=/srv/disk.img']"
    assert "disk" not in conf and "disk" not in xlconfig.settings(built, {"block": "virtio:d.img"})
    with pytest.raises(UserError, match="--block xen:PATH"):
        xlconfig.settings(built, {"block": "xen"})
