"""The stack: Ethernet, ARP, IPv4, ICMP, UDP and TCP put together.

`Stack` is the protocol logic, sans-I/O: `handle(frame, now)` takes a
received frame, `tick(now)` runs the timers, `udp_send` queues a datagram,
and the frames to transmit collect in `outbox`.  Every test drives it with
hand-built frames and a fake clock (tests/programs/net_stack.py).

`DirectStack` is the device (`unicc_devices.Stack`, chosen with `--net
tap:NAME --ipv4 ADDR/PREFIX`): a Stack over a Netif, driven by the event
loop.  A received frame is read once into one buffer and every layer looks
at it through Buffer slices; a frame to send is allocated once with room for
every header, and each layer writes its own in place.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices import Clock, Netif
import unicc_sys
from unicc_loop import Queue, register_poller, sleep, spawn
from unicc_net import arp, dhcp, ethernet, icmp, ipv4, tcp, udp
from unicc_net.addr import Interface, IPAddr
from unicc_net.sockets import DirectListener, DirectStream
from unicc_net.udp import Datagram

L4 = ethernet.HEADER_LEN + ipv4.HEADER_LEN   # where a transport header starts in a frame
BIG_FRAME = ethernet.HEADER_LEN + ipv4.MAX_SIZE  # the longest frame a device with offloads passes
UDP_QUEUE = 64                               # datagrams held per port before new ones are dropped
ICMP_ERROR_BURST = 10                        # ICMP errors sent at once at most, then
ICMP_ERROR_EVERY_NS = 10_000_000             # one more per 10 ms (RFC 1812 4.3.2.8)


class Stats:
    def __init__(self) -> None:
        self.received = 0
        self.sent = 0
        self.malformed = 0      # failed a check: truncated, bad length or checksum
        self.ignored = 0        # well formed, not for us or not handled
        self.unroutable = 0
        self.icmp_limited = 0   # ICMP errors not sent (rate limit)


class Stack:
    def __init__(self, mac: bytes, mtu: int, iface: Interface, now: int, offload: bool = False) -> None:
        self.mac = mac
        self.mtu = mtu
        self.offload = offload      # the device checksums and segments TCP (Netif.offloads)
        self.iface = iface
        self.arp = arp.Cache()
        self.frags = ipv4.Reassembler()
        self.ident = 0
        self.ports: dict[int, Queue[Datagram]] = {}
        self.outbox: list[Buffer] = []
        self.stats = Stats()
        self.icmp_tokens = ICMP_ERROR_BURST
        self.icmp_refilled = now
        self.tcp = tcp.Tcp(iface.addr, mtu - ipv4.HEADER_LEN - tcp.HEADER_LEN, now, headroom=L4,
                           offload=offload)
        self.set_interface(iface)

    def set_interface(self, iface: Interface) -> None:
        """The address (DHCP changes it); connections keep the one they have."""
        self.iface = iface
        self.tcp.addr = iface.addr
        if iface.addr.packed != bytes(4):
            # Gratuitous ARP: announce the address (and update the neighbours' caches).
            self.send_arp(arp.REQUEST, ethernet.BROADCAST, bytes(6), iface.addr)

    # ---- receiving ------------------------------------------------------------------

    def handle(self, frame: Buffer, now: int, checked: bool = False) -> None:
        """One received frame; whatever is wrong with it, it is dropped and
        counted.  checked: the device has checked its TCP or UDP checksum."""
        self.stats.received += 1
        try:
            eth = ethernet.Frame(frame)
            if not eth.check():
                self.stats.malformed += 1
                return
            dst = eth.dst()
            if dst != self.mac and dst != ethernet.BROADCAST:
                self.stats.ignored += 1
            elif eth.ethertype() == ethernet.ARP:
                self.handle_arp(arp.Packet(eth.payload()), now)
            elif eth.ethertype() == ethernet.IPV4:
                self.handle_ipv4(ipv4.Packet(eth.payload()), now, checked)
            else:
                self.stats.ignored += 1
        except IndexError:
            self.stats.malformed += 1   # a view read past its buffer: a check missed a case

    def handle_arp(self, p: arp.Packet, now: int) -> None:
        if not p.check() or not p.is_ethernet_ipv4():
            self.stats.malformed += 1
            return
        spa = p.spa()
        for_us = p.tpa() == self.iface.addr
        if spa.packed != bytes(4) and p.sha() != ethernet.BROADCAST:
            for frame in self.arp.learn(spa, p.sha(), now, for_us):
                ethernet.emit(frame, p.sha(), self.mac, ethernet.IPV4)
                self.transmit(frame)
        if for_us and p.oper() == arp.REQUEST:
            self.send_arp(arp.REPLY, p.sha(), p.sha(), spa)

    def handle_ipv4(self, p: ipv4.Packet, now: int, checked: bool = False) -> None:
        if not p.check():
            self.stats.malformed += 1
            return
        dst = p.dst()
        if dst != self.iface.addr and not self.iface.is_broadcast(dst):
            self.stats.ignored += 1
            return
        if p.more_fragments() or p.frag_offset():
            whole = self.frags.add(p, now)
            if whole is None:
                return
            p = ipv4.Packet(whole)
            checked = False
        proto = p.protocol()
        if proto == ipv4.ICMP:
            self.handle_icmp(p, icmp.Message(p.payload()), now)
        elif proto == ipv4.UDP:
            self.handle_udp(p, udp.Header(p.payload()), now, checked)
        elif proto == ipv4.TCP and dst == self.iface.addr:
            self.tcp.receive(p.src(), dst, p.payload(), now, checked)
            self.send_tcp(now)
        else:
            self.stats.ignored += 1

    def handle_icmp(self, p: ipv4.Packet, m: icmp.Message, now: int) -> None:
        if not m.check():
            self.stats.malformed += 1
        elif m.type() == icmp.ECHO_REQUEST and m.code() == 0 and p.dst() == self.iface.addr:
            frame, l4 = self.new_frame(len(m.buf))
            icmp.emit_echo_reply(l4, m)
            self.send_ip(frame, p.src(), ipv4.ICMP, now)
        else:
            self.stats.ignored += 1

    def handle_udp(self, p: ipv4.Packet, h: udp.Header, now: int, checked: bool = False) -> None:
        src, dst = p.src(), p.dst()
        if not h.check(src, dst, checked):
            self.stats.malformed += 1
            return
        q = self.ports.get(h.dst_port())
        if q is not None:
            if not q.full():
                q.put_nowait(Datagram(h.payload().tobytes(), src, h.src_port()))
        elif dst == self.iface.addr and not self.iface.is_broadcast(src) and self.may_send_error(now):
            quoted = p.buf.slice(0, p.total_len())
            frame, l4 = self.new_frame(icmp.unreachable_len(quoted, p.header_len()))
            icmp.emit_unreachable(l4, icmp.PORT_UNREACHABLE, quoted, p.header_len())
            self.send_ip(frame, src, ipv4.ICMP, now)
        else:
            self.stats.ignored += 1

    def may_send_error(self, now: int) -> bool:
        """A token bucket for ICMP errors, so a flood cannot make the stack flood back."""
        earned = (now - self.icmp_refilled) // ICMP_ERROR_EVERY_NS
        if earned > 0:
            self.icmp_tokens = min(ICMP_ERROR_BURST, self.icmp_tokens + earned)
            self.icmp_refilled += earned * ICMP_ERROR_EVERY_NS
        if self.icmp_tokens == 0:
            self.stats.icmp_limited += 1
            return False
        self.icmp_tokens -= 1
        return True

    # ---- timers -----------------------------------------------------------------

    def tick(self, now: int) -> None:
        for ip in self.arp.expire(now):
            if self.arp.should_ask(ip, now):
                self.send_arp(arp.REQUEST, ethernet.BROADCAST, bytes(6), ip)
        self.frags.expire(now)
        self.tcp.tick(now)
        self.send_tcp(now)

    def waiting(self) -> bool:
        """Is anything waiting for a timer (an ARP answer, a reassembly, TCP's)?"""
        return len(self.arp.pending) > 0 or len(self.frags.partials) > 0 or self.tcp.deadline() >= 0

    # ---- sending ------------------------------------------------------------------

    def udp_listen(self, port: int) -> Queue[Datagram]:
        if not 0 < port < 65536:
            raise ValueError(f"UDP port {port} out of range")
        if port in self.ports:
            raise OSError(f"UDP port {port} is already in use")
        q: Queue[Datagram] = Queue(UDP_QUEUE)
        self.ports[port] = q
        return q

    def udp_send(self, src_port: int, dst: IPAddr, dst_port: int, data: bytes, now: int) -> None:
        if len(data) > ipv4.MAX_SIZE - ipv4.HEADER_LEN - udp.HEADER_LEN:
            raise ValueError(f"a UDP datagram holds at most 65507 bytes, not {len(data)}")
        frame, l4 = self.new_frame(udp.HEADER_LEN + len(data))
        l4.write(udp.HEADER_LEN, data)
        udp.emit(l4, src_port, dst_port, self.iface.addr, dst)
        self.send_ip(frame, dst, udp.PROTOCOL, now)

    def send_tcp(self, now: int) -> None:
        """The segments TCP queued (each with room for the headers in front) go out."""
        out = self.tcp.outbox
        if out:
            self.tcp.outbox = []
            for dst, frame in out:
                self.send_ip(frame, dst, tcp.PROTOCOL, now)

    def new_frame(self, l4_len: int) -> tuple[Buffer, Buffer]:
        """A frame with room for the headers, and the transport's part of it."""
        frame = Buffer(bytearray(L4 + l4_len))
        return frame, frame.slice(L4, L4 + l4_len)

    def send_ip(self, frame: Buffer, dst: IPAddr, protocol: int, now: int) -> None:
        """The IPv4 header for frame's transport part, then out (in fragments if it is over the MTU)."""
        hop = self.iface.next_hop(dst)
        if hop is None:
            self.stats.unroutable += 1
            return
        self.ident = (self.ident + 1) & 0xFFFF
        payload = frame.slice(L4, len(frame))
        if ipv4.HEADER_LEN + len(payload) <= self.mtu or (self.offload and protocol == tcp.PROTOCOL):
            ipv4.emit(frame.slice(ethernet.HEADER_LEN, len(frame)), len(payload), self.ident, protocol,
                      self.iface.addr, dst)
            self.route(frame, hop, now)
            return
        step = (self.mtu - ipv4.HEADER_LEN) // 8 * 8
        for off in range(0, len(payload), step):
            piece = payload.slice(off, off + step)
            more = ipv4.MF if off + step < len(payload) else 0
            part = Buffer(bytearray(L4 + len(piece)))
            part.write(L4, piece)
            ipv4.emit(part.slice(ethernet.HEADER_LEN, len(part)), len(piece), self.ident, protocol,
                      self.iface.addr, dst, flags=more | off // 8)
            self.route(part, hop, now)

    def route(self, frame: Buffer, hop: IPAddr, now: int) -> None:
        if self.iface.is_broadcast(hop):
            mac: bytes | None = ethernet.BROADCAST
        else:
            mac = self.arp.lookup(hop, now)
        if mac is not None:
            ethernet.emit(frame, mac, self.mac, ethernet.IPV4)
            self.transmit(frame)
        elif self.arp.enqueue(hop, frame, now):
            self.send_arp(arp.REQUEST, ethernet.BROADCAST, bytes(6), hop)

    def send_arp(self, oper: int, eth_dst: bytes, tha: bytes, tpa: IPAddr) -> None:
        n = arp.packet_len(self.mac, self.iface.addr)
        frame = Buffer(bytearray(ethernet.HEADER_LEN + n))
        ethernet.emit(frame, eth_dst, self.mac, ethernet.ARP)
        arp.emit(frame.slice(ethernet.HEADER_LEN, len(frame)), oper, self.mac, self.iface.addr, tha, tpa)
        self.transmit(frame)

    def transmit(self, frame: Buffer) -> None:
        self.stats.sent += 1
        self.outbox.append(frame)


class DirectStack:
    """unicc's stack on a network interface (docs/network.md)."""

    def __init__(self, net: Netif, clock: Clock, ipv4: str, ipv4_gateway: str = "") -> None:
        """ipv4 is ADDR/PREFIX, or "dhcp" (`--dhcp`): the address comes from
        a DHCP server before the constructor returns, and the lease is
        renewed while the event loop runs."""
        self.net = net
        self.clock = clock
        use_dhcp = ipv4 == "dhcp"
        iface = Interface(IPAddr(bytes(4)), 0, None) if use_dhcp else Interface.parse(ipv4, ipv4_gateway)
        self.stack = Stack(net.mac(), net.mtu(), iface, clock.monotonic_ns(), net.offloads())
        self.rx = Buffer(bytearray(BIG_FRAME if net.offloads() else ethernet.HEADER_LEN + net.mtu()))
        self.ticking = False
        self.dhcp: dhcp.Client | None = None
        net.wake_on_receive()
        register_poller(lambda: self.poll(), wakes=True)
        self.flush()
        if use_dhcp:
            self.acquire(ipv4_gateway)

    # ---- DHCP (unicc_net/dhcp.py) -----------------------------------------------------------

    def acquire(self, gateway: str) -> None:
        """Discover, request, wait for the ACK (OSError after 60 s); then a
        task keeps the lease once the event loop runs."""
        mac = self.net.mac()
        client = dhcp.Client(mac, int.from_bytes(mac[2:], "big") ^ self.clock.monotonic_ns())
        self.dhcp = client
        replies = self.stack.udp_listen(dhcp.CLIENT_PORT)
        start = self.clock.monotonic_ns()
        self.dhcp_send(client.start(start))
        while not client.bound():
            now = self.clock.monotonic_ns()
            if now - start > 60 * dhcp.SECOND:
                raise OSError("DHCP: no lease from a server within 60 s")
            self.dhcp_step(client, replies, now)
            if not client.bound():
                unicc_sys.block_until(min(client.deadline(), now + 10_000_000))
                self.poll()
        self.dhcp_apply(client, gateway)
        register_poller(lambda: self.start_lease_task(client, replies, gateway), wakes=True)

    def dhcp_step(self, client: dhcp.Client, replies: Queue[Datagram], now: int) -> None:
        while not replies.empty():
            d = replies.get_nowait()
            if d.src_port == dhcp.SERVER_PORT:
                self.dhcp_send(client.receive(d.data, now))
        if client.deadline() <= now:
            self.dhcp_send(client.tick(now))

    def dhcp_send(self, message: bytes | None) -> None:
        if message is not None:
            self.udp_send(dhcp.CLIENT_PORT, self.dhcp_destination(), dhcp.SERVER_PORT, message)

    def dhcp_destination(self) -> IPAddr:
        return self.dhcp.destination() if self.dhcp is not None else dhcp.BROADCAST

    def dhcp_apply(self, client: dhcp.Client, gateway: str) -> None:
        """The lease's address (or none, lost) becomes the interface's."""
        if client.changed:
            client.changed = False
            router = IPAddr.parse(gateway) if gateway else client.router
            self.stack.set_interface(Interface(client.addr, client.prefix, router))
            self.flush()

    def start_lease_task(self, client: dhcp.Client, replies: Queue[Datagram], gateway: str) -> bool:
        spawn(self.keep_lease(client, replies, gateway))
        return False

    async def keep_lease(self, client: dhcp.Client, replies: Queue[Datagram], gateway: str) -> None:
        """Renew (T1), rebind (T2), start over when the lease ends; looks at
        least once a second for the server's answers."""
        while True:
            now = self.clock.monotonic_ns()
            self.dhcp_step(client, replies, now)
            self.dhcp_apply(client, gateway)
            wait = max(0, min(client.deadline() - now, dhcp.SECOND))
            await sleep(wait / 1e9)

    def address(self) -> IPAddr:
        return self.stack.iface.addr

    def udp_listen(self, port: int) -> Queue[Datagram]:
        return self.stack.udp_listen(port)

    def udp_send(self, src_port: int, dst: IPAddr, dst_port: int, data: bytes) -> None:
        self.stack.udp_send(src_port, dst, dst_port, data, self.clock.monotonic_ns())
        self.flush()

    def tcp_listen(self, port: int, backlog: int = 16) -> DirectListener:
        """Listen on port (OSError if it is taken); at most backlog
        connections wait to be accepted or are being established."""
        return DirectListener(self.stack.tcp.listen(port, backlog), self)

    async def tcp_connect(self, ip: IPAddr, port: int) -> DirectStream:
        """A connection to ip:port from an ephemeral port, once established
        (ConnectionRefusedError, TimeoutError otherwise)."""
        now = self.clock.monotonic_ns()
        stream = DirectStream(self.stack.tcp.connect(ip, port, now), self)
        self.flush()
        await stream.connected()
        return stream

    def now(self) -> int:
        return self.clock.monotonic_ns()

    def poll(self) -> bool:
        now = self.clock.monotonic_ns()
        for _ in range(64):   # a burst, then the tasks get to run
            n = self.net.receive(self.rx)
            if n <= 0:
                break
            self.stack.handle(self.rx.slice(0, n), now, self.net.checked())
        self.flush()
        return True

    def tick(self) -> bool:
        """While something waits for a timer, the loop polls this regularly."""
        self.stack.tick(self.clock.monotonic_ns())
        self.flush()
        self.ticking = self.stack.waiting()
        return self.ticking

    def flush(self) -> None:
        self.stack.send_tcp(self.clock.monotonic_ns())
        out = self.stack.outbox
        self.stack.outbox = []
        for frame in out:
            self.net.send(frame)
        if not self.ticking and self.stack.waiting():
            self.ticking = True
            register_poller(lambda: self.tick())
