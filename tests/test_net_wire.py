"""Wire-level conformance of unicc's TCP, packetdrill-style: segments made
by hand go into the stack and each reply is checked field by field.

The compiled echo app (examples/echo/echo.py) runs on a TAP in a network
namespace of its own (tests/netns.py), with no address on Linux's side of
the TAP, so Linux's TCP never answers: the test itself is the peer
10.77.0.1.  It sends and receives raw Ethernet frames through a packet
socket bound to the TAP (opened inside the namespace), answers the app's
ARP requests, and uses scapy only to build and parse frames.  One app
serves the whole module; each test uses connections from source ports of
its own and resets them afterwards.  Timed checks (retransmission backoff,
probes) allow generous tolerances around the measured intervals; every
wait is bounded.
"""

from __future__ import annotations

import itertools
import os
import select
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import pytest

from conftest import BUILD_TIMEOUT, ROOT, unicc
from netns import Namespace, namespace, read_line, require_peers

scapy = pytest.importorskip("scapy.all")
ARP, IP, TCP, Ether, Raw = scapy.ARP, scapy.IP, scapy.TCP, scapy.Ether, scapy.Raw

ECHO = ROOT / "examples" / "echo" / "echo.py"
TAP, PEER, ADDR, PREFIX = "wtap0", "10.77.0.1", "10.77.0.2", 24
MAC = "02:00:0a:4d:00:01"
READY = f"echo: TCP and UDP port 7 on {ADDR}\n".encode()
ETH_P_ALL, PACKET_OUTGOING = 0x0003, 4
WINDOW = 65535
RECEIVE_BUFFER = 65535     # the app's (tcp.RECEIVE_BUFFER)
_ports = itertools.count(41000)


@dataclass
class Seg:
    """A segment from the app, as parsed, with its arrival time."""
    flags: str
    seq: int
    ack: int
    window: int
    options: dict[str, object]
    payload: bytes
    dport: int
    at: float

    def end(self) -> int:
        return (self.seq + len(self.payload) + ("S" in self.flags) + ("F" in self.flags)) & 0xFFFFFFFF


class Wire:
    """The Linux end of the TAP: raw frames in and out, ARP answered."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.app_mac = "ff:ff:ff:ff:ff:ff"
        self.pending: list[Seg] = []

    def send(self, segment: object) -> None:
        frame = Ether(src=MAC, dst=self.app_mac) / IP(src=PEER, dst=ADDR) / segment
        self.sock.send(bytes(frame))

    def frame(self, timeout: float) -> Seg | None:
        """The next TCP segment the app sends (answering ARP meanwhile), None after timeout seconds."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.sock], [], [], left)[0]:
                return None
            data, addr = self.sock.recvfrom(65536)
            if addr[2] == PACKET_OUTGOING:
                continue                  # our own frames, on their way to the app
            at = time.monotonic()
            eth = Ether(data)
            if eth.haslayer(ARP):
                self.arp(eth[ARP])
            elif eth.haslayer(TCP) and eth[IP].src == ADDR:
                t = eth[TCP]
                payload = bytes(t.payload) if t.payload else b""
                opts = {name: value for name, value in t.options}
                return Seg(str(t.flags), t.seq, t.ack, t.window, opts, payload, t.dport, at)

    def arp(self, a: object) -> None:
        self.app_mac = a.hwsrc                      # type: ignore[attr-defined]
        if a.op == 1 and a.pdst == PEER:            # type: ignore[attr-defined]
            reply = Ether(src=MAC, dst=a.hwsrc) / ARP(op=2, hwsrc=MAC, psrc=PEER,   # type: ignore[attr-defined]
                                                    hwdst=a.hwsrc, pdst=a.psrc)     # type: ignore[attr-defined]
            self.sock.send(bytes(reply))

    def recv(self, port: int, timeout: float) -> Seg | None:
        """The next segment to port (others are kept for their own connections)."""
        for s in self.pending:
            if s.dport == port:
                self.pending.remove(s)
                return s
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            got = self.frame(left)
            if got is None or got.dport == port:
                return got
            self.pending.append(got)
            self.pending = self.pending[-200:]
        return None

    def resolve(self) -> None:
        """Learn the app's MAC address (and let it learn ours): ARP requests until it answers."""
        for _ in range(20):
            request = Ether(src=MAC, dst="ff:ff:ff:ff:ff:ff") / ARP(op=1, hwsrc=MAC, psrc=PEER, pdst=ADDR)
            self.sock.send(bytes(request))
            deadline = time.monotonic() + 0.5
            while (left := deadline - time.monotonic()) > 0 and select.select([self.sock], [], [], left)[0]:
                data, addr = self.sock.recvfrom(65536)
                eth = Ether(data)
                if addr[2] != PACKET_OUTGOING and eth.haslayer(ARP) and eth[ARP].op == 2 and eth[ARP].psrc == ADDR:
                    self.app_mac = eth[ARP].hwsrc
                    return
        raise AssertionError("the app does not answer ARP")


