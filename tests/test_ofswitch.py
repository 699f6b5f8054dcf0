"""examples/ofswitch/ofswitch.py, compiled for unix, driven by os-ken (the
maintained Ryu, from PyPI: software nobody here wrote) running its
OpenFlow 1.0 learning switch, in network namespaces of the test's own.

The switch namespace holds the management TAP (unicc's stack, 10.0.0.2;
Linux has 10.0.0.1 and os-ken listens there) and the switch's two port
TAPs, which move into two host namespaces once the switch has opened
them: each host's eth0 is a port.  Without a controller nothing passes
(secure mode); with os-ken the hosts ping each other and a 1 MiB TCP
transfer arrives intact, through the flows os-ken installed (the switch
logs each FLOW_MOD: in_port, dl_src, dl_dst, output to the other port).
When os-ken goes, the switch says so and connects again to the next one.
A scripted controller's malformed messages get ERRORs, or end the
session, and the switch comes back for the next.
`make test` makes the os-ken venv (.venv-osken; the Makefile says how).

The same switch as a guest (targets xen and xen-arm under QEMU, TCG): its
ports are virtio-net devices on the port TAPs (`--device
ports=virtio:ofp1,ofp2`) and its stack another on the management TAP
(`--net virtio:ofmgmt`), all three opened by QEMU in the switch namespace;
os-ken drives it the same way, and the hosts ping each other and send
1 MiB and two VLAN-tagged frames through it.
"""

from __future__ import annotations

import hashlib
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, ROOT, unicc
from netns import Namespace, namespace, processes, read_line, require_peers
from test_ofcontroller import PAYLOAD, ping, transfer
from unicc.image import Image
from unicc.run import memory, qemu
from unicc.targets import TARGETS

APP = ROOT / "examples" / "ofswitch" / "ofswitch.py"
OSKEN = ROOT / ".venv-osken" / "bin" / "osken-manager"
SIMPLE_SWITCH = ROOT / ".venv-osken" / "apps" / "os_ken" / "app" / "simple_switch.py"
MGMT, CONTROLLER, SWITCH = "ofmgmt", "10.0.0.1", "10.0.0.2"
PORTS = {"h1": ("ofp1", "0a:00:00:00:00:01", "10.9.0.1"), "h2": ("ofp2", "0a:00:00:00:00:02", "10.9.0.2")}
PORT_TAPS = ",".join(tap for tap, _, _ in PORTS.values())
READY = b"ofswitch: 2 ports (ofp1, ofp2), controller 10.0.0.1:6653\n"


