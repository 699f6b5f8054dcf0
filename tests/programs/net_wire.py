# unicc_net's header views (Ethernet, ARP, IPv4, ICMP, UDP) and addresses on
# frames Linux sent to a TAP interface (captured once: facts, not our own
# output), malformed variants of them, and the Internet checksum's known answer.
from unicc_buf import Buffer
from unicc_net import arp, ethernet, icmp, ipv4, udp
from unicc_net.addr import Interface, IPAddr
from unicc_net.wire import checksum, checksum_add, checksum_fold

ARP_WHO_HAS_3 = "ffffffffffffb26f66361fd008060001080006040001b26f66361fd00a0000010000000000000a000003"
PING_24 = ("020000000002b26f66361fd00800450000348b80400040019b460a0000010a0000020800f092214c00014fbd156b"
           "00000000e860020000000000a5a5a5a5a5a5a5a5")
UDP_ECHO = ("020000000002b26f66361fd008004500002706b640004011200e0a0000010a0000029c400007001318b268656c6c"
            "6f2c206563686f")

# RFC 1071 style known answer: the checksum of this IPv4 header is 0xb861.
header = Buffer(bytes.fromhex("450000730000400040110000c0a80001c0a800c7"))
print(hex(checksum(header)), hex(checksum_fold(checksum_add(Buffer(b"\x01"), 0))), checksum(Buffer(b"")))

frame = Buffer(bytes.fromhex(PING_24))
eth = ethernet.Frame(frame)
print(eth.check(), ethernet.mac_str(eth.dst()), ethernet.mac_str(eth.src()), hex(eth.ethertype()))
ip = ipv4.Packet(eth.payload())
print(ip.check(), ip.header_len(), ip.total_len(), ip.ident(), ip.dont_fragment(), ip.more_fragments(),
      ip.frag_offset(), ip.ttl(), ip.protocol(), ip.src(), ip.dst())
m = icmp.Message(ip.payload())
print(m.check(), m.type(), m.code(), m.ident(), m.seq(), m.data().tobytes().hex())
reply = Buffer(bytearray(len(m.buf)))
icmp.emit_echo_reply(reply, m)
print(reply.tobytes().hex(), icmp.Message(reply).check())

u_ip = ipv4.Packet(ethernet.Frame(Buffer(bytes.fromhex(UDP_ECHO))).payload())
u = udp.Header(u_ip.payload())
print(u_ip.check(), u.check(u_ip.src(), u_ip.dst()), u.src_port(), u.dst_port(), u.length(), u.payload().tobytes())
back = Buffer(bytearray(8 + len(u.payload())))
back.write(8, u.payload())
udp.emit(back, 7, 40000, u_ip.dst(), u_ip.src())
print(back.tobytes().hex(), udp.Header(back).check(u_ip.dst(), u_ip.src()), udp.Header(back).check(u_ip.src(), u_ip.src()))

a = arp.Packet(ethernet.Frame(Buffer(bytes.fromhex(ARP_WHO_HAS_3))).payload())
print(a.check(), a.is_ethernet_ipv4(), a.oper(), a.sha().hex(), a.spa(), a.tha().hex(), a.tpa())
out = Buffer(bytearray(arp.packet_len(b"\x02" * 6, IPAddr.parse("10.0.0.3"))))
arp.emit(out, arp.REPLY, b"\x02" * 6, IPAddr.parse("10.0.0.3"), a.sha(), a.spa())
print(out.tobytes().hex())

# A 20-byte header we emit, read back.
h = Buffer(bytearray(20 + 4))
ipv4.emit(h, 4, 0x1234, ipv4.UDP, IPAddr.parse("192.168.1.1"), IPAddr.parse("192.168.1.255"), ttl=3, flags=ipv4.MF | 5)
p = ipv4.Packet(h)
print(h.tobytes().hex(), p.check(), p.ttl(), p.more_fragments(), p.frag_offset(), p.dont_fragment())

# Malformed: each check says no, nothing raises.
def mutated(hexframe: str, off: int, value: int) -> Buffer:
    b = bytearray(bytes.fromhex(hexframe))
    b[off] = value
    return Buffer(b)

