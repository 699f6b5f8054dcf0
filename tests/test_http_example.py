"""examples/http/http.py against curl, on unicc's stack over a TAP, on the
host's sockets (`--net socket`), and each of those under CPython (the
reference): the same requests, the same answers.

Each test gets a network namespace of its own with the app running in it
(see tests/test_net.py for the layout).  curl fetches several URLs over one
persistent connection (it says when it reuses one), a 4 MiB body checked by
SHA-256 (64 KiB for the CPython reference run of the same app), HEAD, a
POST body the app counts and one whose SHA-256 it answers, and the error
statuses; raw requests check what curl never sends (a malformed request
line, an oversized head, HTTP/1.0 without keep-alive).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator

import pytest

from conftest import BUILD_TIMEOUT, PYTHON, ROOT, unicc
from netns import Namespace, namespace, read_line, require_peers
from test_net import ADDR, PREFIX, TAP, make_links

APP = ROOT / "examples" / "http" / "http.py"
READY = f"http: port 80 on {ADDR}\n".encode()
URL = f"http://{ADDR}"


@pytest.fixture(scope="module", params=["tap", "socket", "python-tap", "python-socket"])
def app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    """The stack ("tap": unicc's over the TAP, "socket": the host's sockets)
    and the command: the compiled app, or the same app under CPython (the
    reference)."""
    require_peers()
    how = str(request.param)
    stack = how.removeprefix("python-")
    net = ["--net", "socket", "--ipv4", ADDR] if stack == "socket" \
        else ["--net", f"tap:{TAP}", "--ipv4", f"{ADDR}/{PREFIX}"]
    if how.startswith("python-"):
        return stack, [PYTHON, "-m", "unicc", "run", "--target", "python", str(APP), *net]
    exe = tmp_path_factory.mktemp("http") / f"http-{how}"
    built = unicc(["build", str(APP), "--target", "unix", "-o", str(exe), *net], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return stack, [str(exe)]


@pytest.fixture
def ns(app: tuple[str, list[str]]) -> Iterator[Namespace]:
    stack, cmd = app
    with namespace() as ns:
        make_links(ns, stack == "socket")
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        proc = subprocess.Popen(["ip", "netns", "exec", ns.name, *cmd], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            first = read_line(proc, 30)
            assert first == READY, f"the app printed {first!r}, status {proc.poll()}"
            yield ns
            assert proc.poll() is None, f"the app ended (status {proc.returncode}): {proc.stderr and proc.stderr.read()!r}"
        finally:
            proc.kill()
            proc.wait()


def curl(ns: Namespace, *args: str) -> subprocess.CompletedProcess[bytes]:
    r = ns.run("curl", "-sS", "--max-time", "20", *args, timeout=30)
    assert r.returncode == 0, r.stderr.decode()
    return r


def test_keep_alive(ns: Namespace) -> None:
    r = curl(ns, "-v", f"{URL}/", f"{URL}/bytes/5", f"{URL}/missing", f"{URL}/")
    assert r.stdout == b"hello from unicc\n" + bytes(range(5)) + b"not found\nhello from unicc\n"
    log = r.stderr.decode()
    assert log.count("Connected to") == 1 and log.count("Re-using existing connection") == 3, log
    assert "< HTTP/1.1 404 Not Found" in log and "< Content-Length: 17" in log


def test_large_body(ns: Namespace, app: tuple[str, list[str]]) -> None:
    blocks = 1 if app[1][0] == PYTHON else 64   # CPython's run: about 1000 times slower per byte
    r = curl(ns, f"{URL}/bytes/{blocks << 16}")
    pattern = bytes(i & 255 for i in range(65536))
    assert hashlib.sha256(r.stdout).digest() == hashlib.sha256(pattern * blocks).digest(), len(r.stdout)


def test_head_and_post(ns: Namespace, tmp_path: object) -> None:
    r = curl(ns, "-I", f"{URL}/bytes/1000")
    assert r.stdout.startswith(b"HTTP/1.1 200 OK\r\n") and b"Content-Length: 1000\r\n" in r.stdout
    r = curl(ns, "-X", "POST", "--data-binary", "@-", f"{URL}/discard")
    assert r.stdout == b"0\n"
    body = bytes(range(256)) * 400
    r = ns.run("curl", "-sS", "--max-time", "20", "-X", "POST", "--data-binary", "@-", f"{URL}/discard",
               stdin=body, timeout=30)
    assert r.returncode == 0 and r.stdout == f"{len(body)}\n".encode(), r
    for sent in (b"", body):
        r = ns.run("curl", "-sS", "--max-time", "20", "-X", "POST", "--data-binary", "@-", f"{URL}/sha256",
                   stdin=sent, timeout=30)
        assert r.returncode == 0 and r.stdout == f"{hashlib.sha256(sent).hexdigest()}\n".encode(), r
    r = curl(ns, "-i", "-X", "DELETE", f"{URL}/")
    assert r.stdout.startswith(b"HTTP/1.1 405 Method Not Allowed\r\n") and b"Connection: close\r\n" in r.stdout


RAW = f'''
import socket, sys
def ask(data):
    with socket.create_connection(("{ADDR}", 80), timeout=10) as s:
        s.sendall(data)
        got = b""
        while True:
            more = s.recv(65536)
            if not more:
                return got
            got += more
print(ask(b"GARBAGE\\r\\n\\r\\n").split(b"\\r\\n")[0])
print(ask(b"GET / HTTP/1.1\\r\\nX: " + b"a" * 9000 + b"\\r\\n\\r\\n").split(b"\\r\\n")[0])
print(ask(b"GET / HTTP/1.0\\r\\n\\r\\n").endswith(b"hello from unicc\\n"))
print(ask(b"GET / HTTP/1.1\\r\\nConnection: close\\r\\n\\r\\nGET / HTTP/1.1\\r\\n\\r\\n").count(b"HTTP/1.1 200"))
print(ask(b"GET / HTTP/1.1\\r\\n\\r\\nGET /bytes/3 HTTP/1.1\\r\\nConnection: close\\r\\n\\r\\n").count(b"HTTP/1.1 200"))
'''


def test_raw_requests(ns: Namespace) -> None:
    lines = ns.python(RAW).split("\n")[:-1]
    assert lines == ["b'HTTP/1.1 400 Bad Request'", "b'HTTP/1.1 431 Request Header Fields Too Large'",
                     "True", "1", "2"], lines
