"""unicc's stack under load it must survive: 10,000 connections opened and
closed, and a million malformed or random frames (issue 17's memory and
bad-input proofs).

    python -m bench.netstress [--connections N] [--frames N] [--seed S] [--update-docs]   (as root)

The app is tests/netapps/stats_echo.py (the echo service of RFC 862 on TCP
and UDP port 7, which answers a datagram to UDP port 9 with its heap in use
after a full collection and the stack's tables), compiled, on a TAP in a
network namespace of its own where Linux has the peer address.  Two
workloads drive it from inside the namespace (`python -m bench.netstress
drive churn|fuzz ...`, one JSON line out; tests/test_net_stress.py runs them
CI-sized):

- churn: after a warm-up, the baseline heap; then `hold` connections open at
  once (bytes per open connection = their heap over the baseline, divided by
  their number); then N connections one after another, mixed: a normal
  close, a RST after the echo, a RST with data unread, a handshake Linux
  aborts (connect, then close in SYN-SENT: Linux answers the SYN-ACK with a
  RST), and a SYN from an address nobody answers for, which is left to time
  out (--wait-timeouts) or reset by hand.  When the stack's connection
  table is empty again, the heap is measured against the baseline.
- fuzz: frames written to the TAP through a packet socket, pre-built from a
  seeded generator (`frames`): random bytes, truncated Ethernet, ARP, IPv4,
  ICMP, UDP and TCP headers, bad lengths and checksums, bogus IP and TCP
  options, overlapping fragments and fragments that never complete, and a
  SYN flood (`syns` SYNs from many sources) at the end.  Every `every`
  frames an established TCP connection (Linux's socket) sends a line and
  must get its echo back; as Linux's segment queues behind the frames on
  the TAP, the echo also paces the injection so the TAP's queue never
  overflows.  The heap is measured before, right after, and (with
  --wait-timeouts) after the reassembly and handshake timers ran out.

--update-docs writes the figures into docs/network.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import select
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "tests" / "netapps" / "stats_echo.py"
DOCS = ROOT / "docs" / "network.md"
TAP, PEER, ADDR, PREFIX = "stap0", "10.79.0.1", "10.79.0.2", 24
PEER_MAC = bytes.fromhex("02000a4f0001")
PORT, STATS_PORT, SESSION_PORT = 7, 9, 8
FAKE, FAKE_MAC = "10.79.0.50", bytes.fromhex("02000a4f0032")   # the fuzzer's own TCP peer
MASK = 0xFFFFFFFF
NEIGHBOUR = "10.79.0.3"        # a second address of Linux's, for the ARP flood
READY = f"stats_echo: TCP and UDP port {PORT}, stats on UDP {STATS_PORT}, on {ADDR}\n".encode()
SILENT = "10.79.0.{}"          # addresses nobody answers ARP for (host 100-199)
OPTIONS = ["--target", "unix", "--net", f"tap:{TAP}", "--ipv4", f"{ADDR}/{PREFIX}"]


# ---- the namespace and the app (the bench; tests/test_net_stress.py has its own fixture) -------------

def link_commands() -> list[list[str]]:
    """The TAP with Linux's address on it (IPv6 off: no router solicitations in the counts)."""
    return [["sysctl", "-qw", "net.ipv6.conf.default.disable_ipv6=1"], ["ip", "link", "set", "lo", "up"],
            ["ip", "tuntap", "add", "mode", "tap", TAP], ["ip", "link", "set", TAP, "address", PEER_MAC.hex(":")],
            ["ip", "addr", "add", f"{PEER}/{PREFIX}", "dev", TAP], ["ip", "link", "set", TAP, "up"]]


def drive(ns: str, *args: str, timeout: float) -> dict[str, Any]:
    """Run a workload inside the namespace; its JSON result."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run(["ip", "netns", "exec", ns, sys.executable, "-m", "bench.netstress", "drive", *args],
                       capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
    if r.returncode != 0:
        raise AssertionError(f"drive {' '.join(args)}: status {r.returncode}\n{r.stdout}{r.stderr}")
    result: dict[str, Any] = json.loads(r.stdout.strip().splitlines()[-1])
    return result


@contextmanager
def rig(exe: Path, ns: str) -> Iterator[subprocess.Popen[bytes]]:
    """The namespace ns with the TAP, and the app running on it."""
    subprocess.run(["ip", "netns", "add", ns], check=True)
    try:
        for cmd in link_commands():
            subprocess.run(["ip", "netns", "exec", ns, *cmd], check=True)
        app = subprocess.Popen(["ip", "netns", "exec", ns, str(exe)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
        try:
            assert app.stdout is not None
            line = app.stdout.readline()
            if line != READY:
                raise AssertionError(f"the app printed {line!r}")
            yield app
        finally:
            os.killpg(app.pid, signal.SIGKILL)
            app.communicate(timeout=10)
    finally:
        subprocess.run(["ip", "netns", "del", ns], check=False)


# ---- inside the namespace: the app's figures ---------------------------------------------------------

def stats(src: str = PEER) -> dict[str, int]:
    """The app's report (UDP port 9), as numbers."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind((src, 0))
        s.settimeout(2)
        for _ in range(10):
            s.sendto(b"?", (ADDR, STATS_PORT))
            try:
                line = s.recv(4096).decode()
            except TimeoutError:
                continue
            return {k: int(v) for k, v in (f.split("=") for f in line.split())}
    raise AssertionError("the app does not answer on UDP port 9")


