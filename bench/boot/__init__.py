"""Boot time and image size of a program on each QEMU target.

    python -m bench.boot [-n RUNS] [--targets xen,xen-arm,cubieboard2]
                         [--program examples/hello/hello.py] [--update-docs]

The program is built once per target, then booted RUNS times per target,
the targets taking turns so that a change in machine load hits them alike.
Two times are taken from the moment QEMU is started: until the first byte
of console output (QEMU start-up, firmware-free boot, runtime start-up and
the program's first print) and until QEMU has exited with the guest's
status.  The table gives the median and the minimum of each, in ms, and the
image's size: the file QEMU boots and the bytes it loads into guest memory.
With --update-docs the table replaces the one in docs/targets.md.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from elftools.elf.elffile import ELFFile

from bench.docs import replace_block
from unicc.image import Image
from unicc.run import qemu
from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS, Target

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

ROOT = Path(__file__).resolve().parent.parent.parent
DOCS = ROOT / "docs" / "targets.md"


class StampedConsole(io.BytesIO):
    """A console sink that notes when the first byte arrived."""

    first: float | None = None

    def write(self, data: ReadableBuffer) -> int:
        if self.first is None and data:
            self.first = time.monotonic()
        return super().write(data)


@dataclass
class Samples:
    image: Image
    first_ms: list[float] = field(default_factory=list)
    exit_ms: list[float] = field(default_factory=list)


def build_image(t: Target, program: Path, out_dir: Path) -> Samples:
    return Samples(build(program, out_dir / f"{program.stem}-{t.name}", BuildOptions(target=t)))


def boot_once(s: Samples, program: Path) -> None:
    out = StampedConsole()
    start = time.monotonic()
    status = qemu.run(s.image, [program.stem], timeout=60, out=out)
    end = time.monotonic()
    if status != 0 or out.first is None:
        raise SystemExit(f"{s.image.target.name}: exit status {status}, console {out.getvalue()!r}")
    s.first_ms.append((out.first - start) * 1000)
    s.exit_ms.append((end - start) * 1000)


def loaded_bytes(elf: Path) -> int:
    with elf.open("rb") as f:
        return sum(int(seg["p_filesz"]) for seg in ELFFile(f).iter_segments()
                   if seg["p_type"] == "PT_LOAD")


def kib(n: int) -> str:
    return f"{n / 1024:.0f} KiB"


def table(samples: list[Samples], runs: int, program: Path) -> str:
    rows = [f"`{program.relative_to(ROOT) if program.is_relative_to(ROOT) else program}`, "
            f"{runs} boots per target (`python -m bench.boot -n {runs}`), times in ms "
            "from starting QEMU (TCG):",
            "",
            "| target | first output: median | min | exit: median | min "
            "| image file | loaded |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for s in samples:
        t = s.image.target
        rows.append(f"| {t.name} ({t.image}) "
                    f"| {statistics.median(s.first_ms):.0f} | {min(s.first_ms):.0f} "
                    f"| {statistics.median(s.exit_ms):.0f} | {min(s.exit_ms):.0f} "
                    f"| {kib(s.image.boot.stat().st_size)} | {kib(loaded_bytes(s.image.elf))} |")
    return "\n".join(rows) + "\n"


def update_docs(text: str, tool: str = "bench.boot") -> None:
    replace_block(DOCS, tool, text)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.boot", description=__doc__.split("\n")[0])
    p.add_argument("-n", "--runs", type=int, default=10, help="boots per target (default: 10)")
    p.add_argument("--targets", default=",".join(n for n, t in TARGETS.items() if t.qemu),
                   help="comma-separated QEMU targets (default: all)")
    p.add_argument("--program", type=Path, default=ROOT / "examples" / "hello" / "hello.py")
    p.add_argument("--update-docs", action="store_true",
                   help=f"write the table into {DOCS.relative_to(ROOT)}")
    ns = p.parse_args(argv)
    program = ns.program.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        samples = [build_image(TARGETS[name], program, Path(tmp))
                   for name in ns.targets.split(",")]
        for _ in range(ns.runs):
            for s in samples:
                boot_once(s, program)
        text = table(samples, ns.runs, program)
    print(text, end="")
    if ns.update_docs:
        update_docs(text)
    return 0
