"""examples/dns/dns.py, compiled for unix on unicc's stack over a TAP,
against `dig`, with NSD (Debian's nsd) serving the same zone file in the
same network namespace as the reference.

One namespace for the module (the layout of tests/test_net.py): the app on
the TAP at ADDR, NSD on the namespace's loopback.  For each query of
QUERIES, dig asks both (UDP with EDNS0, `+noedns`, `+bufsize`, `+tcp`,
`+norec`, `+ignore` to see a truncated answer as it is) and the answers
must agree section by section once the differences listed in `normalise`
are taken out.  Raw sockets check what dig does not send: several queries
on one TCP connection (RFC 7766), written at once, and malformed queries,
after which the server still answers.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.dnsperf import NSD_CONF
from conftest import BUILD_TIMEOUT, PYTHON, ROOT, unicc
from netns import Namespace, namespace, processes, read_line, require_peers
from test_net import ADDR, PREFIX, TAP, make_links

APP = ROOT / "examples" / "dns"
ZONE = APP / "example.zone"
NSD_ADDR = "127.0.0.1"
READY = f"dns: example.com. on {ADDR} port 53\n".encode()

# (name, type, dig options): every kind of answer the zone has.
QUERIES = [
    ("example.com", "SOA", []), ("example.com", "NS", []), ("example.com", "MX", []),
    ("example.com", "TXT", ["+norec"]), ("example.com", "AAAA", ["+noedns"]),
    ("www.example.com", "A", []), ("WWW.Example.COM", "A", ["+norec"]), ("web.example.com", "AAAA", ["+tcp"]),
    ("www.example.com", "CNAME", []), ("host.example.com", "MX", []),
    ("nx.example.com", "A", []), ("nx.example.com", "A", ["+noedns", "+tcp"]), ("b.example.com", "A", []),
    ("alias.example.com", "A", []), ("dangling.example.com", "A", []),
    ("_sip._udp.example.com", "SRV", []), ("1.2.0.192.in-addr.example.com", "PTR", []),
    ("a.b.example.com", "A", ["+norec"]), ("quoted.example.com", "TXT", []),
    ("sub.example.com", "NS", []), ("deep.in.sub.example.com", "A", []), ("ns.sub.example.com", "A", ["+tcp"]),
    ("ns1.example.com", "A", []), ("ns2.example.com", "AAAA", []),
    ("example.org", "A", []),
    ("big.example.com", "TXT", ["+noedns", "+ignore"]), ("big.example.com", "TXT", ["+noedns"]),
    ("big.example.com", "TXT", ["+bufsize=512", "+ignore"]), ("big.example.com", "TXT", ["+bufsize=1232"]),
    ("huge.example.com", "TXT", ["+ignore"]), ("huge.example.com", "TXT", ["+bufsize=4096", "+ignore"]),
    ("huge.example.com", "TXT", []), ("huge.example.com", "TXT", ["+tcp"]),
    ("example.com", "MX", ["+noedns", "+ignore"]),
]
DROPPED = (";; Query time:", ";; SERVER:", ";; WHEN:", "; <<>> DiG", ";; global options:", ";; Got answer:",
           ";; Truncated, retrying in TCP mode.")


@pytest.fixture(scope="module")
def exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app with example.zone baked in, built for unix on the TAP."""
    require_peers()
    for tool, pkg in (("dig", "bind9-dnsutils"), ("nsd", "nsd")):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} missing: apt-get install {pkg} (make test installs it)")
    src = tmp_path_factory.mktemp("dns")
    shutil.copy(APP / "dns.py", src / "dns.py")
    baked = subprocess.run([PYTHON, str(APP / "bake.py"), str(ZONE), str(src / "zone_data.py")], timeout=30)
    assert baked.returncode == 0
    assert (src / "zone_data.py").read_text() == (APP / "zone_data.py").read_text(), \
        "examples/dns/zone_data.py is not example.zone baked: run examples/dns/bake.py examples/dns/example.zone"
    out = src / "dns"
    built = unicc(["build", str(src / "dns.py"), "--target", "unix", "-o", str(out), "--net", f"tap:{TAP}",
                   "--ipv4", f"{ADDR}/{PREFIX}"], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return out


def wait_for_nsd(ns: Namespace, nsd: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and nsd.poll() is None:
        r = ns.run("dig", f"@{NSD_ADDR}", "+time=1", "+tries=1", "example.com", "SOA", timeout=10)
        if b"status: NOERROR" in r.stdout:
            return
        time.sleep(0.2)
    raise AssertionError(f"NSD did not answer (status {nsd.poll()})")


@pytest.fixture(scope="module")
def ns(exe: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Namespace]:
    """The namespace with the app on the TAP and NSD on the loopback."""
    conf_dir = tmp_path_factory.mktemp("nsd")
    shutil.copy(ZONE, conf_dir / "example.zone")
    (conf_dir / "nsd.conf").write_text(NSD_CONF.format(addr=NSD_ADDR, dir=conf_dir))
    with namespace() as ns, processes() as procs:
        make_links(ns, False)
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, str(exe)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        procs.append(app)
        procs.append(subprocess.Popen(["ip", "netns", "exec", ns.name, "nsd", "-d", "-c", str(conf_dir / "nsd.conf")],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True))
        first = read_line(app, 30)
        assert first == READY, f"the app printed {first!r}, status {app.poll()}"
        wait_for_nsd(ns, procs[1])
        yield ns
        assert app.poll() is None, f"the app ended (status {app.returncode})"


def dig(ns: Namespace, server: str, *args: str) -> str:
    r = ns.run("dig", f"@{server}", "+time=5", "+tries=1", *args, timeout=30)
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()
    return r.stdout.decode()


def normalise(out: str) -> dict[str, list[str]]:
    """dig's output as its sections, without what legitimately differs:
    the query ID, timings, the server's address, and the Extended DNS Error
    option (RFC 8914) NSD adds to REFUSED, which unicc_dns does not send
    (its 6 bytes taken off the message size too)."""
    sections: dict[str, list[str]] = {}
    title = "HEADER"
    ede = 0
    for line in out.splitlines():
        if line.startswith("; EDE: ") and line.endswith(")"):
            ede = 6                # option code, length, INFO-CODE; no EXTRA-TEXT
            continue
        if line.startswith(";; MSG SIZE  rcvd: "):
            line = f";; MSG SIZE  rcvd: {int(line.split()[-1]) - ede}"
        if not line or line.startswith(DROPPED):
            continue
        if line.endswith(" SECTION:") or line == ";; OPT PSEUDOSECTION:":
            title = line
            continue
        if ", id: " in line:
            line = line[:line.index(", id: ")]
        sections.setdefault(title, []).append(line)
    return sections


@pytest.mark.parametrize("query", QUERIES, ids=[" ".join([n, t, *o]) for n, t, o in QUERIES])
def test_same_answer_as_nsd(ns: Namespace, query: tuple[str, str, list[str]]) -> None:
    name, qtype, options = query
    ours = normalise(dig(ns, ADDR, name, qtype, *options))
    theirs = normalise(dig(ns, NSD_ADDR, name, qtype, *options))
    for title in sorted(set(ours) | set(theirs)):
        assert ours.get(title) == theirs.get(title), f"{title}\nunicc: {ours.get(title)}\nNSD:   {theirs.get(title)}"


RAW = f'''
import socket, struct, time
def query(name, ident, qtype=1):
    q = struct.pack(">HHHHHH", ident, 0, 1, 0, 0, 0)
    return q + b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\\0" + struct.pack(">HH", qtype, 1)
def udp(data):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        s.sendto(data, ("{ADDR}", 53))
        return s.recv(65535)
with socket.create_connection(("{ADDR}", 53), timeout=10) as s:
    s.sendall(b"".join(struct.pack(">H", len(q)) + q for q in
                       [query("www.example.com", 1), query("huge.example.com", 2, 16), query("nx.example.com", 3)]))
    got = b""
    for _ in range(3):
        while len(got) < 2 or len(got) < 2 + struct.unpack(">H", got[:2])[0]:
            got += s.recv(65536)
        n = struct.unpack(">H", got[:2])[0]
        answer, got = got[2:2 + n], got[2 + n:]
        print(struct.unpack(">HHHH", answer[:8]), n > 2000)
loop = struct.pack(">HHHHHH", 9, 0, 1, 0, 0, 0) + b"\\xc0\\x0c\\x00\\x01\\x00\\x01"
print(struct.unpack(">HH", udp(loop)[:4]))
print(struct.unpack(">HH", udp(query("www.example.com", 10)[:-3])[:4]))
print(struct.unpack(">HHH", udp(query("www.example.com", 11))[:6]))
idle = [socket.create_connection(("{ADDR}", 53), timeout=15) for _ in range(64)]
start = time.monotonic()
with socket.create_connection(("{ADDR}", 53), timeout=15) as extra:
    print("65th closed at once:", extra.recv(1) == b"" and time.monotonic() - start < 3)
print("idle closed:", idle[0].recv(1) == b"", 3 < time.monotonic() - start < 12)
for s in idle:
    s.close()
with socket.create_connection(("{ADDR}", 53), timeout=10) as s:
    q = query("ns1.example.com", 12)
    s.sendall(struct.pack(">H", len(q)) + q)
    print("then served:", len(s.recv(65536)) > 2)
'''


def test_tcp_queries_and_malformed(ns: Namespace) -> None:
    """Three queries written at once on one connection, three answers in
    order on it (one of them over 2000 bytes); FORMERR for a compression
    pointer to itself and for a cut-short question, then a good answer;
    64 idle connections are all the app keeps (a 65th is closed at once)
    and they are closed after its idle time (5 s), after which it serves
    again."""
    assert ns.python(RAW).split("\n")[:-1] == [
        "(1, 33792, 1, 4) False", "(2, 33792, 1, 40) True", "(3, 33795, 1, 0) False",
        "(9, 32769)", "(10, 32769)", "(11, 33792, 1)",
        "65th closed at once: True", "idle closed: True True", "then served: True"]