def quiet_stats(samples: int = 3) -> dict[str, int]:
    """The app's figures with the smallest heap of a few (the collector scans
    the stack conservatively: a stale word may keep a dead object alive)."""
    return min((stats() for _ in range(samples)), key=lambda got: got["heap"])


def settle(conns: int = 0, seconds: float = 10) -> dict[str, int]:
    """The app's figures once its connection table is down to conns and,
    when that is 0, nothing waits for ARP or reassembly (or after seconds)."""
    deadline = time.monotonic() + seconds
    while True:
        got = stats()
        if got["conns"] <= conns and (conns or got["arp_pending"] + got["partials"] == 0) \
                or time.monotonic() > deadline:
            return quiet_stats()
        time.sleep(0.05)


# ---- frames -------------------------------------------------------------------------------------------

def csum(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    s: int = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(a: str) -> bytes:
    return socket.inet_aton(a)


def ipv4(src: bytes, dst: bytes, proto: int, payload: bytes, ident: int = 0, frag: int = 0, ttl: int = 64,
         options: bytes = b"", good_sum: bool = True) -> bytes:
    ihl = 5 + len(options) // 4
    h = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, 0, ihl * 4 + len(payload), ident, frag, ttl, proto, 0, src,
                    dst) + options
    s = csum(h) ^ (0 if good_sum else 0x1234)
    return h[:10] + struct.pack("!H", s) + h[12:] + payload


def l4_sum(src: bytes, dst: bytes, proto: int, seg: bytes) -> int:
    return csum(src + dst + struct.pack("!BBH", 0, proto, len(seg)) + seg)


def tcp(src: bytes, dst: bytes, sport: int, dport: int, seq: int, ack: int, flags: int, options: bytes = b"",
        payload: bytes = b"", window: int = 65535, offset: int | None = None, good_sum: bool = True) -> bytes:
    off = 5 + len(options) // 4 if offset is None else offset
    h = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, off << 4, flags, window, 0, 0) + options + payload
    s = l4_sum(src, dst, 6, h) ^ (0 if good_sum else 0x1234)
    return h[:16] + struct.pack("!H", s) + h[18:]


def udp(src: bytes, dst: bytes, sport: int, dport: int, payload: bytes, length: int | None = None,
        good_sum: bool = True) -> bytes:
    h = struct.pack("!HHHH", sport, dport, 8 + len(payload) if length is None else length, 0) + payload
    s = l4_sum(src, dst, 17, h) ^ (0 if good_sum else 0x1234)
    return h[:6] + struct.pack("!H", s or 0xFFFF) + h[8:]


def icmp(typ: int, code: int, rest: bytes, good_sum: bool = True) -> bytes:
    m = struct.pack("!BBH", typ, code, 0) + rest
    s = csum(m) ^ (0 if good_sum else 0x1234)
    return m[:2] + struct.pack("!H", s) + m[4:]


def arp(op: int, sha: bytes, spa: bytes, tha: bytes, tpa: bytes, hlen: int = 6, plen: int = 4) -> bytes:
    return struct.pack("!HHBBH", 1, 0x0800, hlen, plen, op) + sha + spa + tha + tpa


def source(rng: random.Random) -> bytes:
    """A source address: Linux's, one nobody answers for, off the subnet, or anything."""
    r = rng.random()
    if r < 0.25:
        return ip4(PEER)
    if r < 0.6:
        return ip4(SILENT.format(rng.randrange(100, 200)))
    if r < 0.8:
        return bytes([rng.choice([10, 172, 192, 8]), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255)])
    return rng.randbytes(4)


def tcp_options(rng: random.Random) -> bytes:
    """Options, well formed or not, padded to a multiple of 4."""
    pieces = [b"\x02\x04" + struct.pack("!H", rng.randrange(65536)), b"\x03\x03" + bytes([rng.randrange(256)]),
              b"\x04\x02", b"\x08\x0a" + rng.randbytes(8), b"\x05" + bytes([2 + 8 * rng.randrange(5)]),
              bytes([rng.randrange(256), rng.randrange(256)]), b"\x01", b"\x00", rng.randbytes(rng.randrange(12))]
    out = b"".join(rng.choice(pieces) for _ in range(rng.randrange(6)))[:40]
    if out and out[0] == 5:   # a SACK kind: give its blocks bytes to read
        out += rng.randbytes(8 * rng.randrange(5))
    out = out[:40]
    return out + bytes(-len(out) % 4)


