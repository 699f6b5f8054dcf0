"""unicc's network stack against Linux's, over a TAP interface.

Each test makes a network namespace of its own (`ip netns add`), creates a
TAP interface inside it, gives Linux the peer address 10.77.0.1/24 on it and
runs examples/echo/echo.py on the TAP (`--net tap:utap0 --ipv4
10.77.0.2/24`), compiled and under CPython (the reference).  Linux's own
tools are the peers: `ping` (also with -s 4000: IPv4 fragments both ways),
`socat` and Python's sockets for UDP echo (RFC 862), checked byte for byte,
and a connected UDP socket that must be refused (ICMP port unreachable);
for TCP echo, `socat` and Python's sockets: round trips, a 64 MiB bulk transfer
both ways at once checked by SHA-256 (its throughput printed, never
asserted), eight concurrent connections, a connect refused by a RST, and
clients that go away mid-transfer (close, and reset), after which the app
still serves.
The same checks run against the echo app built with `--net socket` (the
host kernel's sockets; both addresses on the namespace's loopback), with the
same expected output: apps are written once for both stacks.
A 2 MiB echo also goes through tests/netrelay.py, a seeded impairment relay
(loss, reordering, duplication, corruption, delay) between the app's TAP
and a second TAP of Linux's; it must arrive byte-exact.
The echo app built with `--dhcp` gets its address from busybox's udhcpd
and keeps it through a renewal.
Every address lives inside the namespace, which is deleted afterwards
(also when a test fails), taking the TAP and the program's traffic with it.

`make test` installs the peers (iputils-ping, socat, iproute2, busybox); a missing one
fails the test rather than skipping it.  The stack's logic itself is tested
frame by frame on a fake clock in tests/programs/net_wire.py and net_stack.py.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, PYTHON, ROOT, unicc
from netns import Namespace, namespace, processes, read_line, require_peers

ECHO = ROOT / "examples" / "echo" / "echo.py"
TAP, PEER, ADDR, PREFIX = "utap0", "10.77.0.1", "10.77.0.2", 24
OPTIONS = ["--target", "unix", "--net", f"tap:{TAP}", "--ipv4", f"{ADDR}/{PREFIX}"]
# The same app on the host kernel's sockets, bound to ADDR (the namespace's loopback holds both addresses).
SOCKET_OPTIONS = ["--target", "unix", "--net", "socket", "--ipv4", ADDR]
READY = f"echo: TCP and UDP port 7 on {ADDR}\n".encode()


@pytest.fixture(scope="module", params=["compiled", "python", "socket"])
def how(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command that runs the echo app: the compiled program, unicc's CPython
    reference run, or the compiled program built with `--net socket`."""
    require_peers()
    if request.param == "python":
        return [PYTHON, "-m", "unicc", "run", "--target", "python", str(ECHO), *OPTIONS[2:]]
    exe = tmp_path_factory.mktemp("net") / f"echo-{request.param}"
    options = SOCKET_OPTIONS if request.param == "socket" else OPTIONS
    built = unicc(["build", str(ECHO), "-o", str(exe), *options], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return [str(exe)]


def on_sockets(how: list[str]) -> bool:
    """Is this the build on the host's sockets (the kernel is the peer and the app's stack)?"""
    return how[0].endswith("echo-socket")


def make_links(ns: Namespace, sockets: bool) -> None:
    """The TAP with Linux's address on it, or for the socket build both
    addresses on the namespace's loopback."""
    if sockets:
        cmds = [["ip", "link", "set", "lo", "up"], ["ip", "addr", "add", f"{PEER}/32", "dev", "lo"],
                ["ip", "addr", "add", f"{ADDR}/32", "dev", "lo"]]
    else:
        cmds = [["ip", "link", "set", "lo", "up"], ["ip", "tuntap", "add", "mode", "tap", TAP],
                ["ip", "addr", "add", f"{PEER}/{PREFIX}", "dev", TAP], ["ip", "link", "set", TAP, "up"]]
    ns.setup(*cmds)


@pytest.fixture
def net(how: list[str]) -> Iterator[Namespace]:
    """A namespace with the TAP and the echo app running on it."""
    with namespace() as ns:
        make_links(ns, on_sockets(how))
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, *how], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        err = b""
        try:
            first = read_line(app, 60)
            assert first == READY, f"the app printed {first!r}, status {app.poll()}"
            yield ns
            assert app.poll() is None, f"the app ended with status {app.returncode}"
        finally:
            os.killpg(app.pid, signal.SIGKILL)   # the reference run is unicc and its CPython
            err = app.communicate(timeout=10)[1]
    assert b"Traceback" not in err and b"panic" not in err, err.decode()


