"""unicc's network stack against Linux's, over a TAP interface.

Each test makes a network namespace of its own (`ip netns add`), creates a
TAP interface inside it, gives Linux the peer address 10.77.0.1/24 on it and
runs examples/echo/echo.py on the TAP (`--net tap:utap0 --ipv4
10.77.0.2/24`), compiled and under CPython (the reference).  Linux's own
tools are the peers: `ping` (also with -s 4000: IPv4 fragments both ways),
`socat` and Python's sockets for UDP echo (RFC 862), checked byte for byte,
and a connected UDP socket that must be refused (ICMP port unreachable).
Every address lives inside the namespace, which is deleted afterwards
(also when a test fails), taking the TAP and the program's traffic with it.

`make test` installs the peers (iputils-ping, socat, iproute2); a missing one
fails the test rather than skipping it.  The stack's logic itself is tested
frame by frame on a fake clock in tests/programs/net_wire.py and net_stack.py.
"""

from __future__ import annotations

import itertools
import os
import re
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator

import pytest

from conftest import BUILD_TIMEOUT, PYTHON, ROOT, unicc

ECHO = ROOT / "examples" / "echo" / "echo.py"
TAP, PEER, ADDR, PREFIX = "utap0", "10.77.0.1", "10.77.0.2", 24
OPTIONS = ["--target", "unix", "--net", f"tap:{TAP}", "--ipv4", f"{ADDR}/{PREFIX}"]
READY = f"echo: TCP and UDP port 7 on {ADDR}\n".encode()
PEERS = {"ip": "iproute2", "ping": "iputils-ping", "socat": "socat"}
_names = itertools.count()


def require_peers() -> None:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root")
    missing = [pkg for cmd, pkg in PEERS.items() if shutil.which(cmd) is None]
    if missing:
        pytest.fail(f"peer programs missing: apt-get install {' '.join(missing)} (make test installs them)")


@pytest.fixture(scope="module", params=["compiled", "python"])
def how(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The command that runs the echo app: the compiled program, or unicc's CPython reference run."""
    require_peers()
    if request.param == "python":
        return [PYTHON, "-m", "unicc", "run", "--target", "python", str(ECHO), *OPTIONS[2:]]
    exe = tmp_path_factory.mktemp("net") / "echo"
    built = unicc(["build", str(ECHO), "-o", str(exe), *OPTIONS], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return [str(exe)]


class Namespace:
    def __init__(self, name: str) -> None:
        self.name = name

    def run(self, *cmd: str, timeout: float = 30, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["ip", "netns", "exec", self.name, *cmd], input=stdin, capture_output=True,
                              timeout=timeout)

    def python(self, code: str) -> str:
        r = self.run("python3", "-c", code)
        assert r.returncode == 0, r.stderr.decode()
        return r.stdout.decode()


@pytest.fixture
def net(how: list[str]) -> Iterator[Namespace]:
    """A namespace with the TAP and the echo app running on it."""
    ns = Namespace(f"unicc-{os.getpid()}-{next(_names)}")
    subprocess.run(["ip", "netns", "add", ns.name], check=True)
    app: subprocess.Popen[bytes] | None = None
    try:
        for cmd in (["ip", "link", "set", "lo", "up"], ["ip", "tuntap", "add", "mode", "tap", TAP],
                    ["ip", "addr", "add", f"{PEER}/{PREFIX}", "dev", TAP], ["ip", "link", "set", TAP, "up"]):
            r = ns.run(*cmd)
            assert r.returncode == 0, f"{' '.join(cmd)}: {r.stderr.decode()}"
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, *how], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        assert app.stdout is not None
        first = b""
        deadline = time.monotonic() + 60
        while not first.endswith(b"\n") and time.monotonic() < deadline and app.poll() is None:
            if select.select([app.stdout], [], [], 0.5)[0]:
                first += os.read(app.stdout.fileno(), 200)
        assert first == READY, f"the app printed {first!r}, status {app.poll()}"
        yield ns
        assert app.poll() is None, f"the app ended with status {app.returncode}"
    finally:
        err = b""
        try:
            if app is not None:
                os.killpg(app.pid, signal.SIGKILL)   # the reference run is unicc and its CPython
                err = app.communicate(timeout=10)[1]
        finally:
            subprocess.run(["ip", "netns", "del", ns.name], check=False)
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