class Frames:
    """The seeded generator of malformed and random frames addressed to the app."""

    def __init__(self, seed: int, app_mac: bytes) -> None:
        self.rng = random.Random(seed)
        self.app_mac = app_mac
        self.dst = ip4(ADDR)
        self.kinds = [(self.garbage, 3), (self.short_ethernet, 1), (self.arp, 3), (self.bad_ip, 5),
                      (self.ip_options, 3), (self.fragment, 6), (self.tcp, 10), (self.udp, 5), (self.icmp, 4)]
        self.weights = [w for _, w in self.kinds]

    def eth(self, ethertype: int, payload: bytes, dst: bytes | None = None) -> bytes:
        r = self.rng.random()
        d = dst if dst is not None else self.app_mac if r < 0.9 else b"\xff" * 6 if r < 0.95 else self.rng.randbytes(6)
        return d + PEER_MAC + struct.pack("!H", ethertype) + payload

    def next(self) -> bytes:
        make = self.rng.choices(self.kinds, self.weights)[0][0]
        frame = make()
        if self.rng.random() < 0.1:     # cut anywhere
            frame = frame[:self.rng.randrange(len(frame) + 1)]
        return frame[:1514] if len(frame) >= 14 else frame + bytes(14 - len(frame)) if self.rng.random() < 0.5 \
            else frame

    def garbage(self) -> bytes:
        return self.eth(self.rng.choice([0x0800, 0x0806, 0x86DD, self.rng.randrange(65536)]),
                        self.rng.randbytes(self.rng.randrange(1500)))

    def short_ethernet(self) -> bytes:
        return self.rng.randbytes(self.rng.randrange(14))

    def arp(self) -> bytes:
        rng = self.rng
        spa = source(rng)
        if spa == ip4(PEER):          # Linux's entry stays right (RFC 826 merges any sender's claim)
            spa = ip4(SILENT.format(rng.randrange(100, 200)))
        r = rng.random()
        if r < 0.5:
            p = arp(rng.choice([1, 2]), PEER_MAC if rng.random() < 0.2 else rng.randbytes(6), spa, rng.randbytes(6),
                    self.dst if rng.random() < 0.7 else source(rng))
        elif r < 0.8:
            hlen, plen = rng.randrange(256), rng.randrange(256)
            p = arp(rng.randrange(65536), rng.randbytes(hlen % 32), rng.randbytes(plen % 32), b"", b"", hlen, plen)
        else:
            p = arp(1, rng.randbytes(6), spa, bytes(6), self.dst)[:rng.randrange(28)]
        return self.eth(0x0806, p)

    def transport(self, src: bytes) -> tuple[int, bytes]:
        r = self.rng.random()
        if r < 0.4:
            return 6, self.tcp_segment(src)
        if r < 0.7:
            return 17, self.udp_datagram(src)
        return 1, self.icmp_message()

    def bad_ip(self) -> bytes:
        rng = self.rng
        src = source(rng)
        proto, payload = self.transport(src)
        p = bytearray(ipv4(src, self.dst, proto, payload, rng.randrange(65536)))
        what = rng.randrange(8)
        if what == 0:
            p[0] = (rng.randrange(16) << 4) | (p[0] & 15)            # version
        elif what == 1:
            p[0] = 0x40 | rng.randrange(16)                          # header length
        elif what == 2:
            p[2:4] = struct.pack("!H", rng.randrange(65536))         # total length
        elif what == 3:
            p[10:12] = struct.pack("!H", rng.randrange(65536))       # checksum
        elif what == 4:
            p = p[:rng.randrange(20)]                                # truncated header
        elif what == 5:
            p[9] = rng.randrange(256)                                # protocol
        elif what == 6:
            p[8] = 0                                                 # TTL 0
        else:
            p[16:20] = rng.choice([b"\xff" * 4, ip4("10.79.0.255"), rng.randbytes(4)])   # not us, broadcast
        if what in (0, 1, 2, 5, 6, 7) and rng.random() < 0.7:
            p[10:12] = b"\0\0"
            p[10:12] = struct.pack("!H", csum(bytes(p[:min(len(p), (p[0] & 15) * 4)])))
        return self.eth(0x0800, bytes(p))

    def ip_options(self) -> bytes:
        rng = self.rng
        src = source(rng)
        proto, payload = self.transport(src)
        n = 4 * rng.randrange(1, 11)
        opts = bytes(rng.choice([0, 1, 7, 68, 130, 131, 137, 148, rng.randrange(256)]) if i % 3 == 0
                     else rng.randrange(256) for i in range(n))
        return self.eth(0x0800, ipv4(src, self.dst, proto, payload, rng.randrange(65536), options=opts))

    def fragment(self) -> bytes:
        """A piece of one of a few packets: overlapping, out of range, never completing."""
        rng = self.rng
        src = rng.choice([ip4(PEER), ip4(SILENT.format(rng.randrange(100, 110)))])
        ident = rng.randrange(12)          # few idents: pieces of the same packets meet
        offset = rng.choice([0, rng.randrange(1, 64), rng.randrange(8191), 8189])
        size = rng.choice([0, 8, 16, rng.randrange(1, 1480), 1480])
        more = rng.random() < 0.8
        proto = rng.choice([1, 6, 17])
        frag = (0x2000 if more else 0) | offset
        return self.eth(0x0800, ipv4(src, self.dst, proto, rng.randbytes(size), ident, frag))

    def tcp_segment(self, src: bytes) -> bytes:
        rng = self.rng
        flags = rng.choice([0x02, 0x02, 0x10, 0x18, 0x04, 0x14, 0x01, 0x11, 0x12, rng.randrange(256)])
        dport = PORT if rng.random() < 0.6 else rng.randrange(65536)
        opts = tcp_options(rng) if rng.random() < 0.5 else b""
        offset = None if rng.random() < 0.85 else rng.randrange(16)
        return tcp(src, self.dst, rng.randrange(1, 65536), dport, rng.getrandbits(32), rng.getrandbits(32), flags,
                   opts, rng.randbytes(rng.choice([0, 0, 1, rng.randrange(1400)])), rng.randrange(65536), offset,
                   good_sum=rng.random() < 0.85)

    def tcp(self) -> bytes:
        src = source(self.rng)
        seg = self.tcp_segment(src)
        if self.rng.random() < 0.2:
            seg = seg[:self.rng.randrange(len(seg))]
        return self.eth(0x0800, ipv4(src, self.dst, 6, seg, self.rng.randrange(65536)))

    def udp_datagram(self, src: bytes) -> bytes:
        rng = self.rng
        data = rng.randbytes(rng.choice([0, 1, rng.randrange(1400)]))
        dport = rng.choice([PORT, rng.randrange(65536), 68, 67])
        if dport == STATS_PORT:
            dport = PORT
        length = None if rng.random() < 0.8 else rng.randrange(65536)
        d = udp(src, self.dst, rng.randrange(65536), dport, data, length, good_sum=rng.random() < 0.85)
        if rng.random() < 0.1:
            d = d[:6] + b"\0\0" + d[8:]          # no checksum (allowed over IPv4)
        return d

    def udp(self) -> bytes:
        src = source(self.rng)
        d = self.udp_datagram(src)
        if self.rng.random() < 0.15:
            d = d[:self.rng.randrange(len(d))]
        return self.eth(0x0800, ipv4(src, self.dst, 17, d, self.rng.randrange(65536)))

    def icmp_message(self) -> bytes:
        rng = self.rng
        typ = rng.choice([8, 8, 0, 3, 11, 5, rng.randrange(256)])
        return icmp(typ, rng.choice([0, 0, rng.randrange(256)]), rng.randbytes(rng.choice([0, 4, rng.randrange(1400)])),
                    good_sum=rng.random() < 0.8)

    def icmp(self) -> bytes:
        src = source(self.rng)
        m = self.icmp_message()
        if self.rng.random() < 0.15:
            m = m[:self.rng.randrange(len(m))]
        return self.eth(0x0800, ipv4(src, self.dst, 1, m, self.rng.randrange(65536)))

    def syn(self) -> bytes:
        """One SYN of a flood: well formed, to the echo port, from many sources and ports."""
        rng = self.rng
        src = source(rng)
        opts = b"\x02\x04\x05\xb4\x04\x02\x01\x03\x03\x07" + bytes(2) if rng.random() < 0.5 else b""
        seg = tcp(src, self.dst, rng.randrange(1024, 65536), PORT, rng.getrandbits(32), 0, 0x02, opts)
        return self.eth(0x0800, ipv4(src, self.dst, 6, seg, rng.randrange(65536)), dst=self.app_mac)


