"""examples/ofcontroller against os-ken, flow setups per second as cbench counts them (as root).

    python -m bench.ofbench [--seconds S] [--switches N] [--window W] [--update-docs]

Simulated OpenFlow 1.0 switches (written here, in CPython, on one selector
loop) connect to the controller: each sends HELLO and answers
FEATURES_REQUEST (its datapath id, 16 ports, 256 buffers), ECHO_REQUEST,
BARRIER_REQUEST, GET_CONFIG_REQUEST and a DESC STATS_REQUEST.  Then it
teaches the controller its 8 hosts (ports 1-8): a broadcast from each,
which must come back as a PACKET_OUT flooding that buffer.  Then it sends
PACKET_INs (buffered, a 60-byte UDP frame) from 4,096 source addresses of
its own, entering on ports 9-16, each to one of its hosts: every one must
be answered by a FLOW_MOD adding a flow for that buffer, on that in_port,
source and destination, with output to the host's port.  A reply that is
anything else, or for another flow, stops the run: only flows set up as
asked are counted.  Latency mode keeps one PACKET_IN outstanding per
switch (a new one is sent when its FLOW_MOD comes); throughput mode keeps
a window of W each.  The count starts after a second of warm-up and runs S
seconds; the CPU the simulator and the controller used in that time is
read from their rusage and /proc, so that a simulator near a full core
would show it is the limit.

The controllers, each alone on the machine's network, with the namespaces
of bench.net: examples/ofcontroller compiled for unix on its own stack over
a TAP (10.88.0.2) and with `--net socket` on Linux's stack (10.89.0.2, one
veth away), and bench/osken_learning.py, the same learning switch written
for os-ken (run by .venv-osken's Python; `make bench-deps` makes it), at
the same veth address, twice: reading the frame with os_ken.lib.packet
and slicing the addresses from it (--slice).  The ratios are to the better
of the two.  The simulator runs in the client namespace.
`drive` runs the simulator alone against a controller at ADDR PORT and
prints its JSON result.  --update-docs writes the table into
docs/appliances.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import selectors
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.docs import replace_block
from bench.net import CLIENT, SERVER, TAP, TAP_APP, VETH_APP, namespaces
from unicc.driver import BuildOptions, build
from unicc.targets import TARGETS

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "examples" / "ofcontroller" / "ofcontroller.py"
OSKEN_APP = ROOT / "bench" / "osken_learning.py"
OSKEN_PYTHON = ROOT / ".venv-osken" / "bin" / "python"
DOCS = ROOT / "docs" / "appliances.md"
OF_PORT = 6653

# OpenFlow 1.0 (the specification's openflow.h)
VERSION = 1
HELLO, ECHO_REQUEST, ECHO_REPLY, FEATURES_REQUEST, FEATURES_REPLY = 0, 2, 3, 5, 6
GET_CONFIG_REQUEST, GET_CONFIG_REPLY, SET_CONFIG, PACKET_IN, PACKET_OUT, FLOW_MOD = 7, 8, 9, 10, 13, 14
STATS_REQUEST, STATS_REPLY, BARRIER_REQUEST, BARRIER_REPLY = 16, 17, 18, 19
OFPFC_ADD, OFPFC_DELETE = 0, 3
OFPST_DESC, DESC_SIZE = b"\0\0", 1056
OFPP_FLOOD = 0xFFFB
HEADER = struct.Struct("!BBHI")
PHY_PORT = struct.Struct("!H6s16sIIIIII")               # ofp_phy_port, 48 bytes
FLOW_MOD_ONE_OUTPUT = 80                                # header, match, fields, one ofp_action_output

PORTS = 16
HOSTS = 8                   # learnt destinations, behind ports 1..HOSTS; the sources enter on the others
SOURCES = 4096              # source addresses per switch, each with its own buffer id
LEARN_BUFFER = 0x10000      # buffer ids of the hosts' broadcasts: HOST + this
BUFFERS = 256               # what FEATURES_REPLY announces


def message(kind: int, xid: int, body: bytes = b"") -> bytes:
    return HEADER.pack(VERSION, kind, HEADER.size + len(body), xid) + body


def host_mac(dpid: int, host: int) -> bytes:
    return bytes([0x0A, 0, 0, 0, dpid & 0xFF, host + 1])


def source_mac(dpid: int, i: int) -> bytes:
    return bytes([0x02, dpid & 0xFF, 0, 0, i >> 8, i & 0xFF])


def udp_frame(dst: bytes, src: bytes) -> bytes:
    """A 60-byte Ethernet frame: IPv4 10.0.0.1 -> 10.0.0.2, UDP 1234 -> 5678, 18 zero bytes."""
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 46, 0, 0, 64, 17, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    words = sum(struct.unpack("!10H", ip))
    while words >> 16:
        words = (words & 0xFFFF) + (words >> 16)
    ip = ip[:10] + struct.pack("!H", ~words & 0xFFFF) + ip[12:]
    return dst + src + b"\x08\x00" + ip + struct.pack("!HHHH", 1234, 5678, 26, 0) + bytes(18)


def packet_in(xid: int, buffer_id: int, in_port: int, frame: bytes) -> bytes:
    return message(PACKET_IN, xid, struct.pack("!IHHBx", buffer_id, len(frame), in_port, 0) + frame)


def features_reply(xid: int, dpid: int) -> bytes:
    ports = b"".join(PHY_PORT.pack(n, bytes([0x0E, 0, 0, 0, dpid & 0xFF, n]), b"port%d" % n, 0, 0, 0, 0, 0, 0)
                     for n in range(1, PORTS + 1))
    return message(FEATURES_REPLY, xid, struct.pack("!QIB3xII", dpid, BUFFERS, 1, 0, 1) + ports)


class WrongReply(Exception):
    """The controller is not there, answered something other than what was asked, or closed."""


@dataclass
class Flow:
    """A PACKET_IN of the measurement and what its FLOW_MOD must say."""
    packet_in: bytes
    match: bytes                # in_port, dl_src, dl_dst as in ofp_match (its bytes 4-17)
    out_port: bytes


def flows(dpid: int) -> list[Flow]:
    out = []
    for i in range(SOURCES):
        host = i % HOSTS
        in_port = HOSTS + 1 + i % (PORTS - HOSTS)
        src, dst = source_mac(dpid, i), host_mac(dpid, host)
        out.append(Flow(packet_in(i, i, in_port, udp_frame(dst, src)), struct.pack("!H", in_port) + src + dst,
                        struct.pack("!H", host + 1)))
    return out


class Switch:
    """One simulated switch on a non-blocking socket: its handshake, the
    hosts' broadcasts, then PACKET_INs, `window` of them outstanding."""

    def __init__(self, sock: socket.socket, dpid: int, window: int) -> None:
        self.sock = sock
        self.dpid = dpid
        self.window = window
        self.inbox = bytearray()
        self.outbox = bytearray()
        self.flows = flows(dpid)
        self.next = 0                           # the next of self.flows to send
        self.pending: dict[bytes, Flow] = {}    # buffer id (4 bytes) -> its flow, sent and not yet set up
        self.learning = set(range(HOSTS))       # hosts whose broadcast has not been flooded yet
        self.greeted = False                    # FEATURES_REPLY sent
        self.measuring = False
        self.flows_set_up = 0
        self.error = ""
        self.write(message(HELLO, 0))

    def write(self, data: bytes) -> None:
        self.outbox += data
        try:
            sent = self.sock.send(self.outbox)
        except BlockingIOError:
            sent = 0
        except OSError as e:
            self.fail(f"connection lost: {e}")
            sent = len(self.outbox)
        del self.outbox[:sent]

    def fail(self, why: str) -> None:
        if not self.error:
            self.error = f"switch {self.dpid:#x}: {why}"

    def readable(self) -> bool:
        """Handle what came; False once the controller closed or erred."""
        try:
            data = self.sock.recv(1 << 16)
        except BlockingIOError:
            return True
        except OSError as e:
            self.fail(f"connection lost: {e}")
            return False
        if not data:
            self.fail("the controller closed the connection")
            return False
        self.inbox += data
        start = 0
        while len(self.inbox) - start >= HEADER.size:
            length = (self.inbox[start + 2] << 8) | self.inbox[start + 3]
            if length < HEADER.size:
                self.fail(f"message length {length}")
                return False
            if len(self.inbox) - start < length:
                break
            self.handle(bytes(self.inbox[start:start + length]))
            start += length
        del self.inbox[:start]
        self.refill()
        return not self.error

    def handle(self, msg: bytes) -> None:
        version, kind, _, xid = HEADER.unpack_from(msg)
        if version != VERSION and kind != HELLO:
            self.fail(f"message of version {version}")
        elif kind == FLOW_MOD:
            command = int.from_bytes(msg[56:58], "big")      # 0 (ADD) in a short one: flow_mod refuses it
            if command == OFPFC_ADD:
                self.flow_mod(msg)
            elif command != OFPFC_DELETE:
                self.fail(f"FLOW_MOD command {command}")
        elif kind == PACKET_OUT:
            self.packet_out(msg)
        elif kind == ECHO_REQUEST:
            self.write(message(ECHO_REPLY, xid, msg[8:]))
        elif kind == FEATURES_REQUEST:
            self.write(features_reply(xid, self.dpid))
            self.greeted = True
            self.teach()
        elif kind == BARRIER_REQUEST:
            self.write(message(BARRIER_REPLY, xid))
        elif kind == GET_CONFIG_REQUEST:
            self.write(message(GET_CONFIG_REPLY, xid, struct.pack("!HH", 0, 0xFFFF)))
        elif kind == STATS_REQUEST and msg[8:10] == OFPST_DESC:
            self.write(message(STATS_REPLY, xid, msg[8:10] + bytes(2 + DESC_SIZE)))
        elif kind not in (HELLO, SET_CONFIG, STATS_REQUEST):
            self.fail(f"unexpected message of type {kind}")

    def teach(self) -> None:
        """A broadcast from each host not yet learnt (again: a controller may
        drop PACKET_INs that come before it has taken the FEATURES_REPLY in)."""
        self.write(b"".join(packet_in(0, LEARN_BUFFER + h, h + 1, udp_frame(b"\xff" * 6, host_mac(self.dpid, h)))
                            for h in sorted(self.learning)))

    def flow_mod(self, msg: bytes) -> None:
        flow = self.pending.pop(msg[64:68], None)
        if flow is None:
            self.fail(f"FLOW_MOD for buffer {msg[64:68].hex()}, which has no PACKET_IN outstanding")
        elif len(msg) != FLOW_MOD_ONE_OUTPUT or msg[12:26] != flow.match or msg[76:78] != flow.out_port:
            self.fail(f"FLOW_MOD {msg.hex()} for buffer {msg[64:68].hex()}: wanted in_port, dl_src, dl_dst "
                      f"{flow.match.hex()} and one output to {flow.out_port.hex()}")
        else:
            self.flows_set_up += 1

    def packet_out(self, msg: bytes) -> None:
        host = int.from_bytes(msg[8:12], "big") - LEARN_BUFFER
        if not 0 <= host < HOSTS or msg[16:22] != struct.pack("!HHH", 0, 8, OFPP_FLOOD):
            self.fail(f"PACKET_OUT {msg.hex()}: only the hosts' broadcasts are flooded, and nothing else sent out")
        else:
            self.learning.discard(host)

    def refill(self) -> None:
        if not self.measuring:
            return
        batch = []
        while len(self.pending) < self.window:
            flow = self.flows[self.next]
            bid = flow.packet_in[8:12]
            if bid in self.pending:
                self.fail(f"no FLOW_MOD for buffer {bid.hex()} after {SOURCES} more PACKET_INs")
                return
            self.pending[bid] = flow
            batch.append(flow.packet_in)
            self.next = (self.next + 1) % SOURCES
        if batch:
            self.write(b"".join(batch))


