"""examples/dns against NSD with dnsperf, one run, side by side (as root).

    python -m bench.dnsperf [--seconds S] [--clients C]

The namespaces and links of bench.net: the client namespace holds dnsperf
and a TAP to the DNS app on unicc's own stack (10.88.0.2); the server
namespace, one veth away, holds NSD (Debian's nsd) serving the same zone
file (10.89.0.2), then the same app built with `--net socket` on Linux's
stack at that address.  dnsperf sends the same mix of queries (names that
exist, CNAME chains, NXDOMAIN, NODATA, a referral; UDP, no EDNS0) for S
seconds to each; the table gives queries per second, lost queries and the
mean latency.  Ratios are unicc / NSD.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.net import CLIENT, SERVER, TAP, TAP_APP, VETH_APP, namespaces, sh
from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "examples" / "dns"
ZONE = APP / "example.zone"
QUERIES = ["example.com SOA", "example.com NS", "example.com MX", "www.example.com A", "host.example.com AAAA",
           "nx.example.com A", "b.example.com A", "alias.example.com A", "_sip._udp.example.com SRV",
           "x.sub.example.com A", "ns1.example.com A", "quoted.example.com TXT"]
# NSD serving examples/dns/example.zone on {addr} (also tests/test_dns_example.py's reference)
NSD_CONF = """server:
    ip-address: {addr}
    zonesdir: "{dir}"
    pidfile: "{dir}/nsd.pid"
    zonelistfile: "{dir}/zone.list"
    xfrdfile: "{dir}/xfrd.state"
    database: ""
    username: ""
    chroot: ""
    server-count: 1
    rrl-ratelimit: 0        # NSD limits responses to 200/s per /24 by default: off, to measure it
    hide-version: yes
remote-control:
    control-enable: no
zone:
    name: example.com
    zonefile: example.zone
"""


@contextmanager
def running(cmd: list[str], ns: str, ready: bytes) -> Iterator[None]:
    """cmd running in ns until the block ends; its first line starts with ready."""
    proc = subprocess.Popen(["ip", "netns", "exec", ns, *cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        while ready not in line and line:
            line = proc.stdout.readline()
        if not line:
            raise SystemExit(f"{cmd[0]}: ended before saying {ready!r}")
        yield
    finally:
        proc.kill()
        proc.wait()


def dnsperf(addr: str, queries: Path, seconds: int, clients: int) -> tuple[float, float, float]:
    """Queries per second, the share lost, the mean latency in µs."""
    out = sh("dnsperf", "-s", addr, "-d", str(queries), "-l", str(seconds), "-c", str(clients), "-q", "200",
             ns=CLIENT, timeout=seconds + 60)
    qps = re.search(r"Queries per second:\s+([\d.]+)", out)
    lost = re.search(r"Queries lost:\s+\d+ \(([\d.]+)%\)", out)
    latency = re.search(r"Average Latency \(s\):\s+([\d.]+)", out)
    if qps is None or lost is None or latency is None:
        raise SystemExit(f"dnsperf: {out}")
    return float(qps.group(1)), float(lost.group(1)), float(latency.group(1)) * 1e6


def main() -> int:
    p = argparse.ArgumentParser(prog="python -m bench.dnsperf", description=__doc__.split("\n")[0])
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--clients", type=int, default=4)
    args = p.parse_args()
    if os.geteuid() != 0 or not shutil.which("dnsperf") or not shutil.which("nsd"):
        raise SystemExit("needs root, dnsperf and nsd (apt-get install dnsperf nsd)")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copy(ZONE, t / "example.zone")
        (t / "nsd.conf").write_text(NSD_CONF.format(addr=VETH_APP, dir=t))
        (t / "queries").write_text("\n".join(QUERIES) + "\n")
        apps = {}
        for name, net in (("tap", {"net": f"tap:{TAP}", "ipv4": f"{TAP_APP}/24"}),
                          ("socket", {"net": "socket", "ipv4": VETH_APP})):
            apps[name] = t / f"dns-{name}"
            build(APP / "dns.py", apps[name], BuildOptions(target=TARGETS["unix"], devices=net))
        rows = []
        with namespaces():
            ready = b"dns: example.com."
            with running([str(apps["tap"])], CLIENT, ready):
                rows.append(("unicc, its own stack over a TAP", dnsperf(TAP_APP, t / "queries", args.seconds,
                                                                        args.clients)))
            with running(["nsd", "-d", "-V", "3", "-c", str(t / "nsd.conf")], SERVER, b"nsd started"):
                rows.append(("NSD 4, Linux's stack over a veth", dnsperf(VETH_APP, t / "queries", args.seconds,
                                                                         args.clients)))
            with running([str(apps["socket"])], SERVER, ready):
                rows.append(("unicc, Linux's stack over a veth", dnsperf(VETH_APP, t / "queries", args.seconds,
                                                                         args.clients)))
    nsd_qps = rows[1][1][0]
    print(f"dnsperf, {args.clients} clients, {args.seconds} s, {len(QUERIES)} kinds of query, UDP:\n")
    print("| server | queries/s | lost | mean latency | / NSD |\n|---|---:|---:|---:|---:|")
    for name, (qps, lost, latency) in rows:
        print(f"| {name} | {qps:,.0f} | {lost:.2f}% | {latency:,.0f} µs | {qps / nsd_qps:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