def pings(ns: Namespace, *opts: str) -> list[tuple[str, str, str, str]]:
    """The reply lines of `ping -c 3` with opts, after checking all came back."""
    # -W 30: the reference run (CPython with typeguard on every Buffer access)
    # takes ~0.2 s to answer a 4000-byte ping; the compiled stack ~0.13 ms.
    r = ns.run("ping", "-c", "3", "-i", "0.2", "-W", "30", *opts, ADDR, timeout=60)
    out = r.stdout.decode()
    assert r.returncode == 0 and " 3 received, 0% packet loss" in out, out + r.stderr.decode()
    assert "wrong data" not in out and "DUP!" not in out, out
    return re.findall(r"^(\d+) bytes from (\S+): icmp_seq=(\d+) ttl=(\d+)", out, re.M)


def test_ping(net: Namespace) -> None:
    replies = pings(net, "-p", "a5c3")
    assert replies == [("64", f"{ADDR}", str(i), "64") for i in (1, 2, 3)], replies


def test_ping_fragmented(net: Namespace) -> None:
    # 4008 bytes of ICMP: Linux sends three fragments, the stack reassembles
    # them and fragments its reply, Linux reassembles that and checks the data.
    replies = pings(net, "-s", "4000")
    assert [r[0] for r in replies] == ["4008"] * 3, replies


UDP_ROUND_TRIPS = f'''
import random, socket
rng = random.Random(17)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(30)
s.bind(("{PEER}", 0))
for n in [0, 1, 11, 512, 1472, 1473, 4000, 9000, 65507]:
    data = bytes(rng.randrange(256) for _ in range(n))
    s.sendto(data, ("{ADDR}", 7))
    got, src = s.recvfrom(65536)
    print(n, got == data, src == ("{ADDR}", 7))
'''


def test_udp_echo(net: Namespace) -> None:
    lines = net.python(UDP_ROUND_TRIPS).split("\n")[:-1]
    assert lines == [f"{n} True True" for n in [0, 1, 11, 512, 1472, 1473, 4000, 9000, 65507]], lines
    r = net.run("socat", "-t", "2", "-", f"UDP:{ADDR}:7", stdin=b"hello, unikernel\n")
    assert r.stdout == b"hello, unikernel\n", r


REFUSED = f'''
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(3)
s.connect(("{ADDR}", 9))
s.send(b"anyone?")
try:
    s.recv(100)
except ConnectionRefusedError:
    print("refused")
'''


def test_udp_port_unreachable(net: Namespace) -> None:
    assert net.python(REFUSED) == "refused\n"


def reference(how: list[str]) -> bool:
    """Is this the CPython reference run (about 1000 times slower per byte)?"""
    return "python" in how


TCP_ROUND_TRIPS = f'''
import random, socket
rng = random.Random(862)
with socket.create_connection(("{ADDR}", 7), timeout=30) as s:
    for n in [1, 10, 536, 1460, 1461, 5000, 20000, 70000]:
        data = bytes(rng.randrange(256) for _ in range(n))
        s.sendall(data)
        got = b""
        while len(got) < n:
            more = s.recv(n - len(got))
            if not more:
                break
            got += more
        print(n, got == data)
    s.shutdown(socket.SHUT_WR)
    print("eof", s.recv(10) == b"")
'''


def test_tcp_echo(net: Namespace) -> None:
    r = net.run("socat", "-t", "5", "-", f"TCP:{ADDR}:7", stdin=b"hello, tcp\n")
    assert r.returncode == 0 and r.stdout == b"hello, tcp\n", r
    lines = net.python(TCP_ROUND_TRIPS).split("\n")[:-1]
    assert lines == [f"{n} True" for n in [1, 10, 536, 1460, 1461, 5000, 20000, 70000]] + ["eof True"], lines


