"""The byte codecs compiled by unicc against CPython's C modules.

    python -m bench.codecs [--no-write]

Each kernel in bench/codec_kernels/ is one program that passes `mypy
--strict`: crc32 and zlib compress/decompress of 1 MiB a pass,
struct.unpack_from("!HHI") in a loop over a buffer, and json.dumps and
json.loads of a nested document (MB/s of its JSON text).  Under CPython the
calls go to CPython's own modules (zlib, binascii and _struct are C, so
CPython is the C baseline here: the interpreter's share is one call per
MiB for the zlib kernels, and most of the time for struct); compiled, to
stdlib/cpython/ in the subset.  Every kernel is built by `unicc build
--target unix`, runs once untimed at CPython's size and must print what
CPython prints; then each contender runs once at PASSES and once at
2 x PASSES (unicc at `native x` times more), and the difference of the
CPU times (user + system, from rusage: the cores are shared) divided by
PASSES is the time of one pass, start-up and set-up cancelled out.  One
run each: the numbers move by some 10 % from run to run on this machine.
Unless --no-write, the table goes into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.docs import replace_block

ROOT = Path(__file__).resolve().parent.parent
KERNELS = ROOT / "bench" / "codec_kernels"
DOCS = ROOT / "docs" / "benchmarks.md"
MIB = 1 << 20


@dataclass
class Kernel:
    name: str        # file stem in bench/codec_kernels, or `program` run with `args`
    title: str
    passes: int      # CPython's PASSES
    native_x: int    # unicc runs this many times more
    unit: str        # "MB/s": 1 MiB a pass; "ns/call": `calls` calls a pass
    calls: int = 0
    sized: bool = False   # MB/s of the byte count the kernel prints first, not of 1 MiB
    program: str = ""     # the file stem, when not the name
    args: tuple[str, ...] = ()


KERNEL_LIST = [
    Kernel("crc32", "zlib.crc32, 1 MiB", 1000, 1, "MB/s"),
    Kernel("zlib_compress", "zlib.compress level 6, 1 MiB of text", 8, 1, "MB/s"),
    Kernel("zlib_decompress", "zlib.decompress, 1 MiB of text", 200, 1, "MB/s"),
    Kernel("struct_unpack", 'struct.unpack_from("!HHI", buf, off)', 500, 4, "ns/call", calls=8191),
    Kernel("json_dumps", "json.dumps of a page of orders, 438 KiB of JSON", 40, 1, "MB/s", sized=True,
           program="json_codec", args=("dumps",)),
    Kernel("json_loads", "json.loads of the same text", 40, 1, "MB/s", sized=True,
           program="json_codec", args=("loads",)),
]


def cpu_run(cmd: list[str]) -> tuple[float, str]:
    """CPU seconds (user + system) of one run and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, cwd=KERNELS, capture_output=True, text=True, timeout=1200)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{p.stderr}")
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime), p.stdout


def per_pass(cmd: list[str], passes: int) -> float:
    t1, _ = cpu_run(cmd + [str(passes)])
    t2, _ = cpu_run(cmd + [str(2 * passes)])
    return max(t2 - t1, 1e-9) / passes


def rate(k: Kernel, seconds: float, size: int) -> float:
    return size / seconds / 1e6 if k.unit == "MB/s" else seconds / k.calls * 1e9


def measure(k: Kernel, tmp: Path) -> tuple[float, float]:
    exe = tmp / k.name
    src = KERNELS / f"{k.program or k.name}.py"
    built = subprocess.run([sys.executable, "-m", "unicc", "build", str(src), "--target", "unix",
                            "-o", str(exe)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    if built.returncode != 0:
        raise SystemExit(f"unicc build {src} failed:\n{built.stderr}")
    python = [sys.executable, str(src), *k.args]
    native = [str(exe), *k.args]
    _, want = cpu_run(python + [str(k.passes)])
    _, got = cpu_run(native + [str(k.passes)])
    if got != want:
        raise SystemExit(f"{k.name}: unicc printed {got!r}, CPython {want!r}")
    cpython = per_pass(python, k.passes)
    unicc = per_pass(native, k.passes * k.native_x)
    size = int(want.split()[0]) if k.sized else MIB
    return rate(k, unicc, size), rate(k, cpython, size)


def table(results: list[tuple[Kernel, float, float]]) -> str:
    rows = ["One run of `python -m bench.codecs`: the CPU time of a pass from runs at PASSES and "
            "2 x PASSES; MB/s (higher is better) or ns per call (lower is better).", "",
            "| kernel | unit | unicc | CPython (C module) | unicc speed / CPython's |",
            "|---|---|---:|---:|---:|"]
    for k, u, c in results:
        ratio = u / c if k.unit == "MB/s" else c / u
        rows.append(f"| {k.title} | {k.unit} | {u:.1f} | {c:.1f} | {ratio:.2f} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.codecs", description=__doc__.split("\n")[0])
    p.add_argument("--kernels", default="", help="comma-separated names (default: all)")
    p.add_argument("--no-write", action="store_true", help=f"do not write {DOCS.relative_to(ROOT)}")
    ns = p.parse_args(argv)
    chosen = [k for k in KERNEL_LIST if not ns.kernels or k.name in ns.kernels.split(",")]
    os.environ.pop("PYTHONPATH", None)   # CPython's own zlib, struct and binascii
    results = []
    with tempfile.TemporaryDirectory(prefix="unicc-codecs-") as tmp:
        for k in chosen:
            u, c = measure(k, Path(tmp))
            print(f"{k.name}: unicc {u:.1f} {k.unit}, CPython {c:.1f} {k.unit}", flush=True)
            results.append((k, u, c))
    text = table(results)
    print(text, end="")
    if not ns.no_write and len(chosen) == len(KERNEL_LIST):
        replace_block(DOCS, "bench.codecs", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