class Sessions:
    """The fuzzer as a TCP peer of its own, at FAKE (which the app learns
    from an ARP request): real connections to the app's port 8, and on them
    random segments near the sequence numbers the app expects (exact, a bit
    off, far off, anywhere), with random flags, windows, options (SACK
    blocks near what is in flight) and data.  The app's segments to FAKE are
    read back to follow its numbers; a RST at the exact number ends a
    connection after `life` segments, or earlier by chance."""

    def __init__(self, seed: int, app_mac: bytes, sock: socket.socket, most: int = 8, life: int = 300) -> None:
        self.rng = random.Random(seed)
        self.app_mac = app_mac
        self.out = sock
        self.most, self.life = most, life
        self.inp = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0800))
        self.inp.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
        self.inp.bind((TAP, 0x0800))
        self.inp.setblocking(False)
        self.arp = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0806))
        self.arp.bind((TAP, 0x0806))
        self.arp.setblocking(False)
        # our port: [our next seq, the app's next seq (-1: no SYN-ACK yet), segments left (0: done with it)]
        self.conns: dict[int, list[int]] = {}
        self.opened = 0
        self.segments = 0
        self.announce()

    def announce(self) -> None:
        req = arp(1, FAKE_MAC, ip4(FAKE), bytes(6), ip4(ADDR))
        self.out.send(self.app_mac + FAKE_MAC + b"\x08\x06" + req)

    def send(self, port: int, seq: int, ack: int, flags: int, options: bytes = b"", payload: bytes = b"",
             window: int = 65535) -> None:
        seg = tcp(ip4(FAKE), ip4(ADDR), port, SESSION_PORT, seq & MASK, ack & MASK, flags, options, payload, window)
        self.out.send(self.app_mac + FAKE_MAC + b"\x08\x00" + ipv4(ip4(FAKE), ip4(ADDR), 6, seg))

    def drain(self) -> None:
        """Answer the app's ARP requests for FAKE; follow the app's numbers from what it sent; answer SYN-ACKs."""
        while True:
            try:
                data, addr = self.arp.recvfrom(65536)
            except BlockingIOError:
                break
            if addr[2] != 4 and len(data) >= 42 and data[20:22] == b"\0\1" and data[38:42] == ip4(FAKE):
                reply = arp(2, FAKE_MAC, ip4(FAKE), data[22:28], data[28:32])
                self.out.send(data[6:12] + FAKE_MAC + b"\x08\x06" + reply)
        while True:
            try:
                data, addr = self.inp.recvfrom(65536)
            except BlockingIOError:
                return
            if addr[2] == 4 or len(data) < 54 or data[26:30] != ip4(ADDR) or data[30:34] != ip4(FAKE) \
                    or data[23] != 6:
                continue
            ihl = (data[14] & 15) * 4
            t = data[14 + ihl:]
            sport, dport, seq, ack, off, flags = struct.unpack("!HHIIBB", t[:14])
            c = self.conns.get(dport)
            if sport != SESSION_PORT or flags & 0x04:
                self.conns.pop(dport, None)
                continue
            if c is None or c[2] == 0 and c[1] >= 0:
                # A connection it has done with (or never knew: a random SYN re-opened one): as a host
                # would, a RST at the number the app acknowledged.
                if flags & 0x10:
                    self.send(dport, ack, 0, 0x04)
                continue
            length = struct.unpack("!H", data[16:18])[0] - ihl - (off >> 4) * 4
            end = (seq + length + (flags & 1) + (flags >> 1 & 1)) & MASK
            if c[1] < 0 and flags & 0x12 == 0x12:
                c[1] = end
                self.send(dport, c[0], end, 0x10)
            elif c[1] >= 0 and (end - c[1]) & MASK < 1 << 31:
                c[1] = end
            if flags & 0x10 and (ack - c[0]) & MASK < 1 << 31:
                c[0] = ack

    def next(self) -> None:
        """One segment: a SYN of a new connection, or a random one on an open connection."""
        rng = self.rng
        live = [port for port, c in self.conns.items() if c[2] > 0]
        if len(live) < self.most:
            port = rng.randrange(1024, 65536)
            if port not in self.conns:
                iss = rng.getrandbits(32)
                opts = tcp_options(rng) if rng.random() < 0.3 else \
                    b"\x02\x04\x05\xb4\x04\x02\x08\x0a" + rng.randbytes(8) + b"\x01\x03\x03\x07"
                self.conns[port] = [(iss + 1) & MASK, -1, self.life]
                self.send(port, iss, 0, 0x02, opts)
                self.opened += 1
                return
        if not live:
            return
        port = rng.choice(live)
        c = self.conns[port]
        if c[1] < 0:            # no SYN-ACK yet (under the flood the app's ARP queue may be full): wait, give up
            c[2] -= 1
            if c[2] < self.life - 50:
                self.send(port, c[0], 0, 0x04)
                c[2] = 0
            return
        self.segments += 1
        c[2] -= 1
        if c[2] <= 0:
            self.send(port, c[0], c[1], 0x04)
            return
        near = [0, 0, 0, rng.randrange(-3000, 3000), rng.randrange(-70000, 300000), rng.getrandbits(32)]
        seq, ack = c[0] + rng.choice(near), c[1] + rng.choice(near)
        flags = rng.choice([0x10, 0x10, 0x18, 0x18, 0x11, 0x19, 0x04, 0x14, 0x02, 0x12, 0x30, 0x01, 0,
                            rng.randrange(256)])
        opts = b""
        if rng.random() < 0.4:
            blocks = b"".join(struct.pack("!II", (c[1] + rng.randrange(-5000, 300000)) & MASK,
                                          (c[1] + rng.randrange(-5000, 300000)) & MASK)
                              for _ in range(rng.randrange(1, 5)))
            opts = rng.choice([b"\x01\x01\x05" + bytes([2 + len(blocks)]) + blocks, tcp_options(rng),
                               b"\x01\x01\x08\x0a" + rng.randbytes(8)])[:40]
            opts += bytes(-len(opts) % 4)
        size = min(rng.choice([0, 0, 1, rng.randrange(1460), 1460]), 1460 - len(opts))
        payload = rng.randbytes(size) if not flags & 0x06 else b""
        self.send(port, seq, ack, flags, opts, payload, rng.choice([0, 1, 512, 65535, rng.randrange(65536)]))
        if flags & 0x04 and seq == c[0]:
            c[2] = 0                      # a RST the app takes, unless it had moved on

    def close(self) -> None:
        """A RST at the number the app expects on every connection, again
        at the number its challenge ACK gives while it answers one."""
        for _ in range(4):
            self.drain()
            for port, c in self.conns.items():
                self.send(port, c[0], 0, 0x04)
            time.sleep(0.05)
        self.conns.clear()


