"""The guests on virtio-net under QEMU TCG against the same app on unix.

    python -m bench.virtio [-n RUNS] [--mib N] [--update-docs]   (as root)

examples/http/http.py is built for unix (`--net tap:NAME`) and for xen and
xen-arm (`--net virtio:NAME`, booted under QEMU microvm or virt with TCG and
its virtio-net on the TAP).  Each runs on the same TAP in a namespace of its own
(`ubench-v`), one after the other; Linux is the client.  Measured, the
median of RUNS: from starting the process (the unix program, QEMU) to the
first ping reply and to the first HTTP reply (a fresh start for each),
then the download and upload throughput and the ping round trip of
bench/net.py, and small HTTP requests per second, one at a time on one
keep-alive connection (wrk is not needed).  Linux's ARP retries every 10 ms here (1 s by default, which
would round the boot times up), and forgets the neighbour before each start.  --update-docs writes the table into docs/targets.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.docs import replace_block
from bench.net import CLIENT_CODE, sh
from unicc.driver import BuildOptions, build
from unicc.run import memory
from unicc.run.qemu import qemu_command
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "examples" / "http" / "http.py"
DOCS = ROOT / "docs" / "targets.md"
NS, TAP, PEER, ADDR = "ubench-v", "vtap0", "10.90.0.1", "10.90.0.2"
GUESTS = ["xen", "xen-arm"]

FIRST_REPLY = '''
import socket, sys, time
addr, t0 = sys.argv[1], float(sys.argv[2])
while True:
    try:
        with socket.create_connection((addr, 80), timeout=0.05) as s:
            s.sendall(b"GET / HTTP/1.0\\r\\n\\r\\n")
            if s.recv(100).startswith(b"HTTP/1.1 200"):
                break
    except OSError:
        time.sleep(0.005)
print(time.monotonic() - t0)
'''


@contextmanager
def namespace() -> Iterator[None]:
    sh("ip", "netns", "add", NS)
    try:
        for cmd in (["ip", "link", "set", "lo", "up"], ["ip", "tuntap", "add", "mode", "tap", TAP],
                    ["ip", "addr", "add", f"{PEER}/24", "dev", TAP], ["ip", "link", "set", TAP, "up"],
                    ["sysctl", "-qw", f"net.ipv4.neigh.{TAP}.retrans_time_ms=10"],
                    ["sysctl", "-qw", f"net.ipv4.neigh.{TAP}.mcast_solicit=255"]):
            sh(*cmd, ns=NS)
        yield
    finally:
        sh("ip", "netns", "del", NS, check=False)


@contextmanager
def started(cmd: list[str]) -> Iterator[float]:
    """cmd running in the namespace; yields the monotonic time it was started."""
    sh("ip", "neigh", "flush", "dev", TAP, ns=NS)
    t0 = time.monotonic()
    proc = subprocess.Popen(["ip", "netns", "exec", NS, *cmd], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        yield t0
    finally:
        proc.kill()
        proc.wait()


def throughput(what: str, size: int) -> float:
    """Mbit/s of one transfer (bench/net.py's client)."""
    return size * 8 / float(sh("python3", "-c", CLIENT_CODE, ADDR, what, str(size), ns=NS)) / 1e6


def rtt() -> float:
    """Mean round trip of 200 pings 2 ms apart, in microseconds."""
    out = sh("ping", "-q", "-c", "200", "-i", "0.002", ADDR, ns=NS)
    return float(out.split(" = ")[1].split("/")[1]) * 1000


REQUESTS = '''
import socket, sys, time
s = socket.create_connection((sys.argv[1], 80), timeout=30)
n, end = 0, time.monotonic() + 2
while time.monotonic() < end:
    s.sendall(b"GET / HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n")
    got = b""
    while not got.endswith(b"hello from unicc\\n"):
        got += s.recv(4096)
    n += 1
print(n / 2)
'''


def requests_per_second() -> float:
    """Small HTTP/1.1 requests one after the other on one keep-alive connection, for 2 s."""
    return float(sh("python3", "-c", REQUESTS, ADDR, ns=NS))


def first_ping(cmd: list[str]) -> float:
    with started(cmd) as t0:
        sh("ping", "-c", "1", "-i", "0.01", "-w", "60", ADDR, ns=NS, timeout=90)
        return time.monotonic() - t0


def first_http(cmd: list[str]) -> float:
    with started(cmd) as t0:
        return float(sh("python3", "-c", FIRST_REPLY, ADDR, repr(t0), ns=NS, timeout=90))


def measure(cmd: list[str], runs: int, size: int) -> dict[str, float]:
    print("measuring", cmd[0], file=sys.stderr)
    kinds: dict[str, Callable[[], float]] = {
        "first ping reply (ms)": lambda: first_ping(cmd) * 1000,
        "first HTTP reply (ms)": lambda: first_http(cmd) * 1000}
    out = {name: statistics.median(fn() for _ in range(runs)) for name, fn in kinds.items()}
    with started(cmd):
        first_http(["true"])            # up and answering
        out["TCP download (Mbit/s)"] = statistics.median(throughput("download", size) for _ in range(runs))
        out["TCP upload (Mbit/s)"] = statistics.median(throughput("upload", size) for _ in range(runs))
        out["ping round trip (µs)"] = rtt()
        out["HTTP requests/s (one keep-alive connection)"] = statistics.median(
            requests_per_second() for _ in range(runs))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.virtio", description=__doc__.split("\n")[0])
    p.add_argument("-n", "--runs", type=int, default=3, help="runs of each measurement (default: 3)")
    p.add_argument("--mib", type=int, default=16, help="MiB per transfer (default: 16)")
    p.add_argument("--update-docs", action="store_true", help=f"write the table into {DOCS.relative_to(ROOT)}")
    ns = p.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("bench.virtio makes a network namespace: run it as root")
    ipv4 = f"{ADDR}/24"
    with tempfile.TemporaryDirectory() as tmp, namespace():
        unix_app, guest_app = Path(tmp) / "http-unix", Path(tmp) / "http-xen"
        build(APP, unix_app, BuildOptions(target=TARGETS["unix"], devices={"net": f"tap:{TAP}", "ipv4": ipv4}))
        rows = {"unix": measure([str(unix_app)], ns.runs, ns.mib << 20)}
        devices = {"net": f"virtio:{TAP}", "ipv4": ipv4}
        for name in GUESTS:
            image = build(APP, guest_app.with_name(name), BuildOptions(target=TARGETS[name], devices=devices))
            qemu = qemu_command(image.target, image.boot, ["http"], memory.memory_mib(image, memory.QEMU), devices)
            rows[name] = measure(qemu, ns.runs, ns.mib << 20)
    text = table(rows, ns.runs, ns.mib)
    print(text, end="")
    if ns.update_docs:
        replace_block(DOCS, "bench.virtio", text)
    return 0


def table(rows: dict[str, dict[str, float]], runs: int, mib: int) -> str:
    out = [f"Measured by `python -m bench.virtio` ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; "
           f"median of {runs}, transfers of {mib} MiB): examples/http/http.py on the same TAP",
           "", "| | unix (`--net tap:`) | xen, QEMU microvm TCG (`--net virtio:`) | xen-arm, QEMU virt TCG |",
           "|---|---:|---:|---:|"]
    for name in rows["unix"]:
        out.append(f"| {name} | " + " | ".join(f"{rows[t][name]:,.1f}" for t in ["unix", *GUESTS]) + " |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
