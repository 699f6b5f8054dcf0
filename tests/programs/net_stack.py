# unicc_net.stack.Stack, sans-I/O on a fake clock: frames Linux sent (captured
# once from a TAP interface) go in, the frames the stack would transmit come
# out in hex.  ARP (gratuitous ARP, replies, the cache's expiry, the pending
# queue's bound, the request rate limit), ICMP echo and port unreachable, UDP
# demultiplexing, IPv4 fragment reassembly (a 4000-byte ping, in and out of
# order, limits and timeout) and fragmentation of the reply, and malformed or
# random frames, which are counted and dropped without an exception.
from unicc_buf import Buffer
from unicc_net import arp, ipv4
from unicc_net.addr import Interface, IPAddr
from unicc_net.stack import Stack
from unicc_net.wire import checksum

S = 1_000_000_000
MAC = b"\x02\x00\x00\x00\x00\x02"
LINUX = "b26f66361fd0"
ARP_WHO_HAS_2 = "ffffffffffffb26f66361fd008060001080006040001b26f66361fd00a0000010000000000000a000002"
ARP_WHO_HAS_3 = "ffffffffffffb26f66361fd008060001080006040001b26f66361fd00a0000010000000000000a000003"
PING_24 = ("020000000002b26f66361fd00800450000348b80400040019b460a0000010a0000020800f092214c00014fbd156b"
           "00000000e860020000000000a5a5a5a5a5a5a5a5")
UDP_ECHO = ("020000000002b26f66361fd008004500002706b640004011200e0a0000010a0000029c400007001318b268656c6c"
            "6f2c206563686f")
UDP_NOBODY = "020000000002b26f66361fd008004500002206b74000401120120a0000010a0000029c400009000e1a2e6e6f626f6479"
# `ping -s 4000` as Linux fragments it: three IPv4 headers, the ICMP message is
# the request header, a timestamp and then bytes counting up from 0x10.
FRAG_HEADERS = ["450005dc8b8c20004001b5920a0000010a000002", "450005dc8b8c20b94001b4d90a0000010a000002",
                "4500042c8b8c01724001d5d00a0000010a000002"]
ICMP_4000 = bytes.fromhex("08000bcb215f00014fbd156b000000008a17070000000000") + bytes(i & 255 for i in range(16, 4000))


def hexed(mac: bytes | None) -> str:
    return "none" if mac is None else mac.hex()


def frame(hexframe: str) -> Buffer:
    return Buffer(bytearray(bytes.fromhex(hexframe)))


def fragments() -> list[Buffer]:
    out: list[Buffer] = []
    off = 0
    for h in FRAG_HEADERS:
        hdr = bytes.fromhex(h)
        size = int.from_bytes(hdr[2:4], "big") - 20
        out.append(Buffer(bytearray(MAC + bytes.fromhex(LINUX) + b"\x08\x00" + hdr + ICMP_4000[off:off + size])))
        off += size
    return out


def drain(s: Stack, what: str) -> list[Buffer]:
    out = s.outbox
    s.outbox = []
    for f in out:
        text = f.tobytes().hex()
        print(f"  {what}: {len(f)} {text if len(text) <= 200 else text[:100] + '..' + text[-20:]}")
    if not out:
        print(f"  {what}: nothing")
    return out


def stats(s: Stack) -> str:
    t = s.stats
    return (f"received={t.received} sent={t.sent} malformed={t.malformed} ignored={t.ignored} "
            f"unroutable={t.unroutable} arp_dropped={s.arp.dropped} frags_dropped={s.frags.dropped}")


print("start")
s = Stack(MAC, 1500, Interface.parse("10.0.0.2/24", ""), 0)
drain(s, "gratuitous ARP")
s.handle(frame(ARP_WHO_HAS_3), 1)
drain(s, "who-has 10.0.0.3")
print("cache", s.arp.lookup(IPAddr.parse("10.0.0.1"), 1))
s.handle(frame(ARP_WHO_HAS_2), 2)
drain(s, "who-has 10.0.0.2")
print("cache", hexed(s.arp.lookup(IPAddr.parse("10.0.0.1"), 2)))
s.handle(frame(PING_24), 3)
drain(s, "ping")
q = s.udp_listen(7)
s.handle(frame(UDP_ECHO), 4)
d = q.get_nowait()
print("datagram", d.data, d.src, d.src_port, q.qsize())
s.udp_send(7, d.src, d.src_port, d.data, 5)
drain(s, "udp echo")
s.handle(frame(UDP_NOBODY), 6)
drain(s, "udp port 9")
try:
    s.udp_send(7, d.src, d.src_port, bytes(65508), 5)
except ValueError as e:
    print(type(e).__name__, e)
for port in [7, 0, 65536]:
    try:
        s.udp_listen(port)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)

# ICMP errors are rate limited: 10 at once, then one per 10 ms.
sent = []
for i in range(14):
    s.handle(frame(UDP_NOBODY), 7 if i < 12 else 7 + 25_000_000)
    sent.append(len(s.outbox))
    s.outbox = []
print("port unreachable sent", sent, s.stats.icmp_limited)

print("reassembly")
parts = fragments()
for f in parts:
    s.handle(f, 10)
pieces = drain(s, "ping -s 4000")
whole = bytearray()
for f in pieces:
    p = ipv4.Packet(f.slice(14, len(f)))
    print("  fragment", p.check(), p.frag_offset(), p.more_fragments(), p.dont_fragment(), len(p.payload()))
    whole += p.payload().tobytes()