def connect(addr: str, port: int, deadline: float) -> socket.socket:
    """A TCP connection to the controller, retried until it listens."""
    while True:
        try:
            sock = socket.create_connection((addr, port), timeout=2)
            break
        except OSError as e:
            if time.monotonic() > deadline:
                raise WrongReply(f"no controller at {addr} port {port}: {e}") from None
            time.sleep(0.2)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setblocking(False)
    return sock


def cpu_of(pid: int) -> float:
    """The CPU seconds process pid (all its threads) has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def simulate(addr: str, port: int, switches: int, window: int, seconds: float, warmup: float = 1.0,
             dpid_base: int = 1, controller_pid: int = 0) -> dict[str, Any]:
    """Flows set up per second by the controller at addr:port, and the CPU
    share of the simulator (and of the controller, given its pid)."""
    deadline = time.monotonic() + 30
    sel = selectors.DefaultSelector()
    sims = [Switch(connect(addr, port, deadline), dpid_base + n, window) for n in range(switches)]
    for sim in sims:
        sel.register(sim.sock, selectors.EVENT_READ, sim)

    def loop(until: float, done: Callable[[], bool] = lambda: False) -> None:
        while time.monotonic() < until and not done():
            for key, _ in sel.select(0.05):
                sim = key.data
                if not sim.readable():
                    raise WrongReply(sim.error)
            for sim in sims:
                if sim.outbox:
                    sim.write(b"")
    try:
        while time.monotonic() < deadline and any(sim.learning for sim in sims):
            loop(time.monotonic() + 0.5, lambda: all(not sim.learning for sim in sims))
            for sim in sims:
                if sim.greeted and sim.learning:
                    sim.teach()
        if any(sim.learning for sim in sims):
            raise WrongReply("the hosts' broadcasts were not all flooded within 30 s")
        for sim in sims:
            sim.measuring = True
            sim.refill()
        loop(time.monotonic() + warmup)
        start, count, cpu = time.monotonic(), sum(sim.flows_set_up for sim in sims), own_cpu()
        theirs = cpu_of(controller_pid) if controller_pid else 0.0
        per_second: list[int] = []
        for second in range(1, int(seconds) + 1):
            loop(start + second)
            per_second.append(sum(sim.flows_set_up for sim in sims) - count - sum(per_second))
        wall = time.monotonic() - start
        flows_total = sum(per_second)
        return {"flows": flows_total, "seconds": wall, "per_second": per_second,
                "flows_per_second": flows_total / wall, "simulator_cpu": (own_cpu() - cpu) / wall,
                "controller_cpu": (cpu_of(controller_pid) - theirs) / wall if controller_pid else None}
    finally:
        for sim in sims:
            sim.sock.close()


# ---- the bench: controllers in the namespaces of bench.net --------------------------------------------

@dataclass
class Row:
    name: str
    reference: bool             # an os-ken row: the ratios are to the best of them
    modes: dict[str, dict[str, Any]] = field(default_factory=dict)


def drive(ns: str, addr: str, pid: int, args: argparse.Namespace, window: int, dpid_base: int) -> dict[str, Any]:
    """The simulator's result, run in ns against the controller at addr (process pid)."""
    cmd = [sys.executable, "-m", "bench.ofbench", "drive", addr, str(OF_PORT), "--switches", str(args.switches),
           "--window", str(window), "--seconds", str(args.seconds), "--dpid-base", str(dpid_base), "--pid", str(pid)]
    r = subprocess.run(["ip", "netns", "exec", ns, *cmd], capture_output=True, text=True, cwd=ROOT,
                       timeout=args.seconds + 90)
    if r.returncode != 0:
        raise SystemExit(f"bench.ofbench drive {addr}: {r.stderr.strip()}")
    result: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return result


