"""Network namespaces for the tests that run apps on unicc's stack against
Linux's (tests/test_net.py, tests/test_net_wire.py).

`namespace()` makes a namespace of its own and deletes it afterwards (also
when the test fails), taking its TAPs and the programs' traffic with it;
`Namespace.run` runs a command inside it and `Namespace.enter` makes the
calling process create sockets inside it (a packet socket on a TAP there).
"""

from __future__ import annotations

import ctypes
import itertools
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

PEERS = {"ip": "iproute2", "ping": "iputils-ping", "socat": "socat", "curl": "curl"}
CLONE_NEWNET = 0x40000000
_names = itertools.count()


def require_peers() -> None:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root")
    missing = [pkg for cmd, pkg in PEERS.items() if shutil.which(cmd) is None]
    if missing:
        pytest.fail(f"peer programs missing: apt-get install {' '.join(missing)} (make test installs them)")


class Namespace:
    def __init__(self, name: str) -> None:
        self.name = name

    def run(self, *cmd: str, timeout: float = 30, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(["ip", "netns", "exec", self.name, *cmd], input=stdin, capture_output=True,
                              timeout=timeout)

    def setup(self, *cmds: list[str]) -> None:
        """Run each command in the namespace; any failure fails the test."""
        for cmd in cmds:
            r = self.run(*cmd)
            assert r.returncode == 0, f"{' '.join(cmd)}: {r.stderr.decode()}"

    def python(self, code: str) -> str:
        r = self.run("python3", "-c", code)
        assert r.returncode == 0, r.stderr.decode()
        return r.stdout.decode()

    @contextmanager
    def enter(self) -> Iterator[None]:
        """This thread in the namespace: sockets made meanwhile stay in it."""
        libc = ctypes.CDLL(None, use_errno=True)
        home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
        there = os.open(f"/var/run/netns/{self.name}", os.O_RDONLY)
        try:
            if libc.setns(there, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), f"setns into {self.name}")
            try:
                yield
            finally:
                if libc.setns(home, CLONE_NEWNET) != 0:
                    raise OSError(ctypes.get_errno(), "setns back")
        finally:
            os.close(home)
            os.close(there)


def new_namespace() -> Namespace:
    """A namespace of its own: the caller deletes it (`ip netns del NAME`)."""
    ns = Namespace(f"unicc-{os.getpid()}-{next(_names)}")
    subprocess.run(["ip", "netns", "add", ns.name], check=True)
    return ns


@contextmanager
def namespace() -> Iterator[Namespace]:
    ns = new_namespace()
    try:
        yield ns
    finally:
        subprocess.run(["ip", "netns", "del", ns.name], check=False)


@contextmanager
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    """The processes a test starts (it appends them to the list): killed and
    reaped when the block ends, also when the test fails."""
    procs: list[subprocess.Popen[bytes]] = []
    try:
        yield procs
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
            p.wait()


def read_line(p: subprocess.Popen[bytes], seconds: float) -> bytes:
    assert p.stdout is not None
    line = b""
    deadline = time.monotonic() + seconds
    while not line.endswith(b"\n") and time.monotonic() < deadline:
        if select.select([p.stdout], [], [], 0.5)[0]:
            byte = os.read(p.stdout.fileno(), 1)
            if not byte:
                break
            line += byte
        elif p.poll() is not None:
            break                  # ended, and all it printed has been read
    return line
