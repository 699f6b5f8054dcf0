# unicc_net.tcp, sans-I/O on a fake clock: two hosts' TCPs joined by a wire
# that this program controls (it drops, reorders or holds segments).  The
# handshake, data both ways with back-pressure, loss and retransmission with
# the RTO's backoff, fast retransmit on three duplicate ACKs, out-of-order
# delivery, a zero window and its probe, half-close, simultaneous open and
# close, RST to a closed port, RFC 5961 challenge ACKs, the accept backlog,
# SYN retransmission until the connect gives up, TIME-WAIT's expiry, and
# malformed segments; the options (window scaling, timestamps and PAWS,
# SACK: negotiated, parsed, malformed), delayed ACK, Nagle, keepalive; after each, the connection tables
# are empty again.
from unicc_buf import Buffer
from unicc_net import tcp, tcpopts
from unicc_net.addr import IPAddr
from unicc_net.tcp import Connection, Segment, Tcp
from unicc_net.tcpopts import Outgoing

S = 1_000_000_000
MS = 1_000_000
IP_A = IPAddr.parse("10.0.0.1")
IP_B = IPAddr.parse("10.0.0.2")
FLAG_NAMES = [(tcp.SYN, "S"), (tcp.FIN, "F"), (tcp.RST, "R"), (tcp.PSH, "P"), (tcp.ACK, ".")]


class Wire:
    """Carries segments between A and B; `drop` lists which of the next
    segments (counted from 1 as they are carried) are lost."""

    def __init__(self, a: Tcp, b: Tcp) -> None:
        self.a = a
        self.b = b
        self.count = 0
        self.drop: list[int] = []
        self.quiet = False
        self.carried = 0

    def describe(self, who: str, frame: Buffer, src: IPAddr, dst: IPAddr) -> str:
        seg = Segment(frame)
        flags = "".join(name for bit, name in FLAG_NAMES if seg.flags() & bit)
        mss = seg.mss()
        text = (f"{who} {seg.src_port()}>{seg.dst_port()} [{flags}] seq={seg.seq()} "
                f"ack={seg.ack()} win={seg.window()} len={len(seg.payload())}")
        return text + (f" mss={mss}" if mss else "") + show_options(seg) + ("" if seg.check(src, dst) else " BAD")

    def take(self, host: Tcp) -> list[tuple[IPAddr, Buffer]]:
        out = host.outbox
        host.outbox = []
        return out

    def carry(self, now: int, limit: int = 1000) -> None:
        """Move segments both ways until neither side has more to send."""
        for _ in range(limit):
            moved = False
            for src, dst, who in ((self.a, self.b, "A>B"), (self.b, self.a, "B>A")):
                for _ip, frame in self.take(src):
                    moved = True
                    self.send(src, dst, who, frame, now)
            if not moved:
                return
        print("carry: still moving after", limit, "rounds")

    def send(self, src: Tcp, dst: Tcp, who: str, frame: Buffer, now: int) -> None:
        self.count += 1
        self.carried += 1
        lost = self.count in self.drop
        if not self.quiet:
            print(" ", self.describe(who, frame, src.addr, dst.addr), "LOST" if lost else "")
        if not lost:
            dst.receive(src.addr, dst.addr, frame, now)

    def run(self, start: int, end: int, step: int) -> None:
        """Tick both hosts from start to end, carrying what the timers send."""
        t = start
        while t <= end:
            for host in (self.a, self.b):
                host.tick(t)
            if self.a.outbox or self.b.outbox:
                print(f" t={t / S:.2f}s")
            self.carry(t)
            t += step


def show_options(seg: Segment) -> str:
    o = seg.options()
    text = f" ws={o.wscale}" if o.wscale >= 0 else ""
    text += " sackok" if o.sack_ok else ""
    text += f" ts={o.tsval}/{o.tsecr}" if o.has_ts else ""
    return text + "".join(f" sack={left}-{right}" for left, right in o.sacks)


def state(c: Connection) -> str:
    return tcp.STATE_NAMES[c.state] + (f" ({c.error})" if c.error else "")


def tables(a: Tcp, b: Tcp) -> str:
    return f"A: {len(a.connections)} connections, {len(a.listeners)} listeners; " \
           f"B: {len(b.connections)} connections, {len(b.listeners)} listeners"


