"""Does an idle guest idle?  Elapsed time and host CPU of a 2 s sleep.

    python -m bench.idle [--targets unix,xen,xen-arm,cubieboard2] [--update-docs]

tests/idle/sleep2.py prints a line, awaits unicc_loop.sleep(2.0) (which ends
in unicc_sys.block_until) and prints the elapsed monotonic time.  The host
CPU time (utime + stime from /proc/<pid>/stat) of the process that runs it,
QEMU or the unix program itself, is sampled as each of the two lines
arrives, so it covers the sleep alone.  tests/test_idle.py asserts on the
same measurement; --update-docs writes the table into docs/targets.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from unicc.run import qemu
from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS, Target

ROOT = Path(__file__).resolve().parent.parent
PROGRAM = ROOT / "tests" / "idle" / "sleep2.py"
TARGET_NAMES = ["unix", "xen", "xen-arm", "cubieboard2"]


@dataclass
class Idle:
    first: bytes        # the line printed before the sleep
    second: bytes       # "elapsed N.N s"
    rest: bytes         # anything after (nothing expected)
    status: int | None  # the guest's exit status (None: it reported none)
    cpu: float          # host CPU seconds between the two lines
    wall: float         # host seconds between the two lines


def cpu_seconds(pid: int) -> float:
    """utime + stime of a whole process (all its threads)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()   # the name may hold spaces; fields 3.. follow
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def build_image(t: Target, out_dir: Path) -> Path:
    image = out_dir / f"{PROGRAM.stem}-{t.name}"
    build(PROGRAM, image, BuildOptions(target=t))
    return image


def measure(t: Target, image: Path, timeout: float = 120.0) -> Idle:
    """Run the image (boot it under QEMU) and sample the CPU at each line."""
    cmd = qemu.qemu_command(t, image, [PROGRAM.stem]) if t.qemu else [str(image)]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    watchdog = threading.Timer(timeout, proc.kill)
    watchdog.start()
    try:
        first = proc.stdout.readline()
        cpu0, t0 = cpu_seconds(proc.pid), time.monotonic()
        second = proc.stdout.readline()
        cpu1, t1 = cpu_seconds(proc.pid), time.monotonic()
        rest = proc.stdout.read()
        status = qemu.decode_exit(t, proc.wait())
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return Idle(first, second, rest, status, cpu1 - cpu0, t1 - t0)


def table(results: list[tuple[Target, Idle]]) -> str:
    rows = ["`tests/idle/sleep2.py` (`python -m bench.idle`): a 2 s sleep in the event loop, "
            "host CPU of the QEMU process (unix: of the program) between the two lines:", "",
            "| target | elapsed (guest) | host seconds between the lines | host CPU during the sleep |",
            "|---|---:|---:|---:|"]
    for t, r in results:
        elapsed = r.second.decode(errors="replace").strip().removeprefix("elapsed ")
        rows.append(f"| {t.name} | {elapsed} | {r.wall:.2f} s | {r.cpu:.2f} s |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.idle", description=__doc__.split("\n")[0])
    p.add_argument("--targets", default=",".join(TARGET_NAMES), help="comma-separated targets")
    p.add_argument("--update-docs", action="store_true", help="write the table into docs/targets.md")
    ns = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        results = []
        for name in ns.targets.split(","):
            t = TARGETS[name]
            results.append((t, measure(t, build_image(t, Path(tmp)))))
    text = table(results)
    print(text, end="")
    if ns.update_docs:
        from bench.boot import update_docs
        update_docs(text, "bench.idle")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