# ---- inside the namespace: the workloads ------------------------------------------------------------

def packet_socket() -> socket.socket:
    """A socket that sends frames into the TAP (towards the app) and receives nothing."""
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, 0)
    s.bind((TAP, 0))
    return s


def app_mac() -> bytes:
    """The app's MAC address, from Linux's neighbour table after a datagram to it."""
    stats()
    out = subprocess.run(["ip", "neigh", "show", ADDR, "dev", TAP], capture_output=True, text=True).stdout
    return bytes.fromhex(out.split("lladdr")[1].split()[0].replace(":", ""))


def readable(s: socket.socket, seconds: float) -> bool:
    p = select.poll()             # not select(): held connections' descriptors pass 1024
    p.register(s, select.POLLIN)
    return bool(p.poll(seconds * 1000))


def echo_once(s: socket.socket, data: bytes, timeout: float = 10) -> None:
    s.sendall(data)
    got = b""
    deadline = time.monotonic() + timeout
    while len(got) < len(data):
        left = deadline - time.monotonic()
        if left <= 0 or not readable(s, left):
            raise AssertionError(f"no echo of {len(data)} bytes within {timeout} s (got {len(got)})")
        chunk = s.recv(65536)
        if not chunk:
            raise AssertionError("the echo connection was closed")
        got += chunk
    if got != data:
        raise AssertionError("the echo differs")


