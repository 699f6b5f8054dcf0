"""examples/web against nginx with wrk, one run, side by side (as root).

    python -m bench.web [--seconds S] [--connections C]

The namespaces and links of bench.net: the client namespace holds wrk and a
TAP to the web app on unicc's own stack (10.88.0.2); the server namespace,
one veth away, holds nginx (Debian's nginx-light, one worker, no access
log) serving the same site directory (10.89.0.2), then the same app built
with `--net socket` on Linux's stack at that address.  wrk (1 thread, C
keep-alive connections, S seconds) fetches `/`, examples/web/site's
612-byte index.html (the Unikraft paper's setup); the table gives requests
per second and the mean latency.  Ratios are unicc / nginx.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.net import CLIENT, SERVER, TAP, TAP_APP, VETH_APP, namespaces, sh
from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "examples" / "web"
NGINX_CONF = """worker_processes 1;
user root;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    types {{ text/html html; }}
    server {{ listen {addr}:80; root {site}; }}
}}
"""


@contextmanager
def serving(cmd: list[str], ns: str, addr: str) -> Iterator[None]:
    """cmd running in ns until the block ends, once it answers HTTP at addr."""
    proc = subprocess.Popen(["ip", "netns", "exec", ns, *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while sh("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", f"http://{addr}/", ns=CLIENT,
                 check=False) != "200":
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit(f"{cmd[0]}: not serving (status {proc.poll()})")
            time.sleep(0.2)
        yield
    finally:
        proc.terminate()            # nginx's master stops its workers on TERM (a KILL would orphan them)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wrk(addr: str, seconds: int, connections: int) -> tuple[float, float]:
    """Requests per second and the mean latency in µs."""
    out = sh("wrk", "-t1", f"-c{connections}", f"-d{seconds}s", f"http://{addr}/", ns=CLIENT, timeout=seconds + 60)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    latency = re.search(r"Latency\s+([\d.]+)(us|ms|s)", out)
    if rps is None or latency is None or "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit(f"wrk: {out}")
    scale = {"us": 1.0, "ms": 1e3, "s": 1e6}[latency.group(2)]
    return float(rps.group(1)), float(latency.group(1)) * scale


def main() -> int:
    p = argparse.ArgumentParser(prog="python -m bench.web", description=__doc__.split("\n")[0])
    p.add_argument("--seconds", type=int, default=10)
    p.add_argument("--connections", type=int, default=16)
    args = p.parse_args()
    if os.geteuid() != 0 or not shutil.which("wrk") or not shutil.which("nginx"):
        raise SystemExit("needs root, wrk and nginx (apt-get install wrk nginx-light)")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        shutil.copytree(APP / "site", t / "site")
        (t / "nginx.conf").write_text(NGINX_CONF.format(dir=t, addr=VETH_APP, site=t / "site"))
        apps = {}
        for name, net in (("tap", {"net": f"tap:{TAP}", "ipv4": f"{TAP_APP}/24"}),
                          ("socket", {"net": "socket", "ipv4": VETH_APP})):
            apps[name] = t / f"web-{name}"
            build(APP / "web.py", apps[name], BuildOptions(target=TARGETS["unix"], devices=net))
        rows = []
        with namespaces():
            with serving([str(apps["tap"])], CLIENT, TAP_APP):
                rows.append(("unicc, its own stack over a TAP", wrk(TAP_APP, args.seconds, args.connections)))
            with serving(["nginx", "-c", str(t / "nginx.conf")], SERVER, VETH_APP):
                rows.append(("nginx 1.22, Linux's stack over a veth", wrk(VETH_APP, args.seconds, args.connections)))
            with serving([str(apps["socket"])], SERVER, VETH_APP):
                rows.append(("unicc, Linux's stack over a veth", wrk(VETH_APP, args.seconds, args.connections)))
    nginx_rps = rows[1][1][0]
    print(f"wrk, 1 thread, {args.connections} keep-alive connections, {args.seconds} s, GET / (612 bytes):\n")
    print("| server | requests/s | mean latency | / nginx |\n|---|---:|---:|---:|")
    for name, (rps, latency) in rows:
        print(f"| {name} | {rps:,.0f} | {latency:,.0f} µs | {rps / nginx_rps:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