@contextmanager
def controller(cmd: list[str], ns: str, log: Path) -> Iterator[int]:
    """cmd running in ns, its output to log, until the block ends; its pid."""
    with log.open("wb") as out:
        proc = subprocess.Popen(["ip", "netns", "exec", ns, *cmd], stdout=out, stderr=subprocess.STDOUT)
    try:
        yield proc.pid                  # `ip netns exec` execs cmd: the same process
    finally:
        proc.kill()
        proc.wait()


def measure(args: argparse.Namespace, tmp: Path) -> list[Row]:
    exes = {}
    for name, net in (("tap", {"net": f"tap:{TAP}", "ipv4": f"{TAP_APP}/24"}),
                      ("socket", {"net": "socket", "ipv4": VETH_APP})):
        exes[name] = tmp / f"ofcontroller-{name}"
        build(APP, exes[name], BuildOptions(target=TARGETS["unix"], devices=net))
    osken = [str(args.osken_python), str(OSKEN_APP), VETH_APP, str(OF_PORT)]
    contenders = [("unicc, its own stack over a TAP", [str(exes["tap"])], CLIENT, TAP_APP),
                  ("os-ken, os_ken.lib.packet", osken, SERVER, VETH_APP),
                  ("os-ken, addresses sliced", [*osken, "--slice"], SERVER, VETH_APP),
                  ("unicc, Linux's stack over a veth", [str(exes["socket"])], SERVER, VETH_APP)]
    rows = []
    with namespaces():
        for number, (name, cmd, ns, addr) in enumerate(contenders):
            row = Row(name, reference=name.startswith("os-ken"))
            with controller(cmd, ns, tmp / f"log{number}") as pid:
                for mode, window in (("latency", 1), ("throughput", args.window)):
                    dpid_base = 1 + (number * 2 + (mode == "throughput")) * args.switches
                    row.modes[mode] = drive(CLIENT, addr, pid, args, window, dpid_base)
                    print(f"{name}, {mode}: {row.modes[mode]['flows_per_second']:,.0f} flows/s", file=sys.stderr)
            rows.append(row)
    return rows


