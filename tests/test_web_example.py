"""examples/web/web.py, compiled for unix on unicc's stack over a TAP, against
curl and raw sockets in a network namespace of the test's own (the layout of
tests/test_net.py).

The site is examples/web/site baked by bake.py (as committed in
site_data.py); every body is compared with the bytes of the file it comes
from, read here.  curl: GET of every file (status, Content-Type by
extension, Content-Length, validators, Date), several URLs on one
keep-alive connection, HEAD, ranges (206, 416), If-None-Match and
If-Modified-Since (304), 404, a directory's index and the redirect to its
slash.  web_disk.py, the same server reading the site from a Block device
(a site image bake.py --image writes), serves the same files.  Raw sockets: pipelined requests answered in order, an oversized
request line (414), too many header fields (431), bad and unknown methods
(400, 405, 501), a missing Host (400), a chunked body, a slow sender and an
idle connection closed after the request timeout, and more connections
than the app keeps (the one idle longest is evicted).  The test build has
a 3 s request timeout and 8 connections (server.py: 10 s and 64).
"""

from __future__ import annotations

import email.utils
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, PYTHON, ROOT, unicc
from netns import Namespace, namespace, processes, read_line, require_peers
from test_net import ADDR, PREFIX, TAP, make_links

APP = ROOT / "examples" / "web"
SITE = APP / "site"
EPOCH = 1733529600          # SOURCE_DATE_EPOCH of the committed site_data.py
URL = f"http://{ADDR}"
FILES = {"/" + f.relative_to(SITE).as_posix(): f.read_bytes() for f in sorted(SITE.rglob("*")) if f.is_file()}
TYPES = {"html": "text/html", "css": "text/css", "txt": "text/plain", "svg": "image/svg+xml",
         "bin": "application/octet-stream"}
READY = f"web: {len(FILES)} files on {ADDR} port 80\n".encode()
TEST_SETTINGS = [("REQUEST_SECONDS = 10", "REQUEST_SECONDS = 3"), ("MAX_CONNECTIONS = 64", "MAX_CONNECTIONS = 8")]


