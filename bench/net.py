"""unicc's TCP/IP stack against Linux's, one run, side by side.

    python -m bench.net [-n RUNS] [--mib N] [--seconds S] [--update-docs]   (as root)

One app, examples/http/http.py, compiled twice: on unicc's own stack over a
TAP (`--net tap:NAME --ipv4 ...`), and on the host's sockets (`--net
socket`), where Linux's stack carries it.  The client is always Linux, in a
namespace of its own (`ubench-c`):

    unicc:  client ns --TAP--> the app's own stack (10.88.0.2)
    Linux:  client ns --veth--> server ns (10.89.0.2), the app on its sockets

so both paths have one virtual link between two stacks.  Measured, each the
median of RUNS: download (GET /bytes/N) and upload (POST /discard of N
bytes) throughput by a Python client reading and writing 1 MiB at a time;
ping round-trip time (200 pings 2 ms apart, the mean); small keep-alive
HTTP/1.1 requests per second with wrk (1 thread, 16 connections, for S
seconds) when wrk is installed.  Ratios are unicc / Linux.  Everything lives
in the two namespaces, which are deleted afterwards.  --update-docs writes
the table into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.docs import replace_block
from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "examples" / "http" / "http.py"
DOCS = ROOT / "docs" / "benchmarks.md"
CLIENT, SERVER = "ubench-c", "ubench-s"
TAP, TAP_PEER, TAP_APP = "btap0", "10.88.0.1", "10.88.0.2"
VETH_C, VETH_S, VETH_PEER, VETH_APP = "bveth0", "bveth1", "10.89.0.1", "10.89.0.2"


def sh(*cmd: str, ns: str | None = None, timeout: float = 120, check: bool = True) -> str:
    full = ["ip", "netns", "exec", ns, *cmd] if ns else list(cmd)
    r = subprocess.run(full, capture_output=True, text=True, timeout=timeout)
    if check and r.returncode != 0:
        raise SystemExit(f"{' '.join(full)}: {r.stderr.strip()}")
    return r.stdout


@contextmanager
def namespaces() -> Iterator[None]:
    """The client namespace with the TAP, the server namespace, the veth between."""
    for n in (CLIENT, SERVER):
        sh("ip", "netns", "add", n)
    try:
        sh("ip", "link", "set", "lo", "up", ns=CLIENT)
        sh("ip", "link", "set", "lo", "up", ns=SERVER)
        sh("ip", "tuntap", "add", "mode", "tap", TAP, ns=CLIENT)
        sh("ip", "addr", "add", f"{TAP_PEER}/24", "dev", TAP, ns=CLIENT)
        sh("ip", "link", "set", TAP, "up", ns=CLIENT)
        sh("ip", "link", "add", VETH_C, "type", "veth", "peer", "name", VETH_S, ns=CLIENT)
        sh("ip", "link", "set", VETH_S, "netns", SERVER, ns=CLIENT)
        sh("ip", "addr", "add", f"{VETH_PEER}/24", "dev", VETH_C, ns=CLIENT)
        sh("ip", "link", "set", VETH_C, "up", ns=CLIENT)
        sh("ip", "addr", "add", f"{VETH_APP}/24", "dev", VETH_S, ns=SERVER)
        sh("ip", "link", "set", VETH_S, "up", ns=SERVER)
        yield
    finally:
        for n in (CLIENT, SERVER):
            sh("ip", "netns", "del", n, check=False)


@contextmanager
def running(exe: Path, ns: str) -> Iterator[None]:
    """The app running in ns until the block ends; its first line says it listens."""
    proc = subprocess.Popen(["ip", "netns", "exec", ns, str(exe)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith(b"http: port 80"):
            raise SystemExit(f"{exe.name}: printed {line!r}")
        yield
    finally:
        proc.kill()
        proc.wait()


CLIENT_CODE = '''
import socket, sys, time
addr, what, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
block = bytes(1 << 20)
s = socket.create_connection((addr, 80), timeout=60)
start = time.monotonic()
if what == "download":
    s.sendall(f"GET /bytes/{size} HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n".encode())
    got = -1
    while got < size:
        b = s.recv(1 << 20)
        if not b:
            raise SystemExit("short")
        if got < 0:
            head, _, b = b.partition(b"\\r\\n\\r\\n")
            got = 0
        got += len(b)
else:
    s.sendall(f"POST /discard HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: {size}\\r\\n\\r\\n".encode())
    view = memoryview(block)
    left = size
    while left:
        n = min(left, len(block))
        s.sendall(view[:n])
        left -= n
    reply = s.recv(1000)
    if not reply.endswith(f"\\r\\n{size}\\n".encode()):
        raise SystemExit(f"reply {reply!r}")
print(time.monotonic() - start)
'''


def throughput(addr: str, what: str, size: int) -> float:
    """Mbit/s of one transfer."""
    seconds = float(sh("python3", "-c", CLIENT_CODE, addr, what, str(size), ns=CLIENT))
    return size * 8 / seconds / 1e6


def rtt(addr: str) -> float:
    """Mean round trip of 200 pings, in microseconds."""
    out = sh("ping", "-q", "-c", "200", "-i", "0.002", addr, ns=CLIENT)
    m = re.search(r"= [\d.]+/([\d.]+)/", out)
    if m is None:
        raise SystemExit(f"ping: {out}")
    return float(m.group(1)) * 1000


def requests_per_second(addr: str, seconds: int) -> float:
    out = sh("wrk", "-t1", "-c16", f"-d{seconds}s", f"http://{addr}/", ns=CLIENT, timeout=seconds + 60)
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if m is None or "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit(f"wrk: {out}")
    return float(m.group(1))


@dataclass
class Row:
    name: str
    unit: str
    unicc: float
    linux: float
    higher_is_better: bool = True


def measure(runs: int, size: int, seconds: int, tap_app: Path, socket_app: Path) -> list[Row]:
    rows: list[Row] = []
    with namespaces(), running(tap_app, CLIENT), running(socket_app, SERVER):
        kinds: list[tuple[str, str, Callable[[str], float], bool]] = [
            ("TCP download (GET, one connection)", "Mbit/s", lambda a: throughput(a, "download", size), True),
            ("TCP upload (POST, one connection)", "Mbit/s", lambda a: throughput(a, "upload", size), True),
            ("ping round trip", "µs", rtt, False)]
        if shutil.which("wrk"):
            kinds.append(("HTTP/1.1 keep-alive requests (wrk, 16 connections)", "req/s",
                          lambda a: requests_per_second(a, seconds), True))
        for name, unit, fn, higher in kinds:
            ours = [fn(TAP_APP) for _ in range(runs)]
            theirs = [fn(VETH_APP) for _ in range(runs)]
            rows.append(Row(name, unit, statistics.median(ours), statistics.median(theirs), higher))
    return rows


def table(rows: list[Row], runs: int, size: int) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?")
    out = [f"Measured by `python -m bench.net` ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, {cpu}; "
           f"median of {runs}, transfers of {size >> 20} MiB):", "",
           "| | unicc's stack over a TAP | Linux's stack over a veth | unicc / Linux |",
           "|---|---:|---:|---:|"]
    for r in rows:
        ratio = r.unicc / r.linux if r.higher_is_better else r.linux / r.unicc
        out.append(f"| {r.name} | {r.unicc:,.0f} {r.unit} | {r.linux:,.0f} {r.unit} | {ratio:.2f} |")
    out.append("")
    out.append("(For the round trip the ratio is Linux's time over unicc's: below 1, unicc is slower.)")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.net", description=__doc__.split("\n")[0])
    p.add_argument("-n", "--runs", type=int, default=3, help="runs of each measurement (default: 3)")
    p.add_argument("--mib", type=int, default=256, help="MiB per transfer (default: 256)")
    p.add_argument("--seconds", type=int, default=3, help="seconds of each wrk run (default: 3)")
    p.add_argument("--update-docs", action="store_true", help=f"write the table into {DOCS.relative_to(ROOT)}")
    ns = p.parse_args(argv)
    if os.geteuid() != 0:
        raise SystemExit("bench.net makes network namespaces: run it as root")
    with tempfile.TemporaryDirectory() as tmp:
        tap_app, socket_app = Path(tmp) / "http-tap", Path(tmp) / "http-socket"
        unix = TARGETS["unix"]
        build(APP, tap_app, BuildOptions(target=unix, devices={"net": f"tap:{TAP}", "ipv4": f"{TAP_APP}/24"}))
        build(APP, socket_app, BuildOptions(target=unix, devices={"net": "socket", "ipv4": VETH_APP}))
        rows = measure(ns.runs, ns.mib << 20, ns.seconds, tap_app, socket_app)
    text = table(rows, ns.runs, ns.mib << 20)
    print(text, end="")
    if ns.update_docs:
        replace_block(DOCS, "bench.net", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
