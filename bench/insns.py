"""Instructions per unit of work on ARM (cubieboard2) and x86-64, counted by QEMU.

    python -m bench.insns [--no-write]

Wall time under emulation says nothing about a board, but the number of
guest instructions executed does.  QEMU 7.2 (Debian bookworm) has no TCG
plugins, so the count comes from its exec log: with -singlestep every
translation block holds one guest instruction, and with `-d exec,nochain`
QEMU logs a "Trace" line each time it enters a block (nochain: no block
jumps into the next unlogged).  Each program runs with the work count at N,
2N and 3N; (count(3N) - count(N)) / 2N is the number of instructions per
unit of work (a checksum pass, a push/pop pair), start-up and printing
cancel out, and the two steps must agree (else the table says so).  Every
run must print what CPython prints for the same argv.

- unicc, ARM: the kernel built for cubieboard2 and booted the way the
  target's table entry boots it (qemu-system-arm -M orangepi-pc: a
  Cortex-A7).  The board has no command line, so the image's main module
  is two lines that call the kernel's main() with the argv.
- C -O2, ARM: the C twin built by zig cc -target arm-linux-musleabihf
  -mcpu=cortex_a7 -marm -O2 (static, musl), run by qemu-arm (user mode).
- unicc and C -O2, x86-64: the unix executable and the C twin as
  `python -m bench` builds them, run by qemu-x86_64 (user mode, from
  Debian's qemu-user).

Unless --no-write, the table goes into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bench.docs import replace_block
from unicc.run import qemu
from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
KERNELS_DIR = ROOT / "bench" / "kernels"
STDLIB = ROOT / "stdlib"
DOCS = ROOT / "docs" / "benchmarks.md"
PY = sys.executable
LOG_FLAGS = ["-singlestep", "-d", "exec,nochain"]
C_ARM = ["-target", "arm-linux-musleabihf", "-mcpu=cortex_a7", "-marm", "-O2"]
C_X86 = ["-O2", "-mcpu=x86_64"]
C_FLAGS = ["-ffp-contract=off", "-lm"]


@dataclass(frozen=True)
class Work:
    name: str
    source: str  # bench/kernels/<source>.py and .c
    args: tuple[str, ...]  # the argv before the work count
    n: int  # the smallest work count
    unit: str
    unit_bytes: int = 0  # bytes per unit, for instructions per byte


WORKS = [
    Work("checksum 64 B", "checksum", ("64",), 100, "pass", 64),
    Work("checksum 1500 B", "checksum", ("1500",), 10, "pass", 1500),
    Work("spsc ring", "ring", (), 1000, "push/pop pair"),
]

# Runs a kernel with a full argv (argv[0] first), logging to the given file;
# returns the command line.  Made by a Contender for one source.
Runner = Callable[[list[str], Path], list[str]]


@dataclass(frozen=True)
class Contender:
    name: str
    arch: str
    qemu: str  # the QEMU binary that runs it
    prepare: Callable[[Work, Path], Runner]


def zig_cc(flags: list[str], src: Path, out: Path) -> None:
    subprocess.run([PY, "-m", "ziglang", "cc", *flags, *C_FLAGS, str(src), "-o", str(out)],
                   check=True, capture_output=True)


def user_mode(binary: str, make: Callable[[Work, Path], None]) -> Callable[[Work, Path], Runner]:
    """An executable that make(work, path) writes, run by QEMU user mode."""
    def prepare(w: Work, d: Path) -> Runner:
        exe = d / w.source
        make(w, exe)
        return lambda argv, log: [binary, *LOG_FLAGS, "-D", str(log), str(exe), *argv[1:]]
    return prepare


def c_twin(flags: list[str]) -> Callable[[Work, Path], None]:
    return lambda w, exe: zig_cc(flags, KERNELS_DIR / f"{w.source}.c", exe)


def unicc_unix(w: Work, exe: Path) -> None:
    build(KERNELS_DIR / f"{w.source}.py", exe, BuildOptions(TARGETS["unix"]))


def unicc_board(target: str) -> Callable[[Work, Path], Runner]:
    """The kernel built for a board, one image per argv (the board has no command line)."""
    t = TARGETS[target]

    def prepare(w: Work, d: Path) -> Runner:
        def runner(argv: list[str], log: Path) -> list[str]:
            src = d / "-".join(argv)
            src.mkdir()
            shutil.copy(KERNELS_DIR / f"{w.source}.py", src)
            main = src / "insns_main.py"
            main.write_text(f"from {w.source} import main\n\nmain({argv!r})\n")
            image = src / "image"
            build(main, image, BuildOptions(t))
            return [*qemu.qemu_command(t, image, [main.stem]), *LOG_FLAGS, "-D", str(log)]
        return runner
    return prepare


CONTENDERS = [
    Contender("unicc", "ARM", "qemu-system-arm", unicc_board("cubieboard2")),
    Contender("C -O2", "ARM", "qemu-arm", user_mode("qemu-arm", c_twin(C_ARM))),
    Contender("unicc", "x86-64", "qemu-x86_64", user_mode("qemu-x86_64", unicc_unix)),
    Contender("C -O2", "x86-64", "qemu-x86_64", user_mode("qemu-x86_64", c_twin(C_X86))),
]


def traces(log: Path) -> int:
    """The number of "Trace" lines: of guest instructions executed."""
    n, carry = 0, b""
    with log.open("rb") as f:
        while chunk := f.read(1 << 20):
            n += (carry + chunk).count(b"\nTrace ")
            carry = chunk[-6:]
    with log.open("rb") as f:
        return n + f.read(6).startswith(b"Trace ")


def cpython_output(w: Work, argv: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": str(STDLIB)}
    return subprocess.run([PY, str(KERNELS_DIR / f"{w.source}.py"), *argv[1:]], env=env,
                          capture_output=True, text=True, check=True).stdout


def count(c: Contender, w: Work, run: Runner, k: int, d: Path) -> int:
    argv = [w.source, *w.args, str(k * w.n)]
    log = d / "exec.log"
    p = subprocess.run(run(argv, log), capture_output=True, timeout=900)
    out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
    want = cpython_output(w, argv)
    if p.returncode != 0 or out != want:
        raise SystemExit(f"{c.name} {c.arch} {' '.join(argv)}: exit status {p.returncode}, "
                         f"printed {out!r}, CPython {want!r}\n{p.stderr.decode(errors='replace')}")
    n = traces(log)
    log.unlink()
    print(f"{c.name:6} {c.arch:6} {' '.join(argv):24} {n:>10} instructions", file=sys.stderr)
    return n


def per_unit(c: Contender, w: Work, d: Path) -> str:
    """Instructions per unit of work, from the runs at N, 2N and 3N."""
    if shutil.which(c.qemu) is None:
        package = qemu.apt_package(c.qemu) if "system" in c.qemu else "qemu-user"
        return f"no {c.qemu} (`apt-get install {package}`)"
    d = d / f"{c.arch} {c.name} {w.name}"
    d.mkdir()
    run = c.prepare(w, d)
    c1, c2, c3 = (count(c, w, run, k, d) for k in (1, 2, 3))
    per = (c3 - c1) / (2 * w.n)
    text = f"{per:.0f}" if per >= 100 else f"{per:.1f}"
    if abs((c2 - c1) - (c3 - c2)) > 0.01 * (c3 - c2):
        text += f" (steps differ: {(c2 - c1) / w.n:.0f}, {(c3 - c2) / w.n:.0f})"
    return text + (f" ({per / w.unit_bytes:.2f}/B)" if w.unit_bytes else "")


def ratio(a: str, b: str) -> str:
    try:
        return f"{float(a.split()[0]) / float(b.split()[0]):.2f}"
    except ValueError:
        return "-"


def table(rows: list[tuple[Work, dict[tuple[str, str], str]]]) -> str:
    out = ["Guest instructions per unit of work (`python -m bench.insns`), counted by QEMU 7.2 "
           "(-singlestep, `-d exec,nochain`) from runs at N, 2N and 3N; per byte in "
           "parentheses.  unicc/C is the ratio of the two.", "",
           "| kernel | N | per | ARM unicc | ARM C -O2 | unicc/C | x86-64 unicc | x86-64 C -O2 "
           "| unicc/C |",
           "|---|---:|---|---:|---:|---:|---:|---:|---:|"]
    for w, r in rows:
        cells = []
        for arch in ("ARM", "x86-64"):
            u, c = r[("unicc", arch)], r[("C -O2", arch)]
            cells += [u, c, ratio(u, c)]
        out.append(f"| {w.name} | {w.n} | {w.unit} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.insns", description=__doc__.split("\n")[0])
    p.add_argument("--no-write", action="store_true", help=f"do not write {DOCS.relative_to(ROOT)}")
    ns = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="unicc-insns-") as tmp:
        rows = [(w, {(c.name, c.arch): per_unit(c, w, Path(tmp)) for c in CONTENDERS})
                for w in WORKS]
    text = table(rows)
    print(text, end="")
    if not ns.no_write:
        replace_block(DOCS, "bench.insns", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
