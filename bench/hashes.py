"""hashlib compiled by unicc against CPython's hashlib (OpenSSL) and a C twin.

    python -m bench.hashes [-n RUNS] [--size BYTES] [--repeat N] [--no-write]

bench/digest/digest.py hashes SIZE bytes REPEAT times with
`hashlib.new(ALGO)`: compiled by unicc (`--target unix`, default flags),
that is stdlib/cpython/hashlib.py, written in the subset; under CPython it
is CPython's hashlib over OpenSSL, whose SHA-1 and SHA-256 use the CPU's
SHA extensions where it has them (the table says whether this one has).
bench/digest/digest.c does the same for md5 and sha256 in plain C, built as
`python -m bench`'s C -O2 (zig cc -O2 for the baseline x86-64 CPU).

Every contender's output must be the digest this process computes with
hashlib for the same data and passes, or it is reported as failed and not
timed.  Each round runs every contender twice per algorithm, with REPEAT
passes and with none (start-up and making the data); the time of the
hashing is the difference of the medians of the CPU times (user + system,
from rusage) over RUNS rounds, and the throughput is SIZE x REPEAT over
it.  Unless --no-write, the table goes into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import resource
import ssl
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.docs import replace_block

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "bench" / "digest" / "digest.py"
C_TWIN = ROOT / "bench" / "digest" / "digest.c"
DOCS = ROOT / "docs" / "benchmarks.md"
PY = sys.executable
ALGOS = ("sha256", "md5", "sha1", "sha512")
C_ALGOS = ("sha256", "md5")


@dataclass
class Contender:
    name: str
    argv: list[str]
    algos: tuple[str, ...]
    times: dict[tuple[str, int], list[float]] = field(default_factory=dict)  # (algo, repeat) -> CPU s
    failed: str = ""


def expected(algo: str, size: int, repeat: int) -> str:
    """What digest.py prints, computed here with hashlib."""
    x = 12345
    block = bytearray(4096)
    for i in range(4096):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        block[i] = (x >> 16) & 0xFF
    data = block * (size // 4096)
    last = b""
    for _ in range(repeat):
        data[0:len(last)] = last
        last = hashlib.new(algo, data).digest()
    return last.hex() if repeat else "-"


def run(argv: list[str]) -> tuple[str, float]:
    """stdout and the CPU time (user + system) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        raise RuntimeError(f"exit status {p.returncode}: {p.stderr.strip()[-300:]}")
    return p.stdout.strip(), (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def build(out: Path) -> list[Contender]:
    unicc_bin, c_bin = out / "digest-unicc", out / "digest-c"
    subprocess.run([PY, "-m", "unicc", "build", str(PROGRAM), "--target", "unix", "-o", str(unicc_bin)],
                   cwd=ROOT, check=True)
    subprocess.run([PY, "-m", "ziglang", "cc", "-O2", "-mcpu=x86_64", "-ffp-contract=off", str(C_TWIN),
                    "-o", str(c_bin)], cwd=ROOT, check=True)
    return [Contender("C -O2", [str(c_bin)], C_ALGOS),
            Contender("unicc", [str(unicc_bin)], ALGOS),
            Contender("CPython (OpenSSL)", [PY, str(PROGRAM)], ALGOS)]


def measure(contenders: list[Contender], size: int, repeat: int, runs: int) -> None:
    for c in contenders:   # same output first
        for algo in c.algos:
            for n in (repeat, 0):
                try:
                    got, _ = run([*c.argv, algo, str(size), str(n)])
                except RuntimeError as e:
                    c.failed = f"{algo}: {e}"
                    break
                if got != expected(algo, size, n):
                    c.failed = f"{algo} {n} passes: printed {got[:70]!r}"
                    break
    for _ in range(runs):   # the contenders take turns, so that load hits all alike
        for algo in ALGOS:
            for c in contenders:
                if c.failed or algo not in c.algos:
                    continue
                for n in (repeat, 0):
                    _, cpu = run([*c.argv, algo, str(size), str(n)])
                    c.times.setdefault((algo, n), []).append(cpu)


def hashing_time(c: Contender, algo: str, repeat: int) -> float | None:
    if c.failed or algo not in c.algos:
        return None
    med = statistics.median
    return med(c.times[(algo, repeat)]) - med(c.times[(algo, 0)])


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    flags = Path("/proc/cpuinfo").read_text()
    sha = "with" if " sha_ni" in flags else "without"
    return f"{platform.machine()} {cpu} ({sha} the SHA extensions), {ssl.OPENSSL_VERSION}"


def table(contenders: list[Contender], size: int, repeat: int, runs: int) -> str:
    mib = size / (1 << 20)
    rows = [f"`python -m bench.hashes -n {runs}`: `hashlib.new(ALGO)` over {mib:g} MiB, {repeat} passes per "
            f"run; the median CPU time of {runs} runs less that of a run with no pass, as throughput in "
            f"MB/s, and the time of unicc's hashing over the others'.  {machine()}; Python "
            f"{platform.python_version()}.", "",
            "| algorithm | " + " | ".join(c.name for c in contenders)
            + " | unicc / C -O2 | unicc / CPython |",
            "|---|" + "---:|" * (len(contenders) + 2)]
    unicc = next(c for c in contenders if c.name == "unicc")
    for algo in ALGOS:
        cells = []
        for c in contenders:
            t = hashing_time(c, algo, repeat)
            cells.append("failed" if c.failed else "n/a" if t is None else f"{size * repeat / t / 1e6:.0f}")
        ratios = []
        mine = hashing_time(unicc, algo, repeat)
        for other in ("C -O2", "CPython (OpenSSL)"):
            o = hashing_time(next(c for c in contenders if c.name == other), algo, repeat)
            ratios.append("n/a" if mine is None or o is None else f"{mine / o:.2f}")
        rows.append(f"| {algo} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    fails = [f"- {c.name} failed: {c.failed}" for c in contenders if c.failed]
    return "\n".join(rows + ([""] + fails if fails else [])) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.hashes", description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=5)
    ap.add_argument("--size", type=int, default=16 << 20, help="bytes per pass (a multiple of 4096)")
    ap.add_argument("--repeat", type=int, default=4, help="passes per timed run")
    ap.add_argument("--no-write", action="store_true")
    ns = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        contenders = build(Path(tmp))
        measure(contenders, ns.size, ns.repeat, ns.runs)
    text = table(contenders, ns.size, ns.repeat, ns.runs)
    print(text)
    if not ns.no_write:
        replace_block(DOCS, "bench.hashes", text)


if __name__ == "__main__":
    main()