bad = [
    ("ip version 6", mutated(PING_24, 14, 0x65)),
    ("ip ihl 4", mutated(PING_24, 14, 0x44)),
    ("ip ihl 15", mutated(PING_24, 14, 0x4F)),
    ("ip total > frame", mutated(PING_24, 16, 0x10)),
    ("ip checksum", mutated(PING_24, 24, 0x00)),
    ("ip ttl changed", mutated(PING_24, 22, 0x01)),
]
for name, f in bad:
    print(name, ipv4.Packet(ethernet.Frame(f).payload()).check())
for n in [0, 13, 14, 20, 33]:
    t = Buffer(bytes.fromhex(PING_24)).slice(0, n)
    e = ethernet.Frame(t)
    print("truncated", n, e.check(), e.check() and ipv4.Packet(e.payload()).check())
m2 = icmp.Message(ipv4.Packet(ethernet.Frame(mutated(PING_24, 60, 0)).payload()).payload())
print("icmp data changed", m2.check(), icmp.Message(Buffer(b"\x08\x00\xf7")).check())
for off, v in [(38, 0x01), (39, 0x07), (39, 0x40), (43, 0x00)]:
    ub = ipv4.Packet(ethernet.Frame(mutated(UDP_ECHO, off, v)).payload())
    print("udp byte", off, v, udp.Header(ub.payload()).check(ub.src(), ub.dst()))
print("udp short", udp.Header(Buffer(b"\x00\x07\x00\x07\x00")).check(IPAddr(bytes(4)), IPAddr(bytes(4))))
zero = bytearray(bytes.fromhex(UDP_ECHO))
zero[40] = zero[41] = 0
zu = ipv4.Packet(ethernet.Frame(Buffer(zero)).payload())
print("udp no checksum", udp.Header(zu.payload()).check(zu.src(), zu.dst()))
for n in [7, 8, 27]:
    pa = arp.Packet(ethernet.Frame(Buffer(bytes.fromhex(ARP_WHO_HAS_3))).payload().slice(0, n))
    print("arp", n, pa.check())
print("arp ipv6 sizes", arp.Packet(mutated(ARP_WHO_HAS_3, 19, 16).slice(14, 42)).check())

# Addresses.
x = IPAddr.parse("10.0.0.2")
print(x, repr(x), x.version(), x == IPAddr(b"\n\x00\x00\x02"), x == IPAddr.parse("10.0.0.3"), x == "10.0.0.2",
      len({x, IPAddr.parse("10.0.0.2"), IPAddr.parse("10.0.0.1")}))
print(IPAddr(bytes(range(16))), IPAddr(bytes(16)).version())
for text in ["10.0.0", "10.0.0.256", "a.b.c.d", "1.2.3.4.5", "", "01234.1.1.1"]:
    try:
        IPAddr.parse(text)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    IPAddr(b"\x01\x02")
except ValueError as e:
    print(type(e).__name__, e)
net = Interface.parse("10.0.0.2/24", "10.0.0.1")
for text in ["10.0.0.9", "10.0.1.9", "10.0.0.255", "255.255.255.255", "10.0.0.0", "8.8.8.8"]:
    ip4 = IPAddr.parse(text)
    print(text, net.on_link(ip4), net.is_broadcast(ip4), net.next_hop(ip4))
alone = Interface.parse("192.168.7.1/32", "")
print(alone.on_link(IPAddr.parse("192.168.7.1")), alone.next_hop(IPAddr.parse("192.168.7.2")),
      Interface.parse("0.0.0.0/0", "").on_link(IPAddr.parse("1.2.3.4")))
for cidr, gw in [("10.0.0.2", ""), ("10.0.0.2/33", ""), ("10.0.0.2/x", ""), ("10.0.0.2/24", "gw")]:
    try:
        Interface.parse(cidr, gw)
    except ValueError as e:
        print(type(e).__name__, e)
buf = Buffer(bytearray(4))
buf.write(1, b"ab")
print(buf.tobytes())
try:
    buf.write(3, b"ab")
except IndexError as e:
    print(type(e).__name__, e)