def connect() -> socket.socket:
    s = socket.create_connection((ADDR, PORT), timeout=10, source_address=(PEER, 0))
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def reset(s: socket.socket) -> None:
    """Close with a RST (SO_LINGER with a zero timeout)."""
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


Silent = list[tuple[bytes, int, int]]     # handshakes from silent addresses: source, port, SYN's seq


def one_connection(kind: int, rng: random.Random, raw: socket.socket, mac: bytes, silent: Silent) -> None:
    """One connection of the churn's mix (kind 0-4)."""
    if kind == 0:                                   # normal close, after an echo
        s = connect()
        echo_once(s, rng.randbytes(rng.randrange(1, 2000)))
        s.shutdown(socket.SHUT_WR)
        s.settimeout(10)
        if s.recv(1) != b"":
            raise AssertionError("data after the echo")
        s.close()
    elif kind == 1:                                 # a RST after the echo
        s = connect()
        echo_once(s, rng.randbytes(rng.randrange(1, 2000)))
        reset(s)
    elif kind == 2:                                 # a RST with the echo unread
        s = connect()
        s.sendall(rng.randbytes(rng.randrange(1, 20000)))
        reset(s)
    elif kind == 3:                                 # SYN, then Linux's RST to the SYN-ACK
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.bind((PEER, 0))
        s.setblocking(False)
        try:
            s.connect((ADDR, PORT))
        except BlockingIOError:
            pass
        s.close()
    else:                                           # SYN from an address that never answers
        src = ip4(SILENT.format(rng.randrange(100, 200)))
        port, seq = rng.randrange(1024, 65536), rng.getrandbits(32)
        seg = tcp(src, ip4(ADDR), port, PORT, seq, 0, 0x02, b"\x02\x04\x05\xb4")
        raw.send(mac + PEER_MAC + b"\x08\x00" + ipv4(src, ip4(ADDR), 6, seg))
        silent.append((src, port, seq))


