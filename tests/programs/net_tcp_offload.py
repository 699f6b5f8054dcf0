# unicc_net.tcp with the device's offloads (Tcp(offload=True)), sans-I/O: A
# hands its TAP segments of up to 64 KiB with only the pseudo-header's sum
# in the checksum field; the wire here plays Linux, completing the checksum
# (and checking it was the pseudo-header's) before B, a plain TCP, gets the
# segment whole.  Then: a peer with a smaller MSS gets MSS-sized segments
# only; a segment the device marked checked is taken with any checksum, one
# not marked must be right; the received data is read back through the
# chunk queue in whole chunks, joined small ones, and partial reads.
from unicc_buf import Buffer
from unicc_net import tcp
from unicc_net.addr import IPAddr
from unicc_net.tcp import ChunkQueue, Connection, Segment, Tcp
from unicc_net.wire import checksum_add, checksum_fold, pseudo_sum

MS = 1_000_000
IP_A = IPAddr.parse("10.0.0.1")
IP_B = IPAddr.parse("10.0.0.2")


def pattern(n: int, seed: int) -> bytes:
    return bytes((i * 7 + seed + (i >> 8)) & 255 for i in range(n))


class Wire:
    def __init__(self, a: Tcp, b: Tcp) -> None:
        self.a = a
        self.b = b
        self.sizes: list[int] = []
        self.partial_ok = True

    def complete(self, frame: Buffer, src: IPAddr, dst: IPAddr) -> None:
        """What Linux does with NEEDS_CSUM: the field held the pseudo-header's sum; the checksum goes in."""
        pseudo = pseudo_sum(src.packed, dst.packed, tcp.PROTOCOL, len(frame))
        if frame.get_u16_be(16) != ~checksum_fold(pseudo) & 0xFFFF:
            self.partial_ok = False
        frame.set_u16_be(16, 0)
        frame.set_u16_be(16, checksum_fold(checksum_add(frame, pseudo)))

    def carry(self, now: int) -> None:
        for _ in range(10_000):
            moved = False
            for src, dst in ((self.a, self.b), (self.b, self.a)):
                out = src.outbox
                src.outbox = []
                for _ip, frame in out:
                    moved = True
                    if src.offload:
                        self.complete(frame, src.addr, dst.addr)
                        self.sizes.append(len(Segment(frame).payload()))
                    ok = Segment(frame).check(src.addr, dst.addr)
                    if not ok:
                        print("  bad checksum on the wire")
                    dst.receive(src.addr, dst.addr, frame, now)
            if not moved:
                return


def connect(wire: Wire, a: Tcp, b: Tcp, port: int, now: int) -> tuple[Connection, Connection]:
    listener = b.listen(port)
    ca = a.connect(IP_B, port, now)
    wire.carry(now)
    cb = listener.accept()
    assert cb is not None
    return ca, cb


def bulk(mss_b: int) -> None:
    a = Tcp(IP_A, 1460, 11, offload=True)
    b = Tcp(IP_B, mss_b, 22)
    wire = Wire(a, b)
    ca, cb = connect(wire, a, b, 80, 0)
    print("== A to B, B's MSS", mss_b, ": A's mss", ca.mss, "burst", ca.burst(ca.room()))
    data = pattern(400_000, 5)
    got: list[bytes] = []
    sent = 0
    now = MS
    for _ in range(2000):
        now += MS
        sent += ca.send(data[sent:sent + 144_800], now)   # 100 segments of 1448
        wire.carry(now)
        while cb.readable():
            got.append(cb.recv(1 << 20, now))
        wire.carry(now)
        if sent == len(data) and cb.readable() == 0 and ca.snd_una == ca.snd_nxt:
            break
    joined = b"".join(got)
    print("  arrived intact", joined == data, "checksums were partial", wire.partial_ok)
    big = [n for n in wire.sizes[:-1] if n > ca.room()]   # the last one is what was left
    print("  segments", len(wire.sizes), "largest", max(wire.sizes), "over one MSS", len(big),
          "all whole MSS multiples", all(n % ca.room() == 0 for n in big), "cwnd grew", ca.cwnd > 100 * ca.mss)
    print("  reads", len(got), "largest read", max(len(g) for g in got))


def checked() -> None:
    print("== checked by the device")
    a = Tcp(IP_A, 1460, 11, offload=True)
    b = Tcp(IP_B, 1460, 22)
    wire = Wire(a, b)
    ca, cb = connect(wire, a, b, 80, 0)
    cb.send(b"ping" * 10, MS)
    out = b.outbox
    b.outbox = []
    frame = out[0][1]
    frame.set_u16_be(16, frame.get_u16_be(16) ^ 0x5555)     # broken
    a.receive(IP_B, IP_A, frame, 2 * MS)
    print("  unchecked, broken:", ca.readable(), "malformed", a.malformed)
    a.receive(IP_B, IP_A, frame, 2 * MS, True)
    print("  marked checked:", ca.readable(), ca.recv(100, 3 * MS))
    short = Buffer(bytearray(10))
    a.receive(IP_B, IP_A, short, 3 * MS, True)
    print("  too short, marked checked: malformed", a.malformed)


def chunks() -> None:
    print("== the receive queue's chunks")
    q = ChunkQueue()
    print(" ", len(q), q.take(10))
    for piece in (b"abc", b"defgh", b"", b"i" * 3000, b"jk"):
        q.add(piece)
    print(" ", len(q), q.take(2), q.take(4), q.take(100), len(q))
    print(" ", len(q.take(100)), len(q.take(5000)), q.take(5), q.take(5), len(q))
    for i in range(200):
        q.add(bytes([i]) * 3000)
    total = 0
    reads = 0
    while len(q):
        total += len(q.take(4096 if reads % 2 else 7000))
        reads += 1
    print("  200 chunks:", total, "bytes in", reads, "reads; queue", len(q), q.chunks, q.first, q.head)


def main() -> None:
    bulk(1460)
    bulk(1000)
    checked()
    chunks()


main()
