"""examples/ofcontroller/ofcontroller.py, compiled for unix on unicc's stack
over a TAP, driving Open vSwitch (Debian's openvswitch-switch, software
nobody here wrote) in network namespaces of the test's own.

ovsdb-server and ovs-vswitchd run in userspace (bridges with
`datapath_type=netdev`: no kernel module) with a run directory of their
own inside the switch namespace, which also holds the controller's TAP.
Two bridges, br0 and br1, each with two veth ports to two host namespaces,
are set to OpenFlow 1.0 and `fail-mode=secure` (they forward nothing by
themselves): hosts cannot ping before the controller is set, and can once
it is, on both bridges at once (two switches, one controller); a TCP
transfer goes through too.  `ovs-ofctl dump-flows` shows the flows the
controller installed (in_port, dl_src, dl_dst, idle timeout 10 s, output to
the other host's port), and they are gone once idle for that long.  A
client sending a malformed message is dropped and the controller goes on.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, ROOT, unicc
from netns import Namespace, namespace, processes, read_line, require_peers
from test_net import ADDR, PEER, PREFIX, TAP, make_links

APP = ROOT / "examples" / "ofcontroller" / "ofcontroller.py"
PORT = 6653
READY = f"ofcontroller: listening on {ADDR} port {PORT}\n".encode()
SCHEMA = Path("/usr/share/openvswitch/vswitch.ovsschema")
DAEMONS = ("ovsdb-tool", "ovsdb-server", "ovs-vswitchd", "ovs-vsctl", "ovs-ofctl", "ethtool")
# each bridge: its datapath id and its two hosts (name, MAC, address)
BRIDGES = {"br0": (1, [("h1", "0a:00:00:00:01:01", "10.9.0.1"), ("h2", "0a:00:00:00:01:02", "10.9.0.2")]),
           "br1": (2, [("h3", "0a:00:00:00:02:03", "10.9.0.3"), ("h4", "0a:00:00:00:02:04", "10.9.0.4")])}


def require_ovs() -> None:
    require_peers()
    missing = [cmd for cmd in DAEMONS if shutil.which(cmd) is None]
    if missing or not SCHEMA.exists():
        pytest.fail(f"Open vSwitch missing ({' '.join(missing) or SCHEMA}): apt-get install openvswitch-switch ethtool "
                    "(make test installs it)")


@pytest.fixture(scope="module")
def controller(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_ovs()
    out = tmp_path_factory.mktemp("ofcontroller") / "ofcontroller"
    built = unicc(["build", str(APP), "--target", "unix", "-o", str(out), "--net", f"tap:{TAP}",
                   "--ipv4", f"{ADDR}/{PREFIX}"], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return out


class Ovs:
    """ovsdb-server and ovs-vswitchd in the namespace, their sockets, database
    and logs in rundir (short: a socket path holds at most 107 bytes)."""

    def __init__(self, ns: Namespace, rundir: str) -> None:
        self.ns = ns
        self.rundir = rundir
        self.env = dict(os.environ, OVS_RUNDIR=rundir, OVS_LOGDIR=rundir, OVS_DBDIR=rundir, OVS_SYSCONFDIR=rundir)

    def run(self, *cmd: str) -> str:
        r = subprocess.run(["ip", "netns", "exec", self.ns.name, *cmd], env=self.env, capture_output=True,
                           timeout=30)
        assert r.returncode == 0, f"{' '.join(cmd)}: {r.stderr.decode()}"
        return r.stdout.decode()

    def vsctl(self, *args: str) -> str:
        return self.run("ovs-vsctl", f"--db=unix:{self.rundir}/db.sock", "--timeout=20", *args)

    def ofctl(self, command: str, bridge: str) -> str:
        return self.run("ovs-ofctl", "-O", "OpenFlow10", command, f"unix:{self.rundir}/{bridge}.mgmt")

    def daemon(self, *cmd: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["ip", "netns", "exec", self.ns.name, *cmd], env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)

    def log(self) -> str:
        path = Path(self.rundir) / "vswitchd.log"
        return path.read_text()[-3000:] if path.exists() else "(no log)"


@contextmanager
def switches() -> Iterator[tuple[Ovs, dict[str, Namespace]]]:
    """The switch namespace (with the controller's TAP) running OVS with the
    two bridges, and a namespace per host, its eth0 a veth to its bridge's port."""
    rundir = tempfile.mkdtemp(prefix="ovs-")
    try:
        with namespace() as ns, processes() as procs, hosts(ns) as host_ns:
            make_links(ns, False)
            ovs = Ovs(ns, rundir)
            ovs.run("ovsdb-tool", "create", f"{rundir}/conf.db", str(SCHEMA))
            procs.append(ovs.daemon("ovsdb-server", f"{rundir}/conf.db", f"--remote=punix:{rundir}/db.sock",
                                    f"--unixctl={rundir}/ovsdb.ctl", f"--log-file={rundir}/ovsdb.log"))
            deadline = time.monotonic() + 20
            while not Path(rundir, "db.sock").exists() and time.monotonic() < deadline:
                time.sleep(0.1)
            ovs.vsctl("--no-wait", "init")
            procs.append(ovs.daemon("ovs-vswitchd", f"unix:{rundir}/db.sock", f"--unixctl={rundir}/vswitchd.ctl",
                                    f"--log-file={rundir}/vswitchd.log"))
            for bridge, (dpid, members) in BRIDGES.items():
                cmd = ["add-br", bridge, "--", "set", "bridge", bridge, "datapath_type=netdev",
                       "protocols=OpenFlow10", "fail-mode=secure", f"other-config:datapath-id={dpid:016x}"]
                for number, (name, _, _) in enumerate(members, 1):
                    cmd += ["--", "add-port", bridge, f"v{name}", "--", "set", "interface", f"v{name}",
                            f"ofport_request={number}"]
                ovs.vsctl(*cmd)
            yield ovs, host_ns
    finally:
        shutil.rmtree(rundir, ignore_errors=True)       # once the daemons are gone


@contextmanager
def hosts(switch: Namespace) -> Iterator[dict[str, Namespace]]:
    with namespace() as h1, namespace() as h2, namespace() as h3, namespace() as h4:
        made = {"h1": h1, "h2": h2, "h3": h3, "h4": h4}
        for _, members in BRIDGES.values():
            for name, mac, addr in members:
                ns = made[name]
                subprocess.run(["ip", "link", "add", f"v{name}", "netns", switch.name, "type", "veth", "peer", "name",
                                "eth0", "netns", ns.name], check=True, timeout=10)
                switch.setup(["ip", "link", "set", f"v{name}", "up"])
                # checksums filled in by the host itself: a veth leaves them to "hardware" that
                # OVS's userspace datapath (packet sockets on its ports) is not, so TCP would fail
                ns.setup(["ip", "link", "set", "lo", "up"], ["ip", "link", "set", "eth0", "address", mac],
                         ["ethtool", "-K", "eth0", "tx", "off"],
                         ["ip", "addr", "add", f"{addr}/24", "dev", "eth0"], ["ip", "link", "set", "eth0", "up"])
        yield made


def ping(ns: Namespace, addr: str, count: int) -> bool:
    return ns.run("ping", "-c", str(count), "-W", "2", addr, timeout=30).returncode == 0


def connected(ovs: Ovs, bridge: str) -> bool:
    return "true" in ovs.vsctl("get", "controller", bridge, "is_connected")


def flows(ovs: Ovs, bridge: str) -> list[str]:
    """dump-flows' flows, each as its match, idle timeout and actions."""
    found: list[str] = []
    for line in ovs.ofctl("dump-flows", bridge).splitlines():
        idle = re.search(r"idle_timeout=(\d+)", line)
        if "actions=" in line and idle:
            match, actions = line.split()[-2:]
            found.append(f"{match} idle={idle.group(1)} {actions.removeprefix('actions=')}")
    return sorted(found)


def expected_flows(bridge: str) -> list[str]:
    (_, mac_a, _), (_, mac_b, _) = BRIDGES[bridge][1]
    return sorted([f"in_port=1,dl_src={mac_a},dl_dst={mac_b} idle=10 output:2",
                   f"in_port=2,dl_src={mac_b},dl_dst={mac_a} idle=10 output:1"])


RECEIVE = '''
import hashlib, socket, sys
with socket.create_server(("0.0.0.0", 5001)) as s:
    print("listening", flush=True)
    s.settimeout(30)
    conn, _ = s.accept()
    conn.settimeout(30)
    digest, n = hashlib.sha256(), 0
    while data := conn.recv(65536):
        digest.update(data)
        n += len(data)
    print(n, digest.hexdigest(), flush=True)
'''
PAYLOAD = bytes(range(256)) * 4096     # 1 MiB


def transfer(sender: Namespace, receiver: Namespace, addr: str) -> str:
    server = subprocess.Popen(["ip", "netns", "exec", receiver.name, "python3", "-c", RECEIVE],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert read_line(server, 20) == b"listening\n"
        send = sender.run("python3", "-c", f"import socket, sys; s = socket.create_connection(('{addr}', 5001), "
                          "timeout=30); s.sendall(sys.stdin.buffer.read()); s.close()", stdin=PAYLOAD, timeout=60)
        assert send.returncode == 0, send.stderr.decode()
        return read_line(server, 40).decode()
    finally:
        if server.poll() is None:
            server.kill()
        server.wait()


def test_learning_switch_drives_open_vswitch(controller: Path) -> None:
    """No traffic without a controller; with ours, both bridges (two
    switches on one controller) forward pings and a 1 MiB TCP transfer,
    through the flows it installed, which go once idle."""
    with switches() as (ovs, host), processes() as procs:
        assert not ping(host["h1"], "10.9.0.2", 1), "the bridge forwards by itself: fail-mode is not secure"
        app = subprocess.Popen(["ip", "netns", "exec", ovs.ns.name, str(controller)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        procs.append(app)
        first = read_line(app, 30)
        assert first == READY, f"the controller printed {first!r}, status {app.poll()}"
        for bridge in BRIDGES:
            ovs.vsctl("set-controller", bridge, f"tcp:{ADDR}:{PORT}")
        deadline = time.monotonic() + 30
        while not all(connected(ovs, b) for b in BRIDGES) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert all(connected(ovs, b) for b in BRIDGES), ovs.log()
        assert ping(host["h1"], "10.9.0.2", 3), ovs.log()
        assert ping(host["h4"], "10.9.0.3", 3), ovs.log()
        assert flows(ovs, "br0") == expected_flows("br0")
        assert flows(ovs, "br1") == expected_flows("br1")
        assert not ping(host["h1"], "10.9.0.3", 1), "two separate bridges joined"
        digest = hashlib.sha256(PAYLOAD).hexdigest()
        assert transfer(host["h1"], host["h2"], "10.9.0.2") == f"{len(PAYLOAD)} {digest}\n"
        deadline = time.monotonic() + 30
        while (flows(ovs, "br0") or flows(ovs, "br1")) and time.monotonic() < deadline:
            time.sleep(1)
        assert flows(ovs, "br0") == flows(ovs, "br1") == [], "flows outlived their idle timeout"
        lines: list[str] = []
        while len(lines) < 8 and (line := read_line(app, 2)):
            lines.append(line.decode())
        assert "ofcontroller: switch 0x1: 3 ports\n" in lines and "ofcontroller: switch 0x2: 3 ports\n" in lines, lines
        assert app.poll() is None, f"the controller ended (status {app.returncode})"


BAD_CLIENT = f'''
import socket
with socket.create_connection(("{ADDR}", {PORT}), timeout=10) as s:
    hello = s.recv(8)
    s.sendall(bytes([1, 0, 0, 4, 0, 0, 0, 1]))      # a HELLO whose length is below the header's
    s.settimeout(10)
    rest = b""
    while data := s.recv(4096):
        rest += data
    print(hello.hex(), "then closed")
'''


UNKNOWN_TYPE = f'''
import socket, struct
with socket.create_connection(("{ADDR}", {PORT}), timeout=10) as s:
    s.sendall(struct.pack("!BBHI", 1, 0, 8, 1) + struct.pack("!BBHI", 1, 99, 12, 5) + b"abcd")
    got = b""
    while len(got) < 8 + 8 + 12 + 72 + 24:
        got += s.recv(4096)
    at = 0
    while at < len(got):
        version, kind, length, xid = struct.unpack_from("!BBHI", got, at)
        print(version, kind, length, xid, got[at + 8:at + length].hex() if kind == 1 else "")
        at += length
'''


def test_malformed_message_drops_only_that_switch(controller: Path) -> None:
    """A peer sending a message of a type OpenFlow 1.0 does not have gets,
    after the controller's greeting, an ERROR (BAD_REQUEST, BAD_TYPE) with
    the message in it; one sending a length below 8 is told nothing more
    and closed, twice; the controller logs why and still accepts switches."""
    with namespace() as ns, processes() as procs:
        make_links(ns, False)
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, str(controller)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        procs.append(app)
        assert read_line(app, 30) == READY
        assert ns.python(UNKNOWN_TYPE).splitlines() == [
            "1 0 8 1 ", "1 5 8 2 ", "1 9 12 3 ", "1 14 72 4 ", "1 1 24 5 00010001" + "0163000c00000005" + b"abcd".hex()]
        assert read_line(app, 5) == f"ofcontroller: switch {PEER} connected\n".encode()
        assert b"gone, closed, 0 flows installed" in read_line(app, 5)
        for _ in range(2):
            assert ns.python(BAD_CLIENT) == "0100000800000001 then closed\n"
        log = [read_line(app, 5).decode() for _ in range(4)]
        assert log[0] == f"ofcontroller: switch {PEER} connected\n", log
        assert log[1].startswith(f"ofcontroller: switch {PEER}:") and \
            log[1].endswith("(-0x1) gone, protocol error: message length 4, 0 flows installed\n"), log
        assert log[2] == log[0] and log[3].partition(" (")[2] == log[1].partition(" (")[2], log
        assert app.poll() is None