def reset_silent(raw: socket.socket, mac: bytes, silent: Silent) -> None:
    """RSTs for the handshakes from silent addresses (at SND.NXT = their SYN's seq + 1)."""
    for src, port, seq in silent:
        seg = tcp(src, ip4(ADDR), port, PORT, (seq + 1) & 0xFFFFFFFF, 0, 0x04)
        raw.send(mac + PEER_MAC + b"\x08\x00" + ipv4(src, ip4(ADDR), 6, seg))
    silent.clear()


def churn(n: int, hold: int, seed: int, wait_timeouts: bool) -> dict[str, object]:
    rng = random.Random(seed)
    raw = packet_socket()
    mac = app_mac()
    silent: Silent = []
    for i in range(200):                            # warm-up: every kind, so one-time allocations are made
        one_connection(i % 4, rng, raw, mac, silent)
    base = settle()
    held = [connect() for _ in range(hold)]
    for s in held:
        echo_once(s, b"x")
    with_held = settle(hold)
    for i, s in enumerate(held):
        if i % 2:
            reset(s)
        else:
            s.close()
        if i % 200 == 199:
            stats()     # the TAP's queue drops frames past 1000, and Linux never resends a RST: pace
    after_held = settle()
    start = time.monotonic()
    kinds = [0] * 8 + [1] * 5 + [2] * 3 + [3] * 3 + [1]
    for i in range(n):
        kind = 4 if i % 200 == 199 else kinds[i % len(kinds)]
        one_connection(kind, rng, raw, mac, silent)
        if len(silent) >= 32 and not wait_timeouts:
            reset_silent(raw, mac, silent)
    seconds = time.monotonic() - start
    waited = len(silent)
    if wait_timeouts:
        end = settle(seconds=120)                   # the SYN-ACK's retransmissions end at 63 s
    else:
        reset_silent(raw, mac, silent)
        end = settle()
    return {"connections": n, "seconds": round(seconds, 2), "timed_out": waited if wait_timeouts else 0,
            "base": base, "held": hold, "with_held": with_held, "after_held": after_held, "end": end,
            "per_connection": (with_held["heap"] - base["heap"]) // max(hold, 1),
            "growth": end["heap"] - base["heap"]}