BULK = f'''
import hashlib, socket, sys, threading, time
size = int(sys.argv[1])
block = bytes((i * 7 + (i >> 8)) & 255 for i in range(65536))
s = socket.create_connection(("{ADDR}", 7), timeout=60)
digest = hashlib.sha256()
received = 0
def reader():
    global received
    while True:
        b = s.recv(1 << 20)
        if not b:
            break
        digest.update(b)
        received += len(b)
t = threading.Thread(target=reader)
start = time.monotonic()
t.start()
sent = hashlib.sha256()
for off in range(0, size, len(block)):
    piece = block[:min(len(block), size - off)]
    s.sendall(piece)
    sent.update(piece)
s.shutdown(socket.SHUT_WR)
t.join()
seconds = time.monotonic() - start
print(received, digest.hexdigest() == sent.hexdigest())
print(f"{{size * 8 / seconds / 1e6:.1f}} Mbit/s each way", file=sys.stderr)
'''


def test_tcp_bulk(net: Namespace, how: list[str]) -> None:
    # Both directions at once: the client sends while the echo sends back.
    # Compiled, 64 MiB each way take about 1-2 s (the figure is printed with -s).
    size = 200_000 if reference(how) else 64 << 20
    r = net.run("python3", "-c", BULK, str(size), timeout=120)
    assert r.returncode == 0 and r.stdout.decode() == f"{size} True\n", r
    print(r.stderr.decode().strip())


CONCURRENT = f'''
import socket, threading
results = {{}}
def client(i):
    data = bytes([i]) * (1000 + 3000 * i)
    with socket.create_connection(("{ADDR}", 7), timeout=30) as s:
        for part in range(4):
            s.sendall(data)
            got = b""
            while len(got) < len(data):
                more = s.recv(len(data) - len(got))
                if not more:
                    break
                got += more
            results[i, part] = got == data
threads = [threading.Thread(target=client, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()) == [((i, p), True) for i in range(8) for p in range(4)])
'''


def test_tcp_concurrent(net: Namespace) -> None:
    assert net.python(CONCURRENT) == "True\n"


TCP_REFUSED = f'''
import socket
try:
    socket.create_connection(("{ADDR}", 9), timeout=10)
except ConnectionRefusedError:
    print("refused")
'''


def test_tcp_refused(net: Namespace) -> None:
    assert net.python(TCP_REFUSED) == "refused\n"


ABANDON = f'''
import socket, struct
block = bytes(range(256)) * 256
# Closed mid-transfer without reading the echo (Linux answers the echo with
# a RST), then reset outright (SO_LINGER 0); then a new connection still works.
# The client does not read, so the echo's back-pressure stops its sending
# after a few hundred KiB: it sends for at most a second.
for how in ["close", "reset"]:
    s = socket.create_connection(("{ADDR}", 7), timeout=30)
    s.settimeout(1)
    try:
        for _ in range({{blocks}}):
            s.sendall(block)
    except TimeoutError:
        pass
    s.settimeout(30)
    s.recv(1000)
    if how == "reset":
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()
with socket.create_connection(("{ADDR}", 7), timeout=30) as s:
    s.sendall(b"still there?")
    print(s.recv(100))
'''


def test_tcp_client_gone_mid_transfer(net: Namespace, how: list[str]) -> None:
    blocks = 2 if reference(how) else 16
    assert net.python(ABANDON.replace("{blocks}", str(blocks))) == "b'still there?'\n"


CLIENT_APP = f'''
"""A TCP client on unicc's stack: connects to a Linux server, sends, reads the echo."""
from __future__ import annotations

from unicc_devices import Console, Stack
from unicc_loop import run
from unicc_net.addr import IPAddr


async def talk(console: Console, stack: Stack) -> None:
    try:
        await stack.tcp_connect(IPAddr.parse("{PEER}"), 9)
    except ConnectionRefusedError as e:
        console.log(f"port 9: {{e}}")
    stream = await stack.tcp_connect(IPAddr.parse("{PEER}"), 7007)
    data = bytes(i & 255 for i in range(300_000))
    await stream.write(data)
    stream.shutdown_write()
    got = bytearray()
    while True:
        more = await stream.read()
        if not more:
            break
        got.extend(more)
    console.log(f"echoed {{len(got)}} {{bytes(got) == data}}")
    stream.close()


def main(console: Console, stack: Stack) -> None:
    run(talk(console, stack))
'''