def build(src: Path, entry: str, *devices: str) -> Path:
    out = src / entry.removesuffix(".py")
    built = unicc(["build", str(src / entry), "--target", "unix", "-o", str(out), *devices, "--net", f"tap:{TAP}",
                   "--ipv4", f"{ADDR}/{PREFIX}"], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return out


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app's sources with the test's settings, the site baked in (and as an image)."""
    require_peers()
    src = tmp_path_factory.mktemp("web")
    text = (APP / "server.py").read_text()
    for old, new in TEST_SETTINGS:
        assert old in text, f"server.py no longer says {old!r}"
        text = text.replace(old, new)
    (src / "server.py").write_text(text)
    for entry in ("web.py", "web_disk.py"):
        shutil.copy(APP / entry, src / entry)
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH))
    for args in ([str(SITE), str(src / "site_data.py")], ["--image", str(SITE), str(src / "site.img")]):
        baked = subprocess.run([PYTHON, str(APP / "bake.py"), *args], env=env, timeout=30)
        assert baked.returncode == 0
    assert (src / "site_data.py").read_text() == (APP / "site_data.py").read_text(), \
        "examples/web/site_data.py is not the site baked: SOURCE_DATE_EPOCH=1733529600 examples/web/bake.py ..."
    return src


@contextmanager
def serving(exe: Path) -> Iterator[Namespace]:
    """A namespace of its own with the app running on its TAP."""
    with namespace() as ns, processes() as procs:
        make_links(ns, False)
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, str(exe)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        procs.append(app)
        first = read_line(app, 30)
        assert first == READY, f"the app printed {first!r}, status {app.poll()}"
        yield ns
        assert app.poll() is None, f"the app ended (status {app.returncode})"


@pytest.fixture(scope="module")
def ns(src: Path) -> Iterator[Namespace]:
    with serving(build(src, "web.py")) as ns:
        yield ns


def curl(ns: Namespace, *args: str) -> tuple[int, dict[str, str], bytes]:
    """Status, header fields (lower-case names) and body of the last response."""
    r = ns.run("curl", "-sS", "-i", "--max-time", "20", *args, timeout=30)
    assert r.returncode == 0, r.stderr.decode()
    head, _, body = r.stdout.rpartition(b"HTTP/1.1 ")[2].partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    fields = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[0]), fields, body


def test_every_file(ns: Namespace) -> None:
    """Each file's bytes, media type and validators; Date is now."""
    for path, data in FILES.items():
        status, fields, body = curl(ns, URL + path)
        assert (status, body) == (200, data), path
        assert fields["content-type"].split(";")[0] == TYPES[path.rsplit(".", 1)[1]], path
        assert fields["content-length"] == str(len(data))
        assert fields["last-modified"] == email.utils.formatdate(EPOCH, usegmt=True)
        assert fields["etag"].startswith('"') and fields["etag"].endswith('"')
        assert abs(email.utils.parsedate_to_datetime(fields["date"]).timestamp() - time.time()) < 60


def test_keep_alive_index_and_missing(ns: Namespace) -> None:
    """Four URLs on one connection (curl --http1.1 says when it reuses it):
    a directory's index.html, its redirect, a missing file."""
    urls = [f"{URL}/", f"{URL}/docs/", f"{URL}/missing.html", f"{URL}/img/bytes.bin"]
    r = ns.run("curl", "-sS", "-v", "--http1.1", "--max-time", "20", *urls, timeout=30)
    log = r.stderr.decode()
    assert log.count("Connected to") == 1 and log.count("Re-using existing connection") == 3, log
    assert log.count("< HTTP/1.1 200 OK") == 3 and log.count("< HTTP/1.1 404 Not Found") == 1, log
    assert r.stdout == FILES["/index.html"] + FILES["/docs/index.html"] + b"404 Not Found\n" + FILES["/img/bytes.bin"]
    status, fields, _ = curl(ns, f"{URL}/docs")
    assert (status, fields["location"]) == (301, "/docs/")
    assert curl(ns, "-L", f"{URL}/docs")[2] == FILES["/docs/index.html"]


def test_head(ns: Namespace) -> None:
    status, fields, body = curl(ns, "-I", f"{URL}/style.css")
    assert (status, body, fields["content-length"]) == (200, b"", str(len(FILES["/style.css"])))


def test_ranges(ns: Namespace) -> None:
    data = FILES["/img/bytes.bin"]
    for spec, first, last in [("0-99", 0, 99), ("1000-", 1000, len(data) - 1), ("-24", len(data) - 24, len(data) - 1),
                              ("10-5000", 10, len(data) - 1)]:
        status, fields, body = curl(ns, "-r", spec, f"{URL}/img/bytes.bin")
        assert (status, body) == (206, data[first:last + 1]), spec
        assert fields["content-range"] == f"bytes {first}-{last}/{len(data)}"
    status, fields, _ = curl(ns, "-r", f"{len(data)}-", f"{URL}/img/bytes.bin")
    assert (status, fields["content-range"]) == (416, f"bytes */{len(data)}")
    assert curl(ns, "-r", "0-1,5-6", f"{URL}/img/bytes.bin")[:3:2] == (200, data)     # several ranges: all of it


def test_conditional(ns: Namespace) -> None:
    _, fields, _ = curl(ns, f"{URL}/")
    status, again, body = curl(ns, "-H", f"If-None-Match: {fields['etag']}", f"{URL}/")
    assert (status, body, again["etag"]) == (304, b"", fields["etag"])
    assert curl(ns, "-H", 'If-None-Match: "other"', f"{URL}/")[0] == 200
    assert curl(ns, "-z", fields["last-modified"], f"{URL}/")[:3:2] == (304, b"")
    assert curl(ns, "-z", email.utils.formatdate(EPOCH - 1, usegmt=True), f"{URL}/")[:3:2] \
        == (200, FILES["/index.html"])


RAW = f'''
import socket, sys, time
def connect():
    s = socket.create_connection(("{ADDR}", 80), timeout=10)
    return s, s.makefile("rb")
def response(f, head=False):
    status = f.readline()
    if not status:
        return "closed", {{}}, b""
    fields = {{}}
    while (line := f.readline()) != b"\\r\\n":
        name, _, value = line.decode().partition(":")
        fields[name.lower()] = value.strip()
    n = 0 if head or status.startswith(b"HTTP/1.1 304") else int(fields["content-length"])
    return status.decode().strip(), fields, f.read(n)
def one(data):
    s, f = connect()
    s.sendall(data)
    got = response(f)
    print(got[0], got[1].get("connection"), "then", response(f)[0])
    s.close()
def req(target, *fields, method="GET"):
    return f"{{method}} {{target}} HTTP/1.1\\r\\nHost: t\\r\\n{{''.join(x + chr(13) + chr(10) for x in fields)}}\\r\\n".encode()
files = {{}}
for path in ["/index.html", "/style.css", "/docs/notes.txt"]:
    files[path] = open("{SITE}" + path, "rb").read()
s, f = connect()
s.sendall(req("/") + req("/style.css", method="HEAD") + req("/docs/notes.txt") + req("/style.css", "Connection: close"))
for path, head in [("/index.html", False), ("/style.css", True), ("/docs/notes.txt", False), ("/style.css", False)]:
    status, fields, body = response(f, head)
    print(status, body == (b"" if head else files[path]), fields["content-length"] == str(len(files[path])))
print(response(f)[0])
s.close()
one(b"GET /" + b"a" * 9000 + b" HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n")
one(req("/", *[f"X-{{i}}: {{i}}" for i in range(100)]))
one(req("/", "X: " + "y" * 9000))
one(b"G(T / HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n")
one(req("/", "Connection: close", method="BREW"))
one(b"GET / HTTP/1.1\\r\\n\\r\\n")
one(b"GET / HTTP/2.0\\r\\nHost: t\\r\\n\\r\\n")
one(req("/", "Content-Length: 2000000", method="POST"))
s, f = connect()
s.sendall(req("/", "Transfer-Encoding: chunked", method="POST") + b"3\\r\\nabc\\r\\n0\\r\\n\\r\\n" + req("/style.css"))
print(response(f)[0], response(f)[2] == files["/style.css"])
s.close()
'''


def test_pipelined_and_malformed(ns: Namespace) -> None:
    """Four requests written at once, answered in order (the HEAD without a
    body, the last closing); then one malformed request per connection,
    each answered and closed; a chunked POST (405) then a GET on one connection."""
    assert ns.python(RAW).split("\n")[:-1] == [
        "HTTP/1.1 200 OK True True", "HTTP/1.1 200 OK True True", "HTTP/1.1 200 OK True True",
        "HTTP/1.1 200 OK True True", "closed",
        "HTTP/1.1 414 URI Too Long close then closed",
        "HTTP/1.1 431 Request Header Fields Too Large close then closed",
        "HTTP/1.1 431 Request Header Fields Too Large close then closed",
        "HTTP/1.1 400 Bad Request close then closed",
        "HTTP/1.1 501 Not Implemented close then closed",
        "HTTP/1.1 400 Bad Request close then closed",
        "HTTP/1.1 505 HTTP Version Not Supported close then closed",
        "HTTP/1.1 413 Content Too Large close then closed",
        "HTTP/1.1 405 Method Not Allowed True"]


SLOW = f'''
import socket, time
start = time.monotonic()
slow = socket.create_connection(("{ADDR}", 80), timeout=10)
idle = socket.create_connection(("{ADDR}", 80), timeout=10)
got = b""
for c in b"GET / HTTP/1.1\\r\\nHost: t\\r\\nX: " + b"y" * 100:
    try:
        slow.send(bytes([c]))
    except OSError:
        break
    time.sleep(0.25)
    slow.setblocking(False)
    try:
        got += slow.recv(4096)
    except BlockingIOError:
        pass
    slow.setblocking(True)
    if got:
        break
took = time.monotonic() - start
print(got.split(b"\\r\\n")[0].decode(), 2.5 < took < 6)
print("idle closed:", idle.recv(1) == b"", time.monotonic() - start < 6)
'''


def test_slow_sender_and_idle(ns: Namespace) -> None:
    """A client sending a byte every 0.25 s gets 408 after the request
    timeout (3 s here), an idle connection is closed then without one."""
    assert ns.python(SLOW).split("\n")[:-1] == ["HTTP/1.1 408 Request Timeout True", "idle closed: True True"]


CROWD = f'''
import socket, time
conns = [socket.create_connection(("{ADDR}", 80), timeout=10) for _ in range(8)]
conns[0].sendall(b"GET /style.css HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n")
print(conns[0].recv(65536).startswith(b"HTTP/1.1 200 OK"))
start = time.monotonic()
late = socket.create_connection(("{ADDR}", 80), timeout=10)
print("oldest idle evicted:", conns[1].recv(1) == b"", time.monotonic() - start < 2)
late.sendall(b"GET /style.css HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n")
print("new one served:", late.recv(65536).startswith(b"HTTP/1.1 200 OK"))
conns[0].sendall(b"GET /style.css HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n")
print("recently active kept:", conns[0].recv(65536).startswith(b"HTTP/1.1 200 OK"))
'''


def test_too_many_connections(ns: Namespace) -> None:
    """With its 8 connections open, a 9th evicts the one idle longest
    (not one that has just been answered) and is served."""
    assert ns.python(CROWD).split("\n")[:-1] == [
        "True", "oldest idle evicted: True True", "new one served: True", "recently active kept: True"]


def test_site_from_block_device(src: Path) -> None:
    """web_disk.py, built with the site image as its Block device
    (`--block file:site.img`): every file over one connection, the same
    validators as the baked site's."""
    # -O0: a third of the build time; test_every_file and the rest check the same server built -O2
    with serving(build(src, "web_disk.py", "--block", f"file:{src / 'site.img'}", "-O0")) as ns:
        r = ns.run("curl", "-sS", "--http1.1", "--max-time", "20", *(URL + path for path in FILES), timeout=30)
        assert r.returncode == 0, r.stderr.decode()
        assert r.stdout == b"".join(FILES.values())
        baked = (src / "site_data.py").read_text()
        for path in FILES:
            fields = curl(ns, "-I", URL + path)[1]
            assert f"{fields['etag']!r}, {EPOCH})" in baked, path
            assert fields["last-modified"] == email.utils.formatdate(EPOCH, usegmt=True)


STUCK = f'''
import socket, time
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
s.settimeout(10)
s.connect(("{ADDR}", 80))
s.sendall(b"GET /img/bytes.bin HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n" * 1000)
time.sleep(6)
got = b""
try:
    while more := s.recv(65536):
        got += more
except OSError as e:
    print("reset:", type(e).__name__)
print("answers taken before it stopped:", got.count(b"HTTP/1.1 200 OK") < 1000)
with socket.create_connection(("{ADDR}", 80), timeout=10) as t:
    t.sendall(b"GET /style.css HTTP/1.1\\r\\nHost: t\\r\\n\\r\\n")
    print("then served:", t.recv(65536).startswith(b"HTTP/1.1 200 OK"))
'''


def test_client_that_stops_reading(ns: Namespace) -> None:
    """1000 pipelined requests for a 1 KiB file (1.3 MB of answers) from a
    client that reads nothing for 6 s: the server, stuck writing, resets the
    connection after its request timeout (3 s here) rather than hold it,
    and goes on serving."""
    assert ns.python(STUCK).split("\n")[:-1] == [
        "reset: ConnectionResetError", "answers taken before it stopped: True", "then served: True"]
