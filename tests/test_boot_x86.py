"""Boot tests for the x86-64 platforms (unix, xen) without the compiler.

tests/boot_x86/hello.c stands in for a compiled program; it is linked with
runtime/core and the platform exactly as unicc links, then run natively
(unix) or under QEMU through unicc.run.qemu (xen).
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from unicc import link
from unicc.run import qemu
from unicc.errors import UserError
from unicc.image import Image
from unicc.targets import RUNTIME, TARGETS

HELLO = Path(__file__).parent / "boot_x86" / "hello.c"
ARGV = ["prog", "a", "bc"]
HELLO_OUT = ("hello from unicc\nargv: a bc\nheap ok\nsse ok\nclock ok\n"
             "stack limit ok\n")

Build = Callable[[str, int], Image]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    cache = tmp_path_factory.mktemp("cache")
    images: dict[tuple[str, int], Image] = {}

    def build_one(target: str, fault: int) -> Image:
        if (target, fault) not in images:
            t = TARGETS[target]
            obj = cache / f"hello-{target}-{fault}.o"
            link.run_tool(link.zig("cc", *t.cflags, f"-I{RUNTIME / 'include'}",
                                   f"-DFAULT={fault}", "-c", str(HELLO), "-o", str(obj)))
            image = obj.with_suffix("")
            images[target, fault] = link.link(t, obj, image, cache)
        return images[target, fault]

    return build_one


def run(image: Image, timeout: float = 30) -> tuple[int, str]:
    """Exit status and console output (stdout then stderr for unix)."""
    if not image.target.qemu:
        p = subprocess.run([str(image.boot), *ARGV[1:]], capture_output=True, timeout=timeout)
        return p.returncode, (p.stdout + p.stderr).decode()
    out = io.BytesIO()
    status = qemu.run(image, ARGV, timeout=timeout, out=out)
    return status, out.getvalue().decode()


@pytest.mark.parametrize("target", ["unix", "xen"])
def test_hello(build: Build, target: str) -> None:
    status, out = run(build(target, 0))
    assert (status, out) == (3, HELLO_OUT)


FAULTS = {
    ("unix", 1): r"panic: stack overflow",
    ("unix", 2): r"panic: segmentation fault at 0x0",
    ("unix", 3): r"panic: illegal instruction at 0x[0-9a-f]+",
    ("xen", 1): r"panic: stack overflow",
    ("xen", 2): r"panic: CPU exception 14 \(page fault\) at rip=0x[0-9a-f]+ addr=0x0",
    ("xen", 3): r"panic: CPU exception 6 \(invalid opcode\) at rip=0x[0-9a-f]+",
}


@pytest.mark.parametrize("target,fault", sorted(FAULTS))
def test_fault_panics(build: Build, target: str, fault: int) -> None:
    status, out = run(build(target, fault))
    assert status == 70
    assert re.fullmatch(re.escape(HELLO_OUT) + FAULTS[target, fault] + "\n", out), out


def test_timeout_reports_console_tail(build: Build) -> None:
    with pytest.raises(UserError) as e:
        qemu.run(build("xen", 4), ARGV, timeout=2, out=io.BytesIO())
    assert e.value.messages == ["unicc: error: guest did not exit within 2 s",
                                "last console lines:",
                                *("  " + s for s in HELLO_OUT.splitlines())]


def test_missing_qemu_says_how_to_install(tmp_path: Path) -> None:
    t = TARGETS["xen"]
    t = dataclasses.replace(t, qemu=["qemu-system-x86_64-missing", *t.qemu[1:]])
    with pytest.raises(UserError, match="apt-get install qemu-system-x86_64-missing"):
        qemu.run(Image(t, elf=tmp_path / "img", boot=tmp_path / "img", heap=64 << 20), ["prog"])
    assert qemu.apt_package("qemu-system-x86_64") == "qemu-system-x86"
    assert qemu.apt_package("qemu-system-arm") == "qemu-system-arm"


def test_command_line() -> None:
    t = TARGETS["xen"]
    cmd = qemu.qemu_command(t, Path("img"), ["prog", "x", "y"], memory_mib=64)
    assert cmd[cmd.index("-kernel") + 1] == "img"
    assert cmd[cmd.index("-append") + 1] == "prog x y"
    assert cmd[cmd.index("-m") + 1] == "64M"
    with pytest.raises(UserError, match="splits its command line on spaces"):
        qemu.qemu_command(t, Path("img"), ["prog", "a b"])
    no_args = dataclasses.replace(t, cmdline=False, qemu=["qemu-system-x86_64", "-kernel", "{image}"])
    with pytest.raises(UserError, match="cannot pass command-line arguments"):
        qemu.qemu_command(no_args, Path("img"), ["prog", "x"])


def test_exit_decoding() -> None:
    xen = TARGETS["xen"]
    assert [qemu.decode_exit(xen, rc) for rc in (1, 7, 141, 0, 2, -9)] == \
        [0, 3, 70, None, None, None]
    plain = dataclasses.replace(xen, exit_decoder="plain")
    assert [qemu.decode_exit(plain, rc) for rc in (0, 3, 255, -9)] == [0, 3, 255, None]


@pytest.mark.parametrize("fault", [2, 3])
def test_fault_is_named(build: Build, fault: int, capsys: pytest.CaptureFixture[str]) -> None:
    """unicc run names the function a CPU fault happened in, from the image's symbols."""
    status, _ = run(build("xen", fault))
    assert status == 70
    assert re.search(r"unicc: the fault is in the function \w+", capsys.readouterr().err)