def test_tcp_client(how: list[str], tmp_path: Path) -> None:
    """The app's client side (tcp_connect) against a Linux echo server (socat, which
    waits up to 60 s after the client's FIN for cat's last output)."""
    app = tmp_path / "client.py"
    app.write_text(CLIENT_APP)
    if reference(how):
        cmd = [PYTHON, "-m", "unicc", "run", "--target", "python", str(app), *OPTIONS[2:]]
    else:
        exe = tmp_path / "client"
        options = SOCKET_OPTIONS if on_sockets(how) else OPTIONS
        built = unicc(["build", str(app), "-o", str(exe), *options], ROOT, "build", BUILD_TIMEOUT)
        assert built.status == 0, built.stderr.decode()
        cmd = [str(exe)]
    with namespace() as ns, processes() as procs:
        make_links(ns, on_sockets(how))
        procs.append(subprocess.Popen(["ip", "netns", "exec", ns.name, "socat", "-t", "60",
                                       f"TCP-LISTEN:7007,bind={PEER}", "EXEC:cat"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        time.sleep(0.3)
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        r = subprocess.run(["ip", "netns", "exec", ns.name, *cmd], cwd=ROOT, env=env, capture_output=True,
                           timeout=120)
        assert r.returncode == 0 and r.stdout == b"port 9: connection refused\nechoed 300000 True\n", r


RELAY = ROOT / "tests" / "netrelay.py"
LINUX_TAP = "rtap0"
RELAY_APP = f'''
"""One TCP echo connection on unicc's stack (a DirectStack it makes itself,
to read its counters), then the connection's retransmission counts."""
from __future__ import annotations

from unicc_devices import Clock, Console, Netif
from unicc_loop import run, sleep
from unicc_net import tcp
from unicc_net.stack import DirectStack


async def serve(console: Console, stack: DirectStack) -> None:
    listener = stack.tcp_listen(7)
    console.log("ready")
    stream = await listener.accept()
    total = 0
    while True:
        data = await stream.read()
        if not data:
            break
        total += len(data)
        await stream.write(data)
    stream.close()
    c = stream.conn
    for _ in range(600):              # until the FIN is acknowledged, at most 30 s
        if c.state in (tcp.CLOSED, tcp.TIME_WAIT):
            break
        await sleep(0.05)
    s = stack.stack.stats
    console.log(f"echoed {{total}}: retransmits={{c.retransmits}} timeouts={{c.timeouts}} "
                f"malformed={{s.malformed}} state={{tcp.STATE_NAMES[c.state]}}")


def main(console: Console, net: Netif, clock: Clock) -> None:
    run(serve(console, DirectStack(net, clock, "{ADDR}/{PREFIX}")))
'''

IMPAIRMENTS = {
    "loss": ["--loss", "0.01"],
    "reorder": ["--reorder", "0.05"],
    "duplicate": ["--duplicate", "0.05"],
    "corrupt": ["--corrupt", "0.01"],
    "delay": ["--delay", "5"],
    "all": ["--loss", "0.005", "--reorder", "0.02", "--duplicate", "0.02", "--corrupt", "0.005", "--delay", "1"],
}


@pytest.fixture(scope="module")
def relay_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_peers()
    d = tmp_path_factory.mktemp("relay")
    (d / "relayed.py").write_text(RELAY_APP)
    exe = d / "relayed"
    # tap-plain: the relay forwards frames as the link carries them (no virtio-net header), so
    # the app must send link-sized frames with whole checksums, not 64 KiB segments for Linux to cut.
    built = unicc(["build", str(d / "relayed.py"), "-o", str(exe), "--target", "unix",
                   "--net", f"tap-plain:{TAP}"],
                  ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return exe


@pytest.mark.parametrize("impairment", list(IMPAIRMENTS))
def test_tcp_bulk_through_impairments(relay_app: Path, impairment: str) -> None:
    """A 2 MiB echo both ways at once through tests/netrelay.py (seeded loss,
    reordering, duplication, corruption, delay between the app's TAP and
    Linux's): it must arrive byte-exact (SHA-256).  The stack's retransmission
    counts and the relay's are printed (-s), never asserted."""
    with namespace() as ns, processes() as procs:
        ns.setup(["sysctl", "-qw", "net.ipv6.conf.default.disable_ipv6=1"], ["ip", "link", "set", "lo", "up"],
                 ["ip", "tuntap", "add", "mode", "tap", TAP], ["ip", "link", "set", TAP, "up"],
                 ["ip", "tuntap", "add", "mode", "tap", LINUX_TAP],
                 ["ip", "addr", "add", f"{PEER}/{PREFIX}", "dev", LINUX_TAP], ["ip", "link", "set", LINUX_TAP, "up"])
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, str(relay_app)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
        procs.append(app)
        assert read_line(app, 30) == b"ready\n"
        relay = subprocess.Popen(["ip", "netns", "exec", ns.name, "python3", str(RELAY), TAP, LINUX_TAP,
                                  "--seed", "17", "--seconds", "120", *IMPAIRMENTS[impairment]],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append(relay)
        assert read_line(relay, 30) == b"ready\n"
        size = 2 << 20
        r = ns.run("python3", "-c", BULK, str(size), timeout=120)
        assert r.returncode == 0 and r.stdout.decode() == f"{size} True\n", r
        counts = read_line(app, 90).decode().strip()   # the app waits up to 30 s for its FIN's ACK
        relay.send_signal(signal.SIGTERM)
        relayed = read_line(relay, 10).decode().strip()
        print(f"{impairment}: {r.stderr.decode().strip()}; stack: {counts}; relay: {relayed}")
        assert counts.startswith(f"echoed {size}:"), (counts, app.poll(), relayed)


UDHCPD = """start 10.77.0.50
end 10.77.0.60
interface {tap}
lease_file {dir}/leases
pidfile {dir}/udhcpd.pid
min_lease 2
opt subnet 255.255.255.0
opt router {peer}
opt lease 4
"""


def test_dhcp(tmp_path: Path) -> None:
    """examples/echo built with --dhcp gets its address from busybox's udhcpd
    (a 4 s lease: renewed at T1 = 2 s), answers ping and UDP echo on it, and
    still does after the lease has been renewed (udhcpd's ACKs counted)."""
    require_peers()
    if shutil.which("busybox") is None:
        pytest.fail("busybox (udhcpd) missing: apt-get install busybox (make test installs it)")
    exe = tmp_path / "echo-dhcp"
    built = unicc(["build", str(ECHO), "-o", str(exe), "--target", "unix", "--net", f"tap:{TAP}", "--dhcp"],
                  ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    (tmp_path / "leases").touch()
    conf = tmp_path / "udhcpd.conf"
    conf.write_text(UDHCPD.format(tap=TAP, dir=tmp_path, peer=PEER))
    with namespace() as ns, processes() as procs:
        make_links(ns, False)
        server = subprocess.Popen(["ip", "netns", "exec", ns.name, "busybox", "udhcpd", "-f", str(conf)],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        procs.append(server)
        time.sleep(0.3)
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, str(exe)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
        procs.append(app)
        first = read_line(app, 30).decode()
        found = re.fullmatch(r"echo: TCP and UDP port 7 on (10\.77\.0\.(\d+))\n", first)
        assert found is not None and 50 <= int(found[2]) <= 60, first
        addr = found[1]
        r = ns.run("ping", "-c", "1", "-W", "5", addr)
        assert r.returncode == 0, r.stdout.decode()
        time.sleep(3)                          # past T1: a renewal
        r = ns.run("socat", "-t", "2", "-", f"UDP:{addr}:7", stdin=b"renewed?\n")
        assert r.stdout == b"renewed?\n", r
        assert app.poll() is None
    log = procs[0].communicate()[0].decode() if procs[0].stdout else ""
    assert log.count(f"sending ACK to {addr}") >= 2, log