def fuzz(n: int, syns: int, every: int, seed: int, wait_timeouts: bool) -> dict[str, object]:
    raw = packet_socket()
    mac = app_mac()
    gen = Frames(seed, mac)
    peer = Sessions(seed, mac, raw)
    conn = connect()
    echo_once(conn, b"warm-up\n")
    base = quiet_stats()
    line = 0
    sent = 0
    gen_seconds = 0.0
    start = time.monotonic()
    while sent < n + syns:
        t = time.monotonic()
        batch = [gen.next() if sent + i < n else gen.syn() for i in range(min(every, n + syns - sent))]
        gen_seconds += time.monotonic() - t
        for f in batch:
            try:
                raw.send(f)
            except OSError:
                pass                                # a frame below the minimum size the device takes
        sent += len(batch)
        t = time.monotonic()
        if sent <= n:
            for _ in range(len(batch) // 10):
                peer.next()
        gen_seconds += time.monotonic() - t
        line += 1
        echo_once(conn, f"{line} {sent}\n".encode())
        t = time.monotonic()
        peer.drain()
        gen_seconds += time.monotonic() - t
        if line % 500 == 0:
            peer.announce()
    seconds = time.monotonic() - start
    peer.close()
    after = quiet_stats()
    end = after
    if wait_timeouts:
        time.sleep(65)                              # reassembly (30 s), handshakes (63 s)
        end = quiet_stats()
    echo_once(conn, b"still there\n")
    conn.close()
    received = after["received"] - base["received"]
    return {"frames": sent, "syns": syns, "every": every, "sessions": peer.opened, "session_segments": peer.segments,
            "seconds": round(seconds, 2), "driver": round(gen_seconds, 2),
            "frames_per_second": round(received / max(seconds - gen_seconds, 1e-9)),
            "received": received, "echoes": line, "base": base, "after": after, "end": end,
            "growth_after": after["heap"] - base["heap"], "growth_end": end["heap"] - base["heap"]}


def arp_flood(n: int) -> dict[str, object]:
    """n ARP requests for the app from as many addresses fill its cache;
    then a neighbour it has not met (a second address of Linux's) asks for
    its stats, and the app must resolve it to answer."""
    raw = packet_socket()
    app_mac()                       # and Linux's entry in the app's cache
    for i in range(n):
        sha = bytes([2, 0, 0, 1, i >> 8 & 255, i & 255])
        raw.send(b"\xff" * 6 + sha + b"\x08\x06" + arp(1, sha, bytes([10, 79, 1 + (i >> 8 & 127), i & 255]), bytes(6),
                                                      ip4(ADDR)))
        if i % 200 == 199:
            stats()
    subprocess.run(["ip", "addr", "add", f"{NEIGHBOUR}/{PREFIX}", "dev", TAP], check=True)
    try:
        got = stats(NEIGHBOUR)
    except AssertionError:
        return {"answered": False}
    return {"answered": True, "heap": got["heap"]}


# ---- the bench ---------------------------------------------------------------------------------------

def build_app(exe: Path) -> None:
    from unicc.driver import BuildOptions, build
    from unicc.targets import TARGETS
    build(APP, exe, BuildOptions(target=TARGETS["unix"], devices={"net": f"tap:{TAP}", "ipv4": f"{ADDR}/{PREFIX}"}))


def report(c: dict[str, Any], f: dict[str, Any]) -> str:
    cb, ce, ch = c["base"], c["end"], c["with_held"]
    fb, fa, fe = f["base"], f["after"], f["end"]
    return "\n".join([
        f"Measured by `python -m bench.netstress` ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; one run):",
        "",
        "| | |", "|---|---|",
        f"| heap in use after the warm-up (baseline) | {cb['heap']:,} bytes |",
        f"| with {c['held']:,} connections open (established, idle) | {ch['heap']:,} bytes: "
        f"{c['per_connection']:,} bytes per connection |",
        f"| after {c['connections']:,} more opened and closed (mixed; {c['timed_out']} handshakes left to time out) "
        f"in {c['seconds']} s | {ce['heap']:,} bytes ({c['growth']:+,}), {ce['conns']} connections |",
        f"| {f['frames']:,} malformed or random frames, the last {f['syns']:,} a SYN flood, "
        f"{f['session_segments']:,} random segments on {f['sessions']:,} connections of the fuzzer's own, "
        f"an echo every {f['every']} | {f['frames_per_second']:,} frames/s "
        f"handled ({f['received']:,} received in {f['seconds']} s, of which {f['driver']} s the fuzzer's own) |",
        f"| heap before / right after / 65 s after the frames | {fb['heap']:,} / {fa['heap']:,} "
        f"({f['growth_after']:+,}) "
        f"/ {fe['heap']:,} ({f['growth_end']:+,}) bytes; then {fe['conns']} connection (the echo), "
        f"{fe['arp_entries']} ARP entries (expired; the next timer removes them) |",
        f"| the stack's counts after the frames | {fa['malformed'] - fb['malformed']:,} malformed, "
        f"{fa['ignored'] - fb['ignored']:,} ignored, {fa['tcp_malformed'] - fb['tcp_malformed']:,} TCP malformed, "
        f"{fa['syn_dropped'] - fb['syn_dropped']:,} SYNs over the backlog |",
        ""])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.netstress", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command")
    d = sub.add_parser("drive", help="run one workload in this namespace (the app already running)")
    d.add_argument("workload", choices=["churn", "fuzz", "arpflood"])
    d.add_argument("-n", type=int, required=True, help="connections (churn) or frames (fuzz)")
    d.add_argument("--hold", type=int, default=1000, help="connections held open at once (churn)")
    d.add_argument("--syns", type=int, default=0, help="SYNs of the flood after the frames (fuzz)")
    d.add_argument("--every", type=int, default=200, help="frames between two echoes (fuzz)")
    d.add_argument("--seed", type=int, default=17)
    d.add_argument("--wait-timeouts", action="store_true", help="let handshakes and reassemblies time out")
    p.add_argument("--connections", type=int, default=10_000)
    p.add_argument("--hold", type=int, default=2000)
    p.add_argument("--frames", type=int, default=1_000_000, help="frames besides the SYN flood")
    p.add_argument("--syns", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--update-docs", action="store_true", help=f"write the figures into {DOCS.relative_to(ROOT)}")
    a = p.parse_args(argv)
    if a.command == "drive":
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, a.hold + 1024)), hard))
        if a.workload == "churn":
            result = churn(a.n, a.hold, a.seed, a.wait_timeouts)
        elif a.workload == "arpflood":
            result = arp_flood(a.n)
        else:
            result = fuzz(a.n, a.syns, a.every, a.seed, a.wait_timeouts)
        print(json.dumps(result))
        return 0
    if os.geteuid() != 0:
        raise SystemExit("bench.netstress makes a network namespace: run it as root")
    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / "stats_echo"
        build_app(exe)
        with rig(exe, "ubench-stress"):
            c = drive("ubench-stress", "churn", "-n", str(a.connections), "--hold", str(a.hold), "--seed",
                      str(a.seed), "--wait-timeouts", timeout=3600)
        with rig(exe, "ubench-stress"):
            f = drive("ubench-stress", "fuzz", "-n", str(a.frames), "--syns", str(a.syns), "--seed", str(a.seed),
                      "--wait-timeouts", timeout=7200)
    text = report(c, f)
    print(text, end="")
    print(json.dumps({"churn": c, "fuzz": f}))
    if a.update_docs:
        from bench.docs import replace_block
        replace_block(DOCS, "bench.netstress", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
