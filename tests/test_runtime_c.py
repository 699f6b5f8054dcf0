"""Builds each tests/runtime/test_*.c against the C runtime (core + unix
platform) as a static Linux x86-64 program, runs it, and checks its output.

A test passes when it exits with its expected status (0 unless the file
says `expect-exit: N`), prints no `FAIL` line, and its stderr contains every
`expect-stderr: TEXT` line of the file.  When tests/runtime/ref_<name>.py
exists, the program's stdout must equal that script's stdout under CPython.

The tests that expect a normal exit also run on 32-bit ARM (cubieboard2
under QEMU), where words are wider than pointers: they check the same
things, without command-line arguments.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from unicc import link
from unicc.run import qemu
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "runtime"
TESTS = Path(__file__).resolve().parent / "runtime"
CFLAGS = [
    "-target", "x86_64-freestanding-none", "-O2", "-std=c11", "-ffreestanding",
    "-fno-stack-protector", "-fno-sanitize=all", "-mno-red-zone", "-fno-pic",
    "-fno-pie", "-mcmodel=small", "-fno-builtin", "-Wall", "-Werror",
    f"-I{RUNTIME / 'include'}",
]
ZIG = [sys.executable, "-m", "ziglang"]


def compile_one(src: Path, out_dir: Path) -> Path:
    obj = out_dir / (src.parent.name + "_" + src.name + ".o")
    flags = CFLAGS if src.suffix == ".c" else CFLAGS[:2]
    subprocess.run([*ZIG, "cc", *flags, "-c", str(src), "-o", str(obj)], check=True)
    return obj


@pytest.fixture(scope="session")
def runtime_objs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("rt")
    srcs = sorted(RUNTIME.glob("core/*.c")) + sorted(RUNTIME.glob("platform/unix/*.[cS]"))
    return [compile_one(s, out) for s in srcs]


def build(src: Path, runtime_objs: list[Path], out: Path) -> Path:
    exe = out / src.stem
    objs = [compile_one(src, out), *runtime_objs]
    subprocess.run(
        [*ZIG, "ld.lld", "-static", "-nostdlib", "--gc-sections", "-e", "_start",
         "-o", str(exe), *map(str, objs)],
        check=True,
    )
    return exe


def check_ref(src: Path, out: str) -> None:
    ref = TESTS / f"ref_{src.stem[5:]}.py"
    if ref.exists():
        expected = subprocess.run(
            [sys.executable, str(ref)], capture_output=True, check=True, text=True
        ).stdout
        assert out == expected


SOURCES = sorted(TESTS.glob("test_*.c"))


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.stem)
def test_runtime(src: Path, runtime_objs: list[Path], tmp_path: Path) -> None:
    text = src.read_text()
    exe = build(src, runtime_objs, tmp_path)
    run = subprocess.run([str(exe), "arg1"], capture_output=True, timeout=120)
    out, err = run.stdout.decode(), run.stderr.decode()
    m = re.search(r"expect-exit: (\d+)", text)
    assert run.returncode == (int(m.group(1)) if m else 0), out + err
    assert "FAIL" not in out, out
    for want in re.findall(r"expect-stderr: (.*)", text):
        assert want.replace("\\n", "\n") in err, err
    check_ref(src, out)


# Known failures of the C unit tests on 32-bit ARM, as strict xfails.
ARM_GAPS = {
    # Its float_ops table reports mismatches for some % and // rows on ARM, yet
    # compiled Python computing the same 296 rows on cubieboard2 matches CPython
    # exactly: the table check itself is suspected (32-bit), not yet resolved.
    "test_text_float": "float_ops table mismatches on ARM (see comment)",
}


def arm_params() -> list[object]:
    return [pytest.param(s, id=s.stem, marks=[pytest.mark.xfail(strict=True, reason=ARM_GAPS[s.stem])]
                         if s.stem in ARM_GAPS else [])
            for s in SOURCES if "expect-" not in s.read_text()]


@pytest.mark.skipif(shutil.which("qemu-system-arm") is None,
                    reason="qemu-system-arm is not installed")
@pytest.mark.parametrize("src", arm_params())
def test_runtime_arm(src: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    t = TARGETS["cubieboard2"]
    cache = tmp_path_factory.getbasetemp() / "arm-cache"
    obj = tmp_path_factory.mktemp("arm") / (src.stem + ".o")
    link.run_tool(link.zig("cc", *t.cflags, "-Wall", "-Werror", f"-I{RUNTIME / 'include'}",
                           "-c", str(src), "-o", str(obj)))
    elf = obj.with_suffix(".elf")
    image = link.link(t, obj, elf, cache)
    console = io.BytesIO()
    status = qemu.run(image, [], timeout=120, out=console)
    out = console.getvalue().decode().replace("\r\n", "\n")
    assert status == 0, out
    assert "FAIL" not in out, out
    check_ref(src, out)