def pattern(n: int, seed: int) -> bytes:
    return bytes((i * 7 + seed + (i >> 8)) & 255 for i in range(n))


def handshake(wire: Wire, a: Tcp, b: Tcp, port: int, now: int) -> tuple[Connection, Connection]:
    listener = b.listeners[port]
    ca = a.connect(IP_B, port, now)
    wire.carry(now)
    cb = listener.accept()
    assert cb is not None
    return ca, cb


def close_both(wire: Wire, ca: Connection, cb: Connection, now: int) -> None:
    ca.close(now)
    wire.carry(now)
    cb.close(now)
    wire.carry(now)
    print("  closed:", state(ca), "/", state(cb))


def basics(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== handshake, data both ways, close")
    listener = b.listen(7)
    ca = a.connect(IP_B, 7, 0)
    print("  A", state(ca), "accept before:", listener.accept())
    wire.carry(1 * MS)
    cb = listener.accept()
    assert cb is not None
    print("  A", state(ca), "B", state(cb), "mss", ca.mss, cb.mss, "cwnd", ca.cwnd)
    print("  sent", ca.send(b"hello, tcp", 2 * MS))
    wire.carry(3 * MS)
    print("  B reads", cb.readable(), cb.recv(4, 4 * MS), cb.recv(100, 4 * MS), cb.recv(100, 4 * MS))
    print("  sent", cb.send(b"and back", 5 * MS))
    wire.carry(6 * MS)
    print("  A reads", ca.recv(100, 7 * MS), "srtt", ca.srtt, "rto", ca.rto)
    close_both(wire, ca, cb, 8 * MS)
    print("  A", state(ca), "B", state(cb), "eof", cb.at_eof(), ca.at_eof())
    print(" ", tables(a, b))
    wire.run(8 * MS, 70 * S, 10 * S)
    print("  after 2 MSL: A", state(ca), tables(a, b))


def bulk(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== bulk both ways with back-pressure")
    wire.quiet = True
    ca, cb = handshake(wire, a, b, 7, 100 * S)
    up = pattern(640_000, 1)
    down = pattern(160_000, 2)
    got_b = bytearray()
    got_a = bytearray()
    sent_a = sent_b = 0
    now = 100 * S
    rounds = 0
    full = 0
    while len(got_b) < len(up) or len(got_a) < len(down):
        rounds += 1
        now += MS
        n = ca.send(up[sent_a:sent_a + 160_000], now)
        if n < min(160_000, len(up) - sent_a):
            full += 1
        sent_a += n
        sent_b += cb.send(down[sent_b:sent_b + 80_000], now)
        wire.carry(now)
        if rounds % 3 == 0:   # B reads slowly: A's buffer fills and waits
            got_b.extend(cb.recv(80_000, now))
        got_a.extend(ca.recv(400_000, now))
        wire.carry(now)
        if rounds > 1000:
            print("  stuck")
            break
    print("  rounds", rounds, "A's buffer was full", full > 0, "up ok", bytes(got_b) == up,
          "down ok", bytes(got_a) == down, "retransmits", ca.retransmits, cb.retransmits)
    print("  send space", ca.send_space(), "window", cb.receive_window(), "cwnd grew", ca.cwnd > 10 * ca.mss)
    close_both(wire, ca, cb, now)
    wire.run(now, now + 61 * S, 30 * S)
    print(" ", tables(a, b))
    wire.quiet = False


def loss(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== loss: the timer retransmits with backoff (1 s, 2 s, 4 s)")
    ca, cb = handshake(wire, a, b, 7, 200 * S)
    ca.send(b"timed", 200 * S)
    wire.carry(200 * S + 20 * MS)
    print("  srtt", ca.srtt, "rttvar", ca.rttvar, "rto", ca.rto, cb.recv(10, 201 * S))
    wire.drop = [wire.count + 1, wire.count + 2, wire.count + 3]
    ca.send(b"lost three times", 201 * S)
    wire.carry(201 * S)
    wire.run(201 * S, 209 * S, 250 * MS)
    print("  B reads", cb.recv(100, 209 * S), "rto", ca.rto, "retries", ca.retries, "retransmits", ca.retransmits)
    close_both(wire, ca, cb, 210 * S)
    wire.run(210 * S, 271 * S, 61 * S)
    print(" ", tables(a, b))


def reorder(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== out of order: B holds what is beyond a hole; the hole's retransmission delivers all")
    ca, cb = handshake(wire, a, b, 7, 280 * S)
    wire.drop = [wire.count + 1]
    ca.send(pattern(3 * ca.mss, 3), 280 * S)
    wire.carry(280 * S)
    print("  B has", cb.readable(), "in order,", len(cb.out_of_order), "held; A saw dup acks", ca.dup_acks)
    wire.run(280 * S, 282 * S, 500 * MS)
    print("  B has", cb.readable(), "held", len(cb.out_of_order), "ok",
          cb.recv(10_000, 282 * S) == pattern(3 * ca.mss, 3))
    print("== reordered: segments delivered last first")
    ca.send(pattern(3 * ca.mss + 100, 4), 283 * S)
    segs = wire.take(a)
    segs.reverse()
    wire.send(a, b, "A>B", segs[0][1], 283 * S)
    wire.send(a, b, "A>B", segs[0][1], 283 * S)
    print("  a duplicate is held once:", len(cb.out_of_order))
    for _ip, frame in segs[1:]:
        wire.send(a, b, "A>B", frame, 283 * S)
    wire.run(283 * S, 283 * S + 500 * MS, 50 * MS)
    print("  ok", cb.recv(10_000, 283 * S + 500 * MS) == pattern(3 * ca.mss + 100, 4), "held", len(cb.out_of_order))
    close_both(wire, ca, cb, 284 * S)
    wire.run(284 * S, 345 * S, 61 * S)
    print("== fast retransmit on the third duplicate ACK, without waiting for the timer")
    ca, cb = handshake(wire, a, b, 7, 350 * S)
    ca.send(pattern(6 * ca.mss, 5), 350 * S)
    wire.drop = [wire.count + 2]
    wire.carry(350 * S)
    print("  cwnd", ca.cwnd, "ssthresh", ca.ssthresh, "retransmits", ca.retransmits, "timer running", ca.rto_at >= 0)
    print("  ok", cb.recv(100_000, 350 * S) == pattern(6 * ca.mss, 5))
    close_both(wire, ca, cb, 351 * S)
    wire.run(351 * S, 412 * S, 61 * S)
    print(" ", tables(a, b))


def zero_window(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== zero window: A probes until B reads")
    wire.quiet = True
    ca, cb = handshake(wire, a, b, 7, 420 * S)
    data = pattern(400_000, 6)
    sent = ca.send(data, 420 * S)
    wire.carry(420 * S)
    sent += ca.send(data[sent:], 420 * S)
    wire.carry(420 * S)
    print("  sent", sent, "B holds", cb.readable(), "A sees window", ca.snd_wnd, "in flight",
          (ca.snd_nxt - ca.snd_una) & tcp.MASK)
    wire.quiet = False
    wire.run(420 * S, 423 * S + 500 * MS, 500 * MS)
    got = cb.recv(400_000, 424 * S)
    wire.carry(424 * S)
    sent += ca.send(data[sent:], 424 * S)
    wire.carry(424 * S)
    got += cb.recv(400_000, 424 * S)
    print("  after reading: got", len(got), "ok", got == data[:len(got)], "sent", sent)
    close_both(wire, ca, cb, 425 * S)
    wire.run(425 * S, 486 * S, 61 * S)
    print(" ", tables(a, b))
    wire.quiet = False


def half_close(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== half-close: A shuts its side, B keeps sending")
    ca, cb = handshake(wire, a, b, 7, 600 * S)
    ca.send(b"request", 600 * S)
    ca.shutdown(600 * S)
    print("  A", state(ca), "send space", ca.send_space(), "sent after shutdown", ca.send(b"x", 600 * S))
    wire.carry(600 * S)
    print("  B", state(cb), "reads", cb.recv(100, 600 * S), "eof", cb.at_eof(), cb.recv(100, 600 * S))
    cb.send(b"response 1", 601 * S)
    wire.carry(601 * S)
    cb.send(b"response 2", 602 * S)
    cb.shutdown(602 * S)
    wire.drop = [wire.count + 4]     # A's ACK of B's FIN: B retransmits its FIN, A's TIME-WAIT restarts
    wire.carry(602 * S)
    print("  A reads", ca.recv(100, 602 * S), "eof", ca.at_eof(), "A", state(ca), "B", state(cb))
    print("  TIME-WAIT ends at", ca.close_at // S)
    wire.run(603 * S, 603 * S, S)
    print("  A", state(ca), "B", state(cb), "TIME-WAIT ends at", ca.close_at // S)
    wire.run(663 * S, 664 * S, S)
    print("  A", state(ca), tables(a, b))


def simultaneous(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== simultaneous open: both SYNs cross")
    ca = a.connect(IP_B, 5000, 800 * S, local_port=6000)
    cb = b.connect(IP_A, 6000, 800 * S, local_port=5000)
    wire.carry(800 * S)
    print("  A", state(ca), "B", state(cb))
    ca.send(b"ping", 801 * S)
    cb.send(b"pong", 801 * S)
    wire.carry(801 * S)
    print("  A reads", ca.recv(10, 802 * S), "B reads", cb.recv(10, 802 * S))
    try:
        a.connect(IP_B, 5000, 802 * S, local_port=6000)
    except OSError as e:
        print("  ", type(e).__name__, e)
    print("== simultaneous close: both FINs cross")
    ca.close(803 * S)
    cb.close(803 * S)
    print("  A", state(ca), "B", state(cb))
    wire.carry(803 * S)
    print("  A", state(ca), "B", state(cb))
    wire.run(803 * S, 864 * S, 330 * S)
    print("  A", state(ca), "B", state(cb), tables(a, b))


def resets(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== RST to a closed port: the connect is refused")
    c = a.connect(IP_B, 9, 900 * S)
    wire.carry(900 * S)
    print("  A", state(c), "eof", c.at_eof(), "resets sent by B", b.resets_sent, tables(a, b))
    print("== a stray ACK to a closed port gets a RST with its ack as seq")
    frame = Buffer(bytearray(tcp.HEADER_LEN))
    tcp.emit(frame, 40000, 9, 1234, 5678, tcp.ACK, 1000, IP_A, IP_B)
    b.receive(IP_A, IP_B, frame, 900 * S)
    wire.carry(900 * S)
    print("== RFC 5961: a RST inside the window but not at rcv_nxt gets a challenge ACK")
    ca, cb = handshake(wire, a, b, 7, 901 * S)
    frame = Buffer(bytearray(tcp.HEADER_LEN))
    tcp.emit(frame, ca.local_port, 7, (ca.snd_nxt + 100) & tcp.MASK, 0, tcp.RST, 0, IP_A, IP_B)
    b.receive(IP_A, IP_B, frame, 901 * S)
    wire.carry(901 * S)
    print("  B", state(cb), "challenge ACKs", b.challenge_acks)
    print("  a SYN on the established connection gets one too")
    tcp.emit(frame, ca.local_port, 7, (ca.snd_nxt + 10) & tcp.MASK, 0, tcp.SYN, 1000, IP_A, IP_B)
    b.receive(IP_A, IP_B, frame, 901 * S)
    wire.carry(901 * S)
    print("  B", state(cb), "challenge ACKs", b.challenge_acks)
    print("  a RST out of the window is ignored; one at rcv_nxt resets")
    tcp.emit(frame, ca.local_port, 7, (ca.snd_nxt + 1_000_000) & tcp.MASK, 0, tcp.RST, 0, IP_A, IP_B)
    b.receive(IP_A, IP_B, frame, 901 * S)
    print("  B", state(cb))
    tcp.emit(frame, ca.local_port, 7, ca.snd_nxt, 0, tcp.RST, 0, IP_A, IP_B)
    b.receive(IP_A, IP_B, frame, 901 * S)
    print("  B", state(cb), "eof", cb.at_eof(), "send space", cb.send_space())
    print("== abort sends a RST")
    ca.abort()
    wire.carry(902 * S)
    print("  A", state(ca), tables(a, b))


def backlog(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== backlog of 2: the third SYN is dropped and retransmitted")
    listener = b.listen(8, backlog=2)
    conns = [a.connect(IP_B, 8, 1000 * S) for _ in range(3)]
    wire.carry(1000 * S)
    print("  states", [state(c) for c in conns], "dropped", listener.dropped, "ready", len(listener.ready))
    first = listener.accept()
    assert first is not None
    wire.run(1000 * S, 1001 * S, 250 * MS)
    print("  states", [state(c) for c in conns], "ready", len(listener.ready))
    print("  closing the listener resets what waits")
    listener.close()
    wire.carry(1002 * S)
    print("  states", [state(c) for c in conns])
    first.abort()
    wire.carry(1002 * S)
    for c in conns:
        c.abort()
    print(" ", tables(a, b))
    try:
        b.listen(0)
    except ValueError as e:
        print("  ", type(e).__name__, e)
    b.listen(8)
    try:
        b.listen(8)
    except OSError as e:
        print("  ", type(e).__name__, e)
    b.listeners[8].close()


def give_up(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== nobody answers: SYN at 0, 1, 3, 7, 15, 31 s, then the connect fails")
    c = a.connect(IPAddr.parse("10.0.0.99"), 80, 1800 * S)
    times: list[int] = []
    t = 1800 * S
    while c.state != tcp.CLOSED and t < 2000 * S:
        for _ip, _frame in wire.take(a):
            times.append((t - 1800 * S) // S)
        t += 500 * MS
        a.tick(t)
    print("  sent at", times, "gave up at", (t - 1800 * S) / S, state(c), tables(a, b))
    print("== established, then the peer vanishes: 8 retransmissions, then timed out")
    ca, cb = handshake(wire, a, b, 7, 2000 * S)
    ca.send(b"anyone?", 2000 * S)
    sends: list[float] = []
    t = 2000 * S
    while ca.state != tcp.CLOSED and t < 3000 * S:
        for _ip, _frame in wire.take(a):
            sends.append((t - 2000 * S) / S)
        t += 500 * MS
        a.tick(t)
    print("  sent at", sends, state(ca))
    cb.abort()
    wire.take(b)
    print(" ", tables(a, b))


def churn(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== 200 connections: closed, reset by either side, or abandoned in the handshake")
    wire.quiet = True
    a.resets_sent = b.resets_sent = 0
    listener = b.listen(9000, backlog=8)
    t = 2100 * S
    for i in range(200):
        t += 200 * MS
        a.tick(t)
        b.tick(t)
        wire.carry(t)
        ca = a.connect(IP_B, 9000, t)
        if i % 4 == 3:
            wire.drop = [wire.count + 2]       # the SYN,ACK is lost: B's retransmission gets a RST
            wire.carry(t)
            ca.abort()
            continue
        wire.carry(t)
        cb = listener.accept()
        assert cb is not None
        ca.send(pattern(500, i), t)
        wire.carry(t)
        cb.send(cb.recv(5000, t), t)
        wire.carry(t)
        if i % 4 == 0:
            close_quietly(wire, ca, cb, t)
        elif i % 4 == 1:
            ca.abort()
        else:
            cb.abort()
        wire.carry(t)
    print("  now: A", len(a.connections), "B", len(b.connections), "embryonic", listener.embryonic)
    wire.run(t, t + 120 * S, 1 * S)
    print("  later: A", len(a.connections), "B", len(b.connections), "embryonic", listener.embryonic,
          "ready", len(listener.ready), "dropped", listener.dropped, "resets sent", a.resets_sent, b.resets_sent)
    listener.close()
    wire.quiet = False


def close_quietly(wire: Wire, ca: Connection, cb: Connection, now: int) -> None:
    ca.close(now)
    wire.carry(now)
    cb.close(now)
    wire.carry(now)


def malformed(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== malformed segments are counted and dropped")
    frame = Buffer(bytearray(tcp.HEADER_LEN + 4))
    tcp.emit(frame, 1, 7, 1, 0, tcp.SYN, 1000, IP_A, IP_B, mss=1460)
    bad = Buffer(bytearray(frame.tobytes()))
    bad.set_u8(23, bad.get_u8(23) ^ 1)
    b.receive(IP_A, IP_B, bad, 3000 * S)
    b.receive(IP_A, IP_B, frame.slice(0, 12), 3000 * S)
    short = Buffer(bytearray(frame.tobytes()))
    short.set_u8(12, 0xF0)
    b.receive(IP_A, IP_B, short, 3000 * S)
    print("  malformed", b.malformed, "sent", len(b.outbox))
    odd = Buffer(bytearray(tcp.HEADER_LEN + 12))
    odd.write(20, b"\x01\x01\x03\x03\x07\x02\x04\x05\xb4\x00\x00\x00")
    odd.set_u8(12, 0x80)
    print("  options: mss after nops and wscale", Segment(odd).mss())
    odd.write(20, b"\x05\x00\x02\x04\x05\xb4\x00\x00")
    print("  a zero-length option ends the scan", Segment(odd).mss())
    print("  seq arithmetic", tcp.seq_lt(0xFFFFFFF0, 5), tcp.seq_lt(5, 0xFFFFFFF0), tcp.seq_le(7, 7))


PARSE_CASES = [
    ("all four", b"\x02\x04\x05\xb4\x04\x02\x08\x0a\x00\x00\x00\x07\x00\x00\x00\x09\x01\x03\x03\x07"),
    ("length 0", b"\x02\x00\x05\xb4"),
    ("length 1", b"\x03\x01\x07\x00"),
    ("past the end", b"\x01\x02\x08\x05\xb4\x00\x00\x00"),
    ("kind alone at the end", b"\x01\x01\x01\x08"),
    ("wrong lengths", b"\x02\x03\x05\x03\x04\x00\x04\x03\x00\x08\x06\x00\x00\x00\x01\x00"),
    ("wscale 200", b"\x03\x03\xc8\x00"),
    ("sack 2 blocks", b"\x01\x01\x05\x12\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04"),
    ("sack length 7", b"\x05\x07\x00\x00\x00\x01\x00\x00"),
    ("sack length 2", b"\x05\x02\x02\x04\x05\xb4\x00\x00"),
    ("four sack blocks", b"\x05\x22" + bytes(range(32)) + b"\x00\x00"),
    ("end then mss", b"\x00\x00\x02\x04\x05\xb4\x00\x00"),
]


def options(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== options: parsed, negotiated, PAWS")
    for name, raw in PARSE_CASES:
        buf = Buffer(bytearray(tcp.HEADER_LEN + len(raw)))
        buf.write(tcp.HEADER_LEN, raw)
        buf.set_u8(12, ((tcp.HEADER_LEN + len(raw)) // 4) << 4)
        o = Segment(buf).options()
        print(f"  {name}: mss={o.mss} ws={o.wscale} sackok={o.sack_ok} ts={o.has_ts} {o.tsval}/{o.tsecr}",
              "sacks", o.sacks)
    syn = Outgoing(mss=1460, wscale=7, sack_ok=True, ts=True, tsval=5, tsecr=6)
    print("  SYN options take", syn.size(), "; ACK with timestamps and 3 SACK blocks",
          Outgoing(ts=True, sacks=[(1, 2), (3, 4), (5, 6)]).size(), "; 4 blocks alone",
          Outgoing(sacks=[(1, 2), (3, 4), (5, 6), (7, 8)]).size(), "; window shifts",
          tcp.window_shift(65535), tcp.window_shift(65536), tcp.window_shift(tcp.RECEIVE_BUFFER),
          tcp.window_shift(1 << 40), "max", tcpopts.MAX_WSCALE)
    # A peer that offers nothing but the MSS gets a SYN-ACK with nothing else.
    frame = Buffer(bytearray(tcp.HEADER_LEN + 4))
    tcp.emit(frame, 999, 7, 1, 0, tcp.SYN, 1000, IP_A, IP_B, mss=1000)
    b.receive(IP_A, IP_B, frame, 3100 * S)
    for _ip, out in wire.take(b):
        print(" ", wire.describe("B>A", out, IP_B, IP_A))
    plain = b.connections[(IP_A.packed, 999, 7)]
    print("  plain:", plain.ws_ok, plain.ts_ok, plain.sack_ok, "mss", plain.mss, "window", plain.receive_window())
    rst = Buffer(bytearray(tcp.HEADER_LEN))
    tcp.emit(rst, 999, 7, 2, 0, tcp.RST, 0, IP_A, IP_B)
    b.receive(IP_A, IP_B, rst, 3100 * S)
    # Both offer everything.
    ca, cb = handshake(wire, a, b, 7, 3101 * S)
    print("  negotiated:", ca.ws_ok, ca.snd_scale, ca.rcv_scale, ca.ts_ok, ca.sack_ok, "mss", ca.mss,
          "window", ca.receive_window(), cb.snd_wnd)
    ca.send(b"timed", 3101 * S + 20 * MS)
    wire.carry(3101 * S + 20 * MS)
    print("  srtt", ca.srtt, "rto", ca.rto, "B echoes", cb.ts_recent == (3101 * 1000 + 20 + ca.ts_offset) & tcp.MASK)
    # PAWS: an older TSval is acknowledged and dropped.
    stale = Buffer(bytearray(tcp.HEADER_LEN + 12 + 5))
    stale.write(tcp.HEADER_LEN + 12, b"stale")
    tcp.emit(stale, ca.local_port, 7, ca.snd_nxt, ca.rcv_nxt, tcp.ACK, 1000, IP_A, IP_B,
             opts=Outgoing(ts=True, tsval=(cb.ts_recent - 5) & tcp.MASK, tsecr=0))
    b.receive(IP_A, IP_B, stale, 3102 * S)
    replies = wire.take(b)
    print("  PAWS: B holds", cb.readable(), "replies", len(replies),
          Segment(replies[0][1]).ack() == ca.snd_nxt if replies else "")
    close_both(wire, ca, cb, 3103 * S)
    wire.run(3103 * S, 3164 * S, 61 * S)
    print(" ", tables(a, b))


def timers(a: Tcp, b: Tcp, wire: Wire) -> None:
    print("== delayed ACK, Nagle, keepalive")
    t = 3200 * S
    ca, cb = handshake(wire, a, b, 7, t)
    ca.send(b"one", t)
    wire.carry(t)
    print("  B's ACK waits until", (cb.ack_at - t) // MS, "ms")
    wire.run(t, t + 60 * MS, 10 * MS)
    ca.send(pattern(2 * ca.mss, 9), t + S)
    wire.carry(t + S)
    print("  two full segments: acknowledged at once", ca.snd_una == ca.snd_max, "timer", cb.ack_at)
    t += 2 * S
    ca.send(b"a", t)
    ca.send(b"b", t)
    print("  Nagle: the second small write waits while the first is in flight:", len(a.outbox),
          "segment out,", len(ca.sendq), "queued")
    wire.carry(t)
    wire.run(t, t + 100 * MS, 20 * MS)
    print("  after the ACK both went:", ca.snd_una == ca.snd_max, len(cb.recv(10_000, t + 100 * MS)))
    ca.nodelay = True
    t += S
    ca.send(b"c", t)
    ca.send(b"d", t)
    print("  nodelay: both at once:", len(a.outbox))
    wire.carry(t)
    wire.run(t, t + 100 * MS, 50 * MS)
    cb.recv(100, t + 100 * MS)
    t += S
    ca.set_keepalive(10 * S, t, interval=2 * S, count=3)
    wire.run(t, t + 11 * S, S)
    print("  keepalive answered:", state(ca), "probes unanswered", ca.keep_probes)
    wire.drop = list(range(wire.count + 1, wire.count + 100))
    wire.run(t + 11 * S, t + 30 * S, S)
    print("  keepalive unanswered:", state(ca), state(cb))
    wire.drop = []
    cb.abort()
    wire.carry(t + 30 * S)
    print(" ", tables(a, b))


def main() -> None:
    a = Tcp(IP_A, 1460, 1)
    b = Tcp(IP_B, 1460, 2)
    wire = Wire(a, b)
    basics(a, b, wire)
    bulk(a, b, wire)
    loss(a, b, wire)
    reorder(a, b, wire)
    zero_window(a, b, wire)
    half_close(a, b, wire)
    simultaneous(a, b, wire)
    resets(a, b, wire)
    backlog(a, b, wire)
    give_up(a, b, wire)
    churn(a, b, wire)
    malformed(a, b, wire)
    options(a, b, wire)
    timers(a, b, wire)
    b.listeners[7].close()
    print("end:", tables(a, b), "segments carried", wire.carried)


main()