@dataclass
class Conn:
    """The test's end of one connection to the app's port 7."""
    wire: Wire
    port: int = field(default_factory=lambda: next(_ports))
    seq: int = 0x1000_0000       # our next sequence number
    ack: int = 0                 # the app's next (what we acknowledge)
    window: int = WINDOW
    una: int = 0                 # the app's lowest sequence number we have not acknowledged
    extra: list[tuple[str, object]] = field(default_factory=list)   # options on every segment after the SYN

    def send(self, flags: str = "A", payload: bytes = b"", seq: int | None = None, ack: int | None = None,
             window: int | None = None, options: Sequence[tuple[str, object]] | None = None,
             raw_options: bytes = b"", chksum: int | None = None, advance: bool = True) -> None:
        s = self.seq if seq is None else seq
        if options is None and "S" not in flags and not raw_options:
            options = self.extra
        t = TCP(sport=self.port, dport=7, seq=s, ack=self.ack if ack is None else ack, flags=flags,
                window=self.window if window is None else window, options=options or [])
        if raw_options:
            assert not options and len(raw_options) % 4 == 0
            t.dataofs = 5 + len(raw_options) // 4
            t = t / Raw(raw_options + payload)
        elif payload:
            t = t / Raw(payload)
        if chksum is not None:
            t.chksum = chksum
        self.wire.send(t)
        if advance and seq is None:
            self.seq = (self.seq + len(payload) + ("S" in flags) + ("F" in flags)) & 0xFFFFFFFF

    def expect(self, timeout: float = 2.0, what: str = "a segment") -> Seg:
        s = self.wire.recv(self.port, timeout)
        assert s is not None, f"port {self.port}: no {what} within {timeout} s"
        return s

    def quiet(self, seconds: float) -> None:
        s = self.wire.recv(self.port, seconds)
        assert s is None, f"port {self.port}: expected silence, got {s}"

    def syn(self, options: Sequence[tuple[str, object]] | None = None) -> Seg:
        self.send("S", options=[("MSS", 1460)] if options is None else options)
        sa = self.expect(what="SYN-ACK")
        assert sa.flags == "SA" and sa.ack == self.seq, sa
        self.ack = self.una = (sa.seq + 1) & 0xFFFFFFFF
        return sa

    def open(self, options: Sequence[tuple[str, object]] | None = None) -> Seg:
        sa = self.syn(options)
        self.send("A")
        return sa

    def echo(self, data: bytes, timeout: float = 3.0) -> list[Seg]:
        """Send data, collect (and acknowledge) the echo: the segments that carried it."""
        for i in range(0, len(data), 1400):
            self.send("PA", data[i:i + 1400])
        got, segs = self.collect(len(data), timeout)
        assert got == data
        return segs

    def collect(self, n: int, timeout: float = 3.0) -> tuple[bytes, list[Seg]]:
        """n bytes from the app in order, each segment acknowledged as it comes (as a peer does:
        Nagle holds a small segment back until what is in flight is acknowledged)."""
        got, segs = b"", []
        deadline = time.monotonic() + timeout
        while len(got) < n:
            s = self.expect(max(deadline - time.monotonic(), 0.01), f"{n} bytes from the app, got {len(got)}")
            if s.payload and s.seq == self.ack:
                got += s.payload
                self.ack = self.una = (s.seq + len(s.payload)) & 0xFFFFFFFF
                segs.append(s)
                self.send("A")
        return got, segs

    def echo_unacked(self, data: bytes, size: int = 1000) -> list[Seg]:
        """Send data in `size`-byte segments and gather the echo's segments
        without acknowledging any: the app's whole flight, for a test to
        acknowledge (or not) as it likes."""
        for i in range(0, len(data), size):
            self.send("A", data[i:i + size])
        segs: list[Seg] = []
        while sum(len(s.payload) for s in segs) < len(data):
            s = self.expect(what="the echo")
            if s.payload:
                segs.append(s)
        return segs

    def reset(self) -> None:
        self.send("R", seq=self.seq)


