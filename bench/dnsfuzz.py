"""unicc_dns against a million random and mutated queries (not in CI).

    python -m bench.dnsfuzz [-n QUERIES] [--seed S] [--check N]

Builds bench/dns_fuzz/fuzz.py for unix and runs it on examples/dns's zone:
the rules it checks are in that file (parsing raises DnsFormatError or
nothing, the server never raises, every response parses back, carries the
query's ID and fits the UDP size allowed).  --check N first runs N queries
of the same seed compiled and under CPython, which must print the same
outcomes.  Prints the outcomes and the queries per second of the compiled
run, which must end within its timeout.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "bench" / "dns_fuzz" / "fuzz.py"
ZONE = ROOT / "examples" / "dns" / "example.zone"


def run(cmd: list[str], timeout: float) -> tuple[str, float]:
    """The command's output (it must succeed) and its wall time."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "stdlib"))
    start = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    took = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: status {r.returncode}\n{r.stdout}{r.stderr}")
    return r.stdout, took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=1_000_000, help="queries (default: a million)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", type=int, default=20_000, help="queries also run under CPython (0: none)")
    ap.add_argument("--timeout", type=float, default=1800.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / "fuzz"
        build(PROGRAM, exe, BuildOptions(target=TARGETS["unix"]))
        if args.check:
            ours, _ = run([str(exe), str(ZONE), str(args.check), str(args.seed)], args.timeout)
            theirs, _ = run([sys.executable, str(PROGRAM), str(ZONE), str(args.check), str(args.seed)], args.timeout)
            if ours != theirs:
                sys.exit(f"compiled and CPython differ on {args.check} queries:\n{ours}\n{theirs}")
            print(f"{args.check} queries: compiled and CPython agree")
        out, took = run([str(exe), str(ZONE), str(args.n), str(args.seed)], args.timeout)
    print(out, end="")
    print(f"{args.n} queries in {took:.1f} s: {args.n / took:,.0f} queries/s, no rule broken")


if __name__ == "__main__":
    main()