def build_switch(tmp_path_factory: pytest.TempPathFactory, target: str, driver: str, net: str) -> Path:
    require_peers()
    if not OSKEN.exists() or not SIMPLE_SWITCH.exists():
        pytest.fail("os-ken missing: `make .venv-osken/.installed` (make test makes it)")
    out = tmp_path_factory.mktemp("ofswitch") / "ofswitch"
    built = unicc(["build", str(APP), "--target", target, "-o", str(out), "--device", f"ports={driver}:{PORT_TAPS}",
                   "--net", f"{net}:{MGMT}", "--ipv4", f"{SWITCH}/24"], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return out


@pytest.fixture(scope="module")
def switch_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_switch(tmp_path_factory, "unix", "taps", "tap")


@contextmanager
def network() -> Iterator[tuple[Namespace, dict[str, Namespace]]]:
    """The switch namespace (the management TAP, the port TAPs) and the two hosts'."""
    with namespace() as sw, namespace() as h1, namespace() as h2:
        taps = [["ip", "tuntap", "add", "mode", "tap", tap] for tap, _, _ in PORTS.values()]
        sw.setup(["ip", "link", "set", "lo", "up"], ["ip", "tuntap", "add", "mode", "tap", MGMT],
                 ["ip", "addr", "add", f"{CONTROLLER}/24", "dev", MGMT], ["ip", "link", "set", MGMT, "up"], *taps)
        yield sw, {"h1": h1, "h2": h2}


def attach_hosts(sw: Namespace, hosts: dict[str, Namespace]) -> None:
    """Each port TAP (open in the switch by now) becomes its host's eth0."""
    for name, (tap, mac, addr) in PORTS.items():
        sw.setup(["ip", "link", "set", tap, "netns", hosts[name].name])
        hosts[name].setup(["ip", "link", "set", "lo", "up"], ["ip", "link", "set", tap, "name", "eth0"],
                          ["ip", "link", "set", "eth0", "address", mac],
                          ["ip", "addr", "add", f"{addr}/24", "dev", "eth0"], ["ip", "link", "set", "eth0", "up"])


def start_osken(sw: Namespace, procs: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    osken = subprocess.Popen(["ip", "netns", "exec", sw.name, str(OSKEN), "--ofp-listen-host", CONTROLLER,
                              "--ofp-tcp-listen-port", "6653", str(SIMPLE_SWITCH)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    procs.append(osken)
    return osken


def lines_until(app: subprocess.Popen[bytes], last: bytes, seconds: float) -> list[str]:
    """What the switch prints up to and including a line starting with last."""
    got: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = read_line(app, max(0.1, deadline - time.monotonic()))
        if not line:
            break
        got.append(line.decode())
        if line.startswith(last):
            return got
    raise AssertionError(f"no {last!r} within {seconds} s; got {got}")


def learns_under_osken(app: subprocess.Popen[bytes], sw: Namespace, hosts: dict[str, Namespace],
                       procs: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    """The hosts on the switch's ports: nothing passes until os-ken is up, then
    pings go both ways and the switch logs the two flows simple_switch made."""
    attach_hosts(sw, hosts)
    assert not ping(hosts["h1"], "10.9.0.2", 1), "frames passed without a controller"
    osken = start_osken(sw, procs)
    lines_until(app, b"ofswitch: connected to the controller", 30)
    assert ping(hosts["h1"], "10.9.0.2", 3)
    assert ping(hosts["h2"], "10.9.0.1", 2)
    mac1, mac2 = PORTS["h1"][1], PORTS["h2"][1]
    flows = lines_until(app, b"ofswitch: flow mod", 10)
    flows += [read_line(app, 2).decode()]
    expected = {f"ofswitch: flow mod 0: in_port=1,dl_src={mac1},dl_dst={mac2} priority 32768 -> output:2\n",
                f"ofswitch: flow mod 0: in_port=2,dl_src={mac2},dl_dst={mac1} priority 32768 -> output:1\n"}
    assert expected <= set(flows), flows
    return osken


def test_osken_learning_switch_drives_the_unicc_switch(switch_app: Path) -> None:
    """No ping without a controller; with os-ken's simple_switch, pings both
    ways and 1 MiB over TCP through the two flows it installed; the switch
    survives os-ken's death and serves the next one."""
    with network() as (sw, hosts), processes() as procs:
        app = subprocess.Popen(["ip", "netns", "exec", sw.name, str(switch_app)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        procs.append(app)
        first = read_line(app, 30)
        assert first == READY, f"the switch printed {first!r}, status {app.poll()}"
        osken = learns_under_osken(app, sw, hosts, procs)
        digest = hashlib.sha256(PAYLOAD).hexdigest()
        assert transfer(hosts["h1"], hosts["h2"], "10.9.0.2") == f"{len(PAYLOAD)} {digest}\n"

        osken.kill()
        osken.wait()
        lines_until(app, b"ofswitch: controller gone", 20)
        start_osken(sw, procs)
        lines_until(app, b"ofswitch: connected to the controller", 30)
        assert ping(hosts["h2"], "10.9.0.1", 2)
        assert app.poll() is None, f"the switch ended (status {app.returncode})"


RAW_CONTROLLER = f'''
import socket, struct

def message(s):
    head = b""
    while len(head) < 8:
        head += s.recv(8 - len(head))
    version, kind, length, xid = struct.unpack("!BBHI", head)
    body = b""
    while len(body) < length - 8:
        body += s.recv(length - 8 - len(body))
    return kind, xid, body

with socket.create_server(("{CONTROLLER}", 6653)) as server:
    server.settimeout(20)
    for session in (1, 2):
        conn, _ = server.accept()
        conn.settimeout(10)
        print(session, "hello", message(conn)[0], flush=True)
        conn.sendall(struct.pack("!BBHI", 1, 0, 8, 1) + struct.pack("!BBHI", 1, 5, 8, 2))
        kind, xid, body = message(conn)
        print(session, "features", kind, xid, len(body), flush=True)
        conn.sendall(struct.pack("!BBHI", 1, 99, 12, 3) + b"what")            # a type 1.0 does not have
        kind, xid, body = message(conn)
        print(session, "error", kind, xid, body[:4].hex(), flush=True)
        conn.sendall(struct.pack("!BBHI", 1, 14, 20, 4) + bytes(12))          # a FLOW_MOD cut short
        kind, xid, body = message(conn)
        print(session, "error", kind, xid, body[:4].hex(), flush=True)
        conn.sendall(struct.pack("!BBHI", 1, 2, 4, 5))                        # a length below the header's
        print(session, "closed", conn.recv(100) == b"", flush=True)
        conn.close()
'''


def test_malformed_controller_messages_get_errors_then_a_new_session(switch_app: Path) -> None:
    """A scripted controller: the switch's HELLO and FEATURES_REPLY (two
    ports: 8 + 24 + 2 * 48 bytes), an ERROR (BAD_REQUEST, BAD_TYPE) for a
    type 1.0 does not have, another (BAD_LEN) for a FLOW_MOD cut short, the
    connection closed for a length below 8; the switch says why and comes
    back for a second session, which goes the same way."""
    with network() as (sw, _), processes() as procs:
        app = subprocess.Popen(["ip", "netns", "exec", sw.name, str(switch_app)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        procs.append(app)
        assert read_line(app, 30) == READY
        session = ["{0} hello 0", "{0} features 6 2 120", "{0} error 1 3 00010001", "{0} error 1 4 00010006",
                   "{0} closed True"]
        assert sw.python(RAW_CONTROLLER).splitlines() == [line.format(n) for n in (1, 2) for line in session]
        log = lines_until(app, b"ofswitch: controller gone", 10)
        assert log[0] == "ofswitch: connected to the controller\n", log
        assert log[-1] == "ofswitch: controller gone, protocol error: message length 4\n", log
        assert any(line.startswith("ofswitch: bad message: ") for line in log), log
        assert app.poll() is None, f"the switch ended (status {app.returncode})"


TAGGED = """
import socket, sys
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x88b5))
s.bind(("eth0", 0))
s.settimeout(10)
frames = {n: bytes.fromhex("%s" "%s" "8100 0005 88b5") + bytes(i & 255 for i in range(n - 18)) for n in (1518, 1514)}
if sys.argv[1] == "send":
    for frame in frames.values():
        s.send(frame)
else:
    print("ready", flush=True)
    got = []
    try:
        while len(got) < 2:
            f = s.recv(4000)
            # Linux hands the tag to a packet socket apart from the frame
            got += [n for n, frame in frames.items() if f in (frame, frame[:12] + frame[16:])]
    except TimeoutError:
        pass
    print(got)
""" % (PORTS["h2"][1].replace(":", ""), PORTS["h1"][1].replace(":", ""))


def tagged_frames(sender: Namespace, receiver: Namespace) -> str:
    """Which of two VLAN-tagged frames, of 1518 bytes (the most a port of
    MTU 1500 carries) and 1514, sent by h1 to h2 with a packet socket
    arrived intact (a flow matches them: simple_switch wildcards the tag)."""
    server = subprocess.Popen(["ip", "netns", "exec", receiver.name, "python3", "-c", TAGGED, "receive"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert read_line(server, 20) == b"ready\n"
        sent = sender.run("python3", "-c", TAGGED, "send")
        assert sent.returncode == 0, sent.stderr.decode()
        return read_line(server, 20).decode()
    finally:
        if server.poll() is None:
            server.kill()
        server.wait()


@pytest.fixture(scope="module", params=["xen", "xen-arm"])
def guest_switch(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Image:
    return Image.load(TARGETS[request.param], build_switch(tmp_path_factory, request.param, "virtio", "virtio"))


def test_osken_drives_the_switch_on_a_guest(guest_switch: Image) -> None:
    """The guest under QEMU, its ports and its stack on virtio-net: nothing
    passes before os-ken comes; then pings both ways, 1 MiB over TCP and
    two VLAN-tagged frames (the longer 1518 bytes) through the flows
    os-ken installed."""
    devices = {"ports": f"virtio:{PORT_TAPS}", "net": f"virtio:{MGMT}"}
    cmd = qemu.qemu_command(guest_switch.target, guest_switch.boot, ["ofswitch"],
                            memory.memory_mib(guest_switch, memory.QEMU), devices)
    with network() as (sw, hosts), processes() as procs:
        start = time.monotonic()
        app = subprocess.Popen(["ip", "netns", "exec", sw.name, *cmd], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        procs.append(app)
        first = read_line(app, 30)
        assert first == READY, f"the guest printed {first!r}, status {app.poll()}"
        learns_under_osken(app, sw, hosts, procs)
        sent = time.monotonic()
        digest = hashlib.sha256(PAYLOAD).hexdigest()
        assert transfer(hosts["h1"], hosts["h2"], "10.9.0.2") == f"{len(PAYLOAD)} {digest}\n"
        assert tagged_frames(hosts["h1"], hosts["h2"]) == "[1518, 1514]\n"
        assert app.poll() is None, f"the guest ended (status {app.returncode})"
        print(f"{guest_switch.target.name}: 1 MiB through the switch in {time.monotonic() - sent:.1f} s, "
              f"{time.monotonic() - start:.1f} s from boot")