@pytest.fixture(scope="module")
def app_wire(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Wire, subprocess.Popen[bytes]]]:
    """The compiled echo app on the TAP, and the packet socket on the TAP's Linux end."""
    require_peers()
    exe = tmp_path_factory.mktemp("wire") / "echo"
    built = unicc(["build", str(ECHO), "-o", str(exe), "--target", "unix", "--net", f"tap:{TAP}",
                   "--ipv4", f"{ADDR}/{PREFIX}"], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    with namespace() as ns:
        ns.setup(["sysctl", "-qw", "net.ipv6.conf.default.disable_ipv6=1"], ["ip", "link", "set", "lo", "up"],
                 ["ip", "tuntap", "add", "mode", "tap", TAP], ["ip", "link", "set", TAP, "up"])
        sock = packet_socket(ns)
        app = subprocess.Popen(["ip", "netns", "exec", ns.name, str(exe)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        try:
            assert read_line(app, 30) == READY
            w = Wire(sock)
            w.resolve()
            yield w, app
        finally:
            os.killpg(app.pid, signal.SIGKILL)
            err = app.communicate(timeout=10)[1]
            sock.close()
            assert b"panic" not in err and b"Traceback" not in err, err.decode()


def packet_socket(ns: Namespace) -> socket.socket:
    with ns.enter():
        sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        sock.bind((TAP, 0))
    return sock


@pytest.fixture
def wire(app_wire: tuple[Wire, subprocess.Popen[bytes]]) -> Iterator[Wire]:
    """The module's wire; the connections a test made are reset after it, and the app must still run."""
    w, app = app_wire
    conns: list[Conn] = []
    w.conns = conns        # type: ignore[attr-defined]
    yield w
    for c in conns:
        c.reset()
    assert app.poll() is None, f"the app ended with status {app.returncode}"


def conn(w: Wire) -> Conn:
    c = Conn(w)
    w.conns.append(c)      # type: ignore[attr-defined]
    return c


def near(measured: float, expected: float) -> bool:
    """A measured timer interval within tolerance of the expected one (scheduling, the loop's wakeups)."""
    return expected * 0.85 - 0.05 <= measured <= expected * 1.5 + 0.3


# ---- the handshake and data -------------------------------------------------------

def test_handshake(wire: Wire) -> None:
    c = conn(wire)
    sa = c.syn([("MSS", 1460)])
    assert sa.options.get("MSS") == 1460, sa        # the TAP's MTU 1500 less 40
    assert sa.window > 0 and sa.payload == b""
    assert not {"WScale", "Timestamp", "SAckOK"} & set(sa.options), sa     # only offered if the SYN did
    c.send("A")
    c.quiet(0.2)                                    # an ACK is not answered
    assert c.echo(b"hello")[0].flags == "PA"


def test_no_mss_means_536(wire: Wire) -> None:
    c = conn(wire)
    c.open(options=[])
    segs = c.echo(bytes(range(256)) * 8)
    assert max(len(s.payload) for s in segs) == 536, [len(s.payload) for s in segs]


def test_data_acknowledged(wire: Wire) -> None:
    c = conn(wire)
    c.open()
    data = bytes(i & 255 for i in range(3000))
    for i in range(3):
        c.send("A", data[i * 1000:(i + 1) * 1000])
    got, segs = c.collect(3000)
    assert got == data and segs[-1].ack == c.seq, segs


def test_out_of_window_gets_ack(wire: Wire) -> None:
    c = conn(wire)
    c.open()
    c.send("A", b"beyond", seq=(c.seq + 4 * WINDOW) & 0xFFFFFFFF)
    s = c.expect(what="ACK for a segment beyond the window")
    assert s.flags == "A" and s.ack == c.seq and s.payload == b"", s
    c.send("A", b"old", seq=(c.seq - 1000) & 0xFFFFFFFF)
    s = c.expect(what="ACK for an old segment")
    assert s.flags == "A" and s.ack == c.seq and s.payload == b"", s
    c.echo(b"still in sync")


def test_bad_checksum_ignored(wire: Wire) -> None:
    c = conn(wire)
    c.open()
    c.send("PA", b"corrupt", chksum=0x1234, advance=False)
    c.quiet(0.3)
    c.echo(b"intact")


def test_rst_in_window_challenged(wire: Wire) -> None:
    c = conn(wire)
    c.open()
    c.send("R", seq=(c.seq + 100) & 0xFFFFFFFF)
    s = c.expect(what="challenge ACK")
    assert s.flags == "A" and s.ack == c.seq, s
    c.echo(b"not reset")
    c.send("R", seq=c.seq)                           # exactly at RCV.NXT: reset
    c.quiet(0.2)
    c.send("PA", b"anyone?", advance=False)
    s = c.expect(what="RST for a reset connection")
    assert "R" in s.flags and s.seq == c.ack, s


def test_syn_in_established_challenged(wire: Wire) -> None:
    c = conn(wire)
    c.open()
    c.send("S", seq=(c.seq + 5000) & 0xFFFFFFFF, advance=False)
    s = c.expect(what="challenge ACK")
    assert s.flags == "A" and s.ack == c.seq, s
    c.echo(b"still here")


def test_fin_states(wire: Wire) -> None:
    """Our FIN with data: echoed and acknowledged, then the app's FIN
    (CLOSE-WAIT, LAST-ACK), retransmitted while unacknowledged; our ACK ends it."""
    c = conn(wire)
    c.open()
    c.send("FPA", b"bye")
    got, fin = b"", None
    while fin is None:
        s = c.expect(what="the echo and the app's FIN")
        got += s.payload
        if "F" in s.flags:
            fin = s
    assert got == b"bye" and fin.ack == c.seq, fin
    c.send("A", ack=fin.seq)                         # the data, not the FIN: it comes again after the RTO
    acked = time.monotonic()
    again = c.expect(timeout=2.5, what="the FIN again")
    assert again.flags == "FA" and again.seq == fin.seq and near(again.at - acked, 1.0), (again, again.at - acked)
    c.ack = fin.end()
    c.send("A")
    c.quiet(0.3)
    c.send("A", seq=c.seq)                           # the connection is gone: RST
    s = c.expect(what="RST after LAST-ACK")
    assert s.flags == "R", s


# ---- timers ---------------------------------------------------------------------

def test_syn_ack_retransmitted_with_backoff(wire: Wire) -> None:
    c = conn(wire)
    first = c.syn()
    times = [first.at]
    for _ in range(2):
        s = c.expect(timeout=5, what="SYN-ACK retransmission")
        assert s.flags == "SA" and s.seq == first.seq, s
        times.append(s.at)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert near(gaps[0], 1.0) and near(gaps[1], 2.0), gaps


def test_data_retransmitted_with_backoff(wire: Wire) -> None:
    c = conn(wire)
    c.open()
    c.send("PA", b"unacknowledged")
    first = c.expect(what="the echo")
    while not first.payload:
        first = c.expect(what="the echo")
    times = [first.at]
    for _ in range(2):
        s = c.expect(timeout=5, what="retransmission")
        assert s.seq == first.seq and s.payload == b"unacknowledged", s
        times.append(s.at)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert near(gaps[0], 1.0) and near(gaps[1], 2.0), gaps


def test_fast_retransmit(wire: Wire) -> None:
    """Three duplicate ACKs make the app resend its first unacknowledged segment at once."""
    c = conn(wire)
    c.open(options=[("MSS", 1000)])
    segs = c.echo_unacked(bytes(i * 7 & 255 for i in range(6000)))
    assert len(segs) >= 5, segs
    first = segs[0]
    for _ in range(3):
        c.send("A", ack=first.seq)
    sent = time.monotonic()
    s = c.expect(timeout=0.8, what="fast retransmission")   # the timer would take 1 s
    while not s.payload:
        s = c.expect(timeout=0.8, what="fast retransmission")
    assert s.seq == first.seq and s.payload == first.payload and s.at - sent < 0.5, (s, s.at - sent)
    c.ack = segs[-1].end()
    c.send("A")


def test_zero_window_probes(wire: Wire) -> None:
    """Our window shut: the app probes after the RTO, backing off; opening it lets the echo through."""
    c = conn(wire)
    c.open()
    c.window = 0
    c.send("PA", b"held back")
    ack = c.expect(what="the ACK of our data")
    assert ack.ack == c.seq and ack.payload == b"", ack
    times = [ack.at]
    for _ in range(2):
        p = c.expect(timeout=5, what="window probe")
        # RFC 9293 3.8.6.1: a probe is a zero-length segment below SND.UNA or one byte of new data.
        assert (p.payload == b"" and p.seq == (c.ack - 1) & 0xFFFFFFFF) or \
            (len(p.payload) == 1 and p.seq == c.ack), p
        times.append(p.at)
        c.send("A")                                  # still zero
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert near(gaps[0], 1.0) and near(gaps[1], 2.0), gaps
    c.window = WINDOW
    c.send("A")
    got = b""
    while len(got) < 9:
        s = c.expect(what="the echo once the window opens")
        if s.payload and s.seq == (c.ack + len(got)) & 0xFFFFFFFF:
            got += s.payload
    assert got == b"held back"
    c.ack = (c.ack + 9) & 0xFFFFFFFF
    c.send("A")


# ---- untrusted options ----------------------------------------------------------------

MALFORMED_OPTIONS = {
    "length 0": bytes([2, 0, 5, 180]),
    "length 1": bytes([2, 1, 5, 180]),
    "past the header": bytes([1, 1, 2, 8, 5, 180, 0, 0]),
    "mss length 3": bytes([2, 3, 5, 180]),
    "wscale length 4": bytes([3, 4, 7, 0]),
    "wscale shift 200": bytes([1, 3, 3, 200]),
    "timestamps length 6": bytes([8, 6, 0, 0, 0, 1, 0, 0]),
    "sack-permitted length 3": bytes([4, 3, 0, 0]),
    "sack in a SYN": bytes([5, 10, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0]),
    "unknown kind": bytes([99, 4, 1, 2]),
    "all nops": bytes([1] * 40),
}


@pytest.mark.parametrize("case", list(MALFORMED_OPTIONS))
def test_malformed_options_in_syn(wire: Wire, case: str) -> None:
    """A SYN with broken options still gets a SYN-ACK (what is broken is ignored), and the connection works."""
    c = conn(wire)
    c.send("S", raw_options=MALFORMED_OPTIONS[case])
    sa = c.expect(what="SYN-ACK")
    assert sa.flags == "SA" and sa.ack == c.seq, sa
    c.ack = c.una = (sa.seq + 1) & 0xFFFFFFFF
    c.send("A")
    c.echo(b"options " + case.encode())


def test_header_length_past_segment_dropped(wire: Wire) -> None:
    c = conn(wire)
    t = TCP(sport=c.port, dport=7, seq=c.seq, flags="S", window=WINDOW, dataofs=15)
    wire.send(t)
    c.quiet(0.3)
    c.open()
    c.echo(b"fine")


MALFORMED_DATA_OPTIONS = {
    "sack length 2": bytes([1, 1, 5, 2]),
    "sack length 7": bytes([5, 7, 0, 0, 0, 1, 0, 0, 1, 1, 1, 1]),
    "sack past the header": bytes([1, 1, 5, 18, 0, 0, 0, 1, 0, 0, 0, 2]),
    "timestamps length 11": bytes([8, 11, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0]),
    "length 0 then garbage": bytes([0, 0, 255, 255]),
}


@pytest.mark.parametrize("case", list(MALFORMED_DATA_OPTIONS))
def test_malformed_options_on_data(wire: Wire, case: str) -> None:
    """Broken options on an established connection's data: taken or dropped, never a crash."""
    c = conn(wire)
    c.open()
    c.send("PA", b"x", raw_options=MALFORMED_DATA_OPTIONS[case], advance=False)
    time.sleep(0.1)
    while wire.recv(c.port, 0.2) is not None:
        pass
    s = None
    # Either the byte was taken (its echo and ACK came) or dropped: resynchronise from the app's view.
    c.send("A", seq=(c.seq + 70000) & 0xFFFFFFFF, advance=False)    # out of window: the app ACKs RCV.NXT
    while s is None or s.payload:
        s = c.expect(what="ACK")
    if s.ack != c.seq:
        assert s.ack == (c.seq + 1) & 0xFFFFFFFF, s
        c.seq = s.ack
        c.ack = c.una = (c.ack + 1) & 0xFFFFFFFF
    c.echo(b"after " + case.encode())


def test_app_still_serves(wire: Wire) -> None:
    c = conn(wire)
    c.open()
    assert c.echo(b"the end")


# ---- RFC 7323 and RFC 2018 -----------------------------------------------------------

def test_window_scaling(wire: Wire) -> None:
    """Both SYNs scale: the app's windows are shifted by the scale it chose
    (1 MiB buffer: 5), ours by 7, so 4 in our window field is 512 bytes."""
    c = conn(wire)
    sa = c.syn([("MSS", 1460), ("WScale", 7)])
    assert sa.options.get("WScale") == 5 and sa.window <= 65535, sa
    c.send("A")
    segs = c.echo(b"scaled")
    assert segs[0].window << 5 > 65535, segs[0]          # more than 16 bits can say
    c.window = 4
    data = bytes(i & 255 for i in range(3000))
    for i in range(3):
        c.send("A", data[i * 1000:(i + 1) * 1000])
    got = b""
    while (s := wire.recv(c.port, 0.4)) is not None:
        if s.payload and s.seq == c.ack:
            got += s.payload
    assert len(got) == 512, len(got)                     # 4 << 7
    c.window = WINDOW
    c.ack = (c.ack + len(got)) & 0xFFFFFFFF
    c.send("A")
    assert got + c.collect(3000 - len(got))[0] == data


def test_timestamps_and_paws(wire: Wire) -> None:
    c = conn(wire)
    sa = c.syn([("MSS", 1460), ("NOP", None), ("NOP", None), ("Timestamp", (1000, 0))])
    ts = sa.options["Timestamp"]
    assert isinstance(ts, tuple), sa
    tsval, tsecr = ts
    assert tsecr == 1000, sa
    c.extra = [("NOP", None), ("NOP", None), ("Timestamp", (1001, tsval))]
    c.send("A")
    segs = c.echo(b"timed")
    assert all(s.options["Timestamp"][1] == 1001 for s in segs), segs    # type: ignore[index]
    # RFC 7323 5.3: an older TSval is an old duplicate: acknowledged, not taken.
    c.send("PA", b"stale", options=[("NOP", None), ("NOP", None), ("Timestamp", (500, tsval))], advance=False)
    s = c.expect(what="ACK for a PAWS-rejected segment")
    assert s.flags == "A" and s.ack == c.seq and s.payload == b"", s
    c.quiet(0.2)
    c.extra = [("NOP", None), ("NOP", None), ("Timestamp", (1002, tsval))]
    c.echo(b"fresh")


def test_sack_blocks_sent(wire: Wire) -> None:
    """Data beyond a hole is held and reported in SACK blocks, the newest first."""
    c = conn(wire)
    sa = c.syn([("MSS", 1460), ("NOP", None), ("NOP", None), ("SAckOK", b"")])
    assert "SAckOK" in sa.options, sa
    c.send("A")
    base = c.seq
    data = bytes(i * 3 & 255 for i in range(4000))
    c.send("A", data[1000:2000], seq=base + 1000)
    s = c.expect(what="ACK with SACK")
    assert s.ack == base and s.options.get("SAck") == (base + 1000, base + 2000), s
    c.send("A", data[3000:4000], seq=base + 3000)
    s = c.expect(what="ACK with two SACK blocks")
    assert s.ack == base and s.options.get("SAck") == (base + 3000, base + 4000, base + 1000, base + 2000), s
    c.send("A", data[:1000], seq=base)
    c.send("A", data[2000:3000], seq=base + 2000)
    c.seq = base + 4000
    got, segs = c.collect(4000)
    assert got == data and segs[-1].ack == base + 4000 and "SAck" not in segs[-1].options, segs


@pytest.mark.parametrize("sack", [False, True])
def test_newreno_partial_ack(wire: Wire, sack: bool) -> None:
    """Two segments lost: three duplicate ACKs resend the first, the partial ACK
    that follows resends the second at once (RFC 6582), and what the SACKs
    say arrived is not sent again (RFC 2018)."""
    c = conn(wire)
    c.open(options=[("MSS", 1000), ("SAckOK", b"")] if sack else [("MSS", 1000)])
    segs = c.echo_unacked(bytes(i * 5 & 255 for i in range(8000)))
    assert len(segs) >= 5, segs
    for k in range(3):              # with SACK, each reports one more segment held (a duplicate must)
        c.send("A", ack=segs[0].seq, options=[("SAck", (segs[2].seq, segs[2 + k].end()))] if sack else [])
    s = c.expect(timeout=0.8, what="fast retransmission")
    assert s.seq == segs[0].seq and s.payload == segs[0].payload, s
    blocks = [("SAck", (segs[2].seq, segs[-1].end()))] if sack else []
    c.send("A", ack=segs[1].seq, options=blocks)        # partial: the second is missing too
    s = c.expect(timeout=0.8, what="retransmission on the partial ACK")
    assert s.seq == segs[1].seq and s.payload == segs[1].payload, s
    if sack:
        c.quiet(0.5)                                     # the SACKed ones stay where they are
    c.ack = segs[-1].end()
    c.send("A")


# ---- delayed ACK ---------------------------------------------------------------------

def test_delayed_ack(wire: Wire) -> None:
    """One segment's ACK waits 40 ms (for data to ride on; our window is shut so
    the echo cannot); the second full segment is acknowledged at once."""
    c = conn(wire)
    c.open()
    c.window = 0
    c.send("PA", b"a" * 1460)
    sent = time.monotonic()
    s = c.expect(what="the delayed ACK")
    assert s.ack == c.seq and 0.02 < s.at - sent < 0.3, (s, s.at - sent)
    c.send("PA", b"b" * 1460)
    c.send("PA", b"c" * 1460)
    sent = time.monotonic()
    s = c.expect(what="the ACK of two full segments")
    assert s.ack == c.seq and s.at - sent < 0.035, (s, s.at - sent)       # before any 40 ms timer
    c.window = WINDOW
    c.send("A")
    assert c.collect(3 * 1460)[0] == b"a" * 1460 + b"b" * 1460 + b"c" * 1460


def test_nagle(wire: Wire) -> None:
    """A small echo waits while the previous one is unacknowledged (Nagle), and goes once it is."""
    c = conn(wire)
    c.open()
    c.send("PA", b"first")
    s = c.expect(what="the first echo")
    while not s.payload:
        s = c.expect(what="the first echo")
    assert s.payload == b"first", s
    c.send("PA", b"second")                          # still acknowledging only up to before "first"
    while (s2 := wire.recv(c.port, 0.4)) is not None:
        assert not s2.payload, f"Nagle: {s2} went while 'first' was unacknowledged"
    c.ack = s.end()
    c.send("A")
    assert c.collect(6)[0] == b"second"


def test_dsack_is_not_a_duplicate_ack(wire: Wire) -> None:
    """With SACK, ACKs that report nothing new (a D-SACK below the ACK, the same block again) start no recovery."""
    c = conn(wire)
    c.open(options=[("MSS", 1000), ("SAckOK", b"")])
    segs = c.echo_unacked(bytes(i * 11 & 255 for i in range(5000)))
    first = segs[0]
    old = (first.seq - 1000) & 0xFFFFFFFF
    c.send("A", ack=first.seq, options=[("SAck", (old, first.seq))])          # D-SACK
    c.send("A", ack=first.seq, options=[("SAck", (segs[1].seq, segs[1].end()))])
    c.send("A", ack=first.seq, options=[("SAck", (segs[1].seq, segs[1].end()))])
    c.send("A", ack=first.seq, options=[("SAck", (segs[1].seq, segs[1].end()))])
    quiet = wire.recv(c.port, 0.5)                   # the RTO is 1 s: nothing before it
    assert quiet is None or not quiet.payload, quiet
    c.ack = segs[-1].end()
    c.send("A")