print("  reply is the request's echo:", whole[0], whole[4:] == ICMP_4000[4:], len(whole))
for order in [[2, 0, 1], [1, 1, 2, 0]]:
    for i in order:
        s.handle(fragments()[i], 11)
    print("  order", order, len(s.outbox), len(s.frags.partials))
    s.outbox = []
# A fragment reaching past 65535 bytes; a second last fragment (MF clear) ending elsewhere.
big = fragments()[2]
big.set_u16_be(20, 0x1FFF)
big.set_u16_be(24, 0)
big.set_u16_be(24, checksum(big.slice(14, 34)))
s.handle(big, 11)
s.handle(fragments()[2], 11)
short = fragments()[1]
short.set_u16_be(20, 0x0100)
short.set_u16_be(24, 0)
short.set_u16_be(24, checksum(short.slice(14, 34)))
s.handle(short, 11)
print("  bad fragments", len(s.frags.partials), s.frags.dropped, len(s.outbox))
# Limits: eight incomplete packets are kept, the ninth dropped; they time out.
for ident in range(9):
    f = fragments()[0]
    f.set_u16_be(18, ident)
    f.set_u16_be(24, 0)
    f.set_u16_be(24, checksum(f.slice(14, 34)))
    s.handle(f, 12 + ident)
print("  partials", len(s.frags.partials), stats(s))
s.tick(12 + 30 * S)
print("  after 30 s", len(s.frags.partials))
s.tick(20 + 30 * S)
print("  after 31 s", len(s.frags.partials), s.waiting())

print("arp")
far = IPAddr.parse("10.0.0.77")
for i in range(6):
    s.udp_send(1000, far, 53, bytes([i]), 20 * S + i)
drain(s, "6 sends to an unknown host")
print("  pending", len(s.arp.pending[far].frames), s.arp.dropped, s.waiting())
s.tick(20 * S + S // 2)
drain(s, "tick at +0.5 s")
s.tick(21 * S + 1)
drain(s, "tick at +1 s")
reply = frame("020000000002aabbccddeeff08060001080006040002aabbccddeeff0a00004d0200000000020a000002")
s.handle(reply, 21 * S + 2)
drain(s, "arp reply")
print("  cached", hexed(s.arp.lookup(far, 21 * S + 3)), hexed(s.arp.lookup(far, 81 * S + 3)))
s.udp_send(1000, IPAddr.parse("10.0.0.78"), 53, b"x", 90 * S)
drain(s, "send to a silent host")
s.tick(94 * S)
drain(s, "tick after 4 s")
print("  given up", len(s.arp.pending), s.arp.dropped)
# A flood of requests for us from many addresses fills the cache; the answer
# to a request of our own still gets in (the entry that expires first makes room).
for i in range(300):
    sha = bytes([2, 0, 0, 1, i >> 8, i & 255])
    spa = bytes([10, 1, i >> 8, i & 255])
    s.handle(Buffer(bytearray(b"\xff" * 6 + sha + bytes.fromhex("08060001080006040001") + sha + spa + bytes(6)
                              + bytes([10, 0, 0, 2]))), 94 * S + i)
s.outbox = []
print("  cache after a flood", len(s.arp.entries), len(s.arp.entries) <= arp.ENTRIES_MAX)
s.udp_send(1000, IPAddr.parse("10.0.0.79"), 53, b"after the flood", 94 * S + 400)
drain(s, "send to a new host")
s.handle(frame("020000000002aabbccddee7908060001080006040002aabbccddee790a00004f0200000000020a000002"), 94 * S + 401)
drain(s, "its arp reply")
print("  cached", hexed(s.arp.lookup(IPAddr.parse("10.0.0.79"), 94 * S + 402)), len(s.arp.entries))
s.udp_send(1000, IPAddr.parse("8.8.8.8"), 53, b"x", 95 * S)
drain(s, "no gateway")
g = Stack(MAC, 1500, Interface.parse("10.0.0.2/24", "10.0.0.1"), 0)
g.outbox = []
g.handle(frame(ARP_WHO_HAS_2), 1)
g.outbox = []
g.udp_send(1000, IPAddr.parse("8.8.8.8"), 53, b"x", 2)
drain(g, "through the gateway")
g.udp_send(1000, IPAddr.parse("10.0.0.255"), 53, b"x", 3)
drain(g, "broadcast")

print("malformed")
before = stats(s)
print(" ", before)
samples = [PING_24, UDP_ECHO, UDP_NOBODY, ARP_WHO_HAS_2]
seed = 12345
count = 0
for n in range(400):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    base = bytearray(bytes.fromhex(samples[seed % 4]))
    if n % 4 == 0:
        base = base[:seed % len(base)]                 # truncated
    elif n % 4 == 1:
        base[seed % len(base)] ^= 1 << (seed >> 8) % 8   # one bit flipped
    elif n % 4 == 2:
        i = 14 + seed % 10
        base[i] = (seed >> 12) & 255                  # an IP or ARP header byte
    else:
        base = bytearray((seed >> (i % 23)) & 255 for i in range(seed % 80))  # noise
    s.handle(Buffer(base), 100 * S)
    count += len(s.outbox)
    s.outbox = []
print(" ", stats(s))
print("  replies to mutated frames:", count)
s.handle(frame(PING_24), 101 * S)
drain(s, "ping still answered")