def table(rows: list[Row], args: argparse.Namespace) -> str:
    """A row per controller and mode: flows/s, flows per CPU second of the
    controller (what the shared machine's load moves least), each over the
    best os-ken row's."""
    out = [f"Measured by `python -m bench.ofbench --seconds {args.seconds} --switches {args.switches} "
           f"--window {args.window}` ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; one run):", "",
           "| controller | mode | flows/s | / os-ken | controller CPU | flows per CPU second | / os-ken "
           "| simulator CPU |",
           "|---|---|---:|---:|---:|---:|---:|---:|"]
    for mode in ("latency", "throughput"):
        results = [(row.name, row.reference, row.modes[mode]) for row in rows]
        best = max(r["flows_per_second"] for _, ref, r in results if ref)
        best_per_cpu = max(r["flows_per_second"] / r["controller_cpu"] for _, ref, r in results if ref)
        for name, _, r in results:
            per_cpu = r["flows_per_second"] / r["controller_cpu"]
            out.append(f"| {name} | {mode} | {r['flows_per_second']:,.0f} | {r['flows_per_second'] / best:.2f} "
                       f"| {r['controller_cpu']:.0%} | {per_cpu:,.0f} | {per_cpu / best_per_cpu:.2f} "
                       f"| {r['simulator_cpu']:.0%} |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.ofbench", description=__doc__.split("\n")[0])
    p.add_argument("--seconds", type=int, default=10, help="seconds counted in each mode (default: 10)")
    p.add_argument("--switches", type=int, default=16, help="simulated switches (default: 16)")
    p.add_argument("--window", type=int, default=64,
                   help="PACKET_INs outstanding per switch in throughput mode (default: 64)")
    p.add_argument("--osken-python", type=Path, default=OSKEN_PYTHON, help="a Python with os-ken installed")
    p.add_argument("--update-docs", action="store_true", help=f"write the table into {DOCS.relative_to(ROOT)}")
    sub = p.add_subparsers(dest="command")
    d = sub.add_parser("drive", help="only the simulator, against the controller at ADDR PORT; JSON out")
    d.add_argument("addr")
    d.add_argument("port", type=int)
    d.add_argument("--switches", type=int, default=16)
    d.add_argument("--window", type=int, default=1)
    d.add_argument("--seconds", type=int, default=10)
    d.add_argument("--dpid-base", type=int, default=1)
    d.add_argument("--pid", type=int, default=0, help="the controller's, to read its CPU time")
    args = p.parse_args(argv)
    if args.command == "drive":
        try:
            print(json.dumps(simulate(args.addr, args.port, args.switches, args.window, args.seconds,
                                      dpid_base=args.dpid_base, controller_pid=args.pid)))
        except WrongReply as e:
            raise SystemExit(str(e)) from None
        return 0
    if os.geteuid() != 0:
        raise SystemExit("bench.ofbench makes network namespaces: run it as root")
    if not args.osken_python.exists():
        raise SystemExit(f"{args.osken_python}: no such Python (make bench-deps makes .venv-osken with os-ken)")
    with tempfile.TemporaryDirectory() as tmp:
        text = table(measure(args, Path(tmp)), args)
    print(text, end="")
    if args.update_docs:
        replace_block(DOCS, "bench.ofbench", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
