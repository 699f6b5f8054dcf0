"""The `Stack` device over the host kernel's sockets (`--net socket` on
unix, as MirageOS's): the same application, with Linux's TCP/IP instead of
unicc's.  Streams and listeners implement the same `TcpStream` and
`TcpListener` Protocols as unicc_net.sockets, so an application is written
once for both.

Every socket is non-blocking and joins one epoll set, edge-triggered; the
epoll descriptor joins the event loop's idle wait (unicc_sys.block_until's
ppoll), and the stack's poller drains it each turn and sets the Event of
each ready socket, whose task then tries again.  The system calls are in
runtime/platform/unix/sock.c; under CPython the extern bodies do the same
with the socket and select modules.

Addresses: with `--ipv4 ADDR` (a prefix is allowed and ignored) listeners,
UDP ports and connections are bound to ADDR, which must be one of the
host's; without it they are bound to every address (0.0.0.0), which
`address()` then gives.  ICMP (ping) is the kernel's.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices.unix import watch
from unicc_loop import Event, Queue, register_poller
from unicc_net.addr import IPAddr
from unicc_net.udp import Datagram
from unicc_rt import extern

STREAM, DGRAM = 1, 2
SOL_SOCKET, SO_REUSEADDR, SO_ERROR, SO_LINGER = 1, 2, 4, 13
SHUT_WR = 1
EPIPE, EAGAIN, ECONNABORTED, ECONNRESET, EISCONN, ETIMEDOUT, ECONNREFUSED, EALREADY, EINPROGRESS = \
    32, 11, 103, 104, 106, 110, 111, 114, 115
EADDRINUSE = 98
UDP_QUEUE = 64       # datagrams held per port before new ones are dropped (as DirectStack)
MAX_DATAGRAM = 65507


# ---- system calls (runtime/platform/unix/sock.c); -errno on failure ---------------------------
# Under CPython the socket objects live in a dict on the socket module, by descriptor.

@extern("rt_unix_socket")
def sys_socket(kind: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM if kind == STREAM else socket.SOCK_DGRAM)
    s.setblocking(False)
    socket.__dict__.setdefault("unicc_held", {})[s.fileno()] = s
    return int(s.fileno())


@extern("rt_unix_setsockopt")
def sys_setsockopt(fd: int, level: int, name: int, value: bytes) -> int:
    import importlib
    socket = importlib.import_module("socket")
    try:
        socket.unicc_held[fd].setsockopt(level, name, value)
    except OSError as e:
        return -(e.errno or 1)
    return 0


@extern("rt_unix_getsockopt_int")
def sys_getsockopt_int(fd: int, level: int, name: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    return int(socket.unicc_held[fd].getsockopt(level, name))


@extern("rt_unix_bind")
def sys_bind(fd: int, ip: bytes, port: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    try:
        socket.unicc_held[fd].bind((socket.inet_ntoa(ip), port))
    except OSError as e:
        return -(e.errno or 1)
    return 0


@extern("rt_unix_listen")
def sys_listen(fd: int, backlog: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    socket.unicc_held[fd].listen(backlog)
    return 0


@extern("rt_unix_accept")
def sys_accept(fd: int, peer: bytearray) -> int:
    import importlib
    socket = importlib.import_module("socket")
    try:
        s, (host, port) = socket.unicc_held[fd].accept()
    except OSError as e:
        return -(e.errno or 1)
    s.setblocking(False)
    socket.unicc_held[s.fileno()] = s
    peer[:6] = socket.inet_aton(host) + port.to_bytes(2, "big")
    return int(s.fileno())


@extern("rt_unix_connect")
def sys_connect(fd: int, ip: bytes, port: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    return -int(socket.unicc_held[fd].connect_ex((socket.inet_ntoa(ip), port)))


@extern("rt_unix_getsockname")
def sys_getsockname(fd: int, out: bytearray) -> int:
    import importlib
    socket = importlib.import_module("socket")
    host, port = socket.unicc_held[fd].getsockname()
    out[:6] = socket.inet_aton(host) + port.to_bytes(2, "big")
    return 0


@extern("rt_unix_recvfrom")
def sys_recvfrom(fd: int, buf: Buffer, src: bytearray) -> int:
    import importlib
    socket = importlib.import_module("socket")
    try:
        data, addr = socket.unicc_held[fd].recvfrom(len(buf))
    except OSError as e:
        return -(e.errno or 1)
    buf.write(0, data)
    if addr is not None:
        src[:6] = socket.inet_aton(addr[0]) + addr[1].to_bytes(2, "big")
    return len(data)


@extern("rt_unix_sendto")
def sys_sendto(fd: int, data: bytes, offset: int, ip: bytes, port: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    s = socket.unicc_held[fd]
    try:
        if port < 0:
            return int(s.send(data[offset:], socket.MSG_NOSIGNAL))
        return int(s.sendto(data[offset:], (socket.inet_ntoa(ip), port)))
    except OSError as e:
        return -(e.errno or 1)


@extern("rt_unix_shutdown")
def sys_shutdown(fd: int, how: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    try:
        socket.unicc_held[fd].shutdown(how)
    except OSError as e:
        return -(e.errno or 1)
    return 0


@extern("rt_unix_close")
def sys_close(fd: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    socket.unicc_held.pop(fd).close()
    return 0


@extern("rt_unix_epoll_create")
def epoll_create() -> int:
    import importlib
    socket = importlib.import_module("socket")
    select = importlib.import_module("select")
    ep = select.epoll()
    socket.__dict__.setdefault("unicc_held", {})[ep.fileno()] = ep
    return int(ep.fileno())


@extern("rt_unix_epoll_add")
def epoll_add(ep: int, fd: int) -> int:
    import importlib
    socket = importlib.import_module("socket")
    select = importlib.import_module("select")
    socket.unicc_held[ep].register(fd, select.EPOLLIN | select.EPOLLOUT | select.EPOLLRDHUP | select.EPOLLET)
    return 0


@extern("rt_unix_epoll_wait")
def epoll_wait(ep: int, fds: bytearray) -> int:
    import importlib
    socket = importlib.import_module("socket")
    events = socket.unicc_held[ep].poll(0, len(fds) // 8)
    for i, (fd, _) in enumerate(events):
        fds[8 * i:8 * i + 8] = fd.to_bytes(8, "little")
    return len(events)


# ---- errors, as CPython raises them and as unicc's own stack words them ------------------------

def error(errno: int, what: str) -> OSError:
    if errno == ECONNREFUSED:
        return ConnectionRefusedError("connection refused")
    if errno == ECONNRESET:
        return ConnectionResetError("connection reset by peer")
    if errno == ETIMEDOUT:
        return TimeoutError("connection timed out")
    if errno == EPIPE:
        return BrokenPipeError("the connection is closed for writing")
    if errno == ECONNABORTED:
        return ConnectionAbortedError("connection aborted")
    return OSError(f"{what}: errno {errno}")


def address_of(raw: bytearray) -> tuple[IPAddr, int]:
    return IPAddr(bytes(raw[:4])), (raw[4] << 8) | raw[5]


class SocketStream:
    """A connected TCP socket (unicc_devices.TcpStream)."""

    def __init__(self, stack: SocketStack, fd: int, remote: IPAddr, remote_port: int) -> None:
        self.stack = stack
        self.fd = fd
        self.peer = remote
        self.peer_port = remote_port
        self.changed = Event()
        self.rx = Buffer(bytearray(65536))
        self.shut = False
        self.eof = False
        stack.join(fd, self.changed)

    def remote(self) -> tuple[IPAddr, int]:
        return self.peer, self.peer_port

    def local_port(self) -> int:
        raw = bytearray(6)
        if self.fd < 0 or sys_getsockname(self.fd, raw) < 0:
            return 0
        return address_of(raw)[1]

    async def wait(self) -> None:
        self.changed.clear()
        await self.changed.wait()

    async def read(self, n: int = 65536) -> bytes:
        if n > len(self.rx):
            self.rx = Buffer(bytearray(n))
        src = bytearray(6)
        while True:
            if self.fd < 0 or self.eof:
                return b""
            got = sys_recvfrom(self.fd, self.rx.slice(0, n), src)
            if got > 0:
                return self.rx.slice(0, got).tobytes()
            if got == 0:
                self.eof = True
                return b""
            if got != -EAGAIN:
                self.eof = True
                raise error(-got, "TCP receive")
            await self.wait()

    async def write(self, data: bytes) -> None:
        off = 0
        while off < len(data):
            if self.shut or self.fd < 0:
                raise BrokenPipeError("the connection is closed for writing")
            sent = sys_sendto(self.fd, data, off, b"", -1)
            if sent >= 0:
                off += sent
            elif sent == -EAGAIN:
                await self.wait()
            else:
                raise error(-sent, "TCP send")

    def shutdown_write(self) -> None:
        if not self.shut and self.fd >= 0:
            self.shut = True
            sys_shutdown(self.fd, SHUT_WR)

    def close(self) -> None:
        if self.fd >= 0:
            self.stack.leave(self.fd)
            self.fd = -1
            self.changed.set()

    def abort(self) -> None:
        if self.fd >= 0:
            sys_setsockopt(self.fd, SOL_SOCKET, SO_LINGER, bytes([1, 0, 0, 0, 0, 0, 0, 0]))
            self.close()


class SocketListener:
    """A listening TCP socket (unicc_devices.TcpListener)."""

    def __init__(self, stack: SocketStack, fd: int, port: int) -> None:
        self.stack = stack
        self.fd = fd
        self.port = port
        self.changed = Event()
        stack.join(fd, self.changed)

    async def accept(self) -> SocketStream:
        peer = bytearray(6)
        while True:
            if self.fd < 0:
                raise OSError(f"TCP port {self.port} is not listening")
            fd = sys_accept(self.fd, peer)
            if fd >= 0:
                ip, port = address_of(peer)
                return SocketStream(self.stack, fd, ip, port)
            if fd != -EAGAIN and fd != -ECONNABORTED:
                raise error(-fd, "TCP accept")
            self.changed.clear()
            await self.changed.wait()

    def close(self) -> None:
        if self.fd >= 0:
            self.stack.leave(self.fd)
            self.fd = -1
            self.changed.set()


class SocketStack:
    """The Stack device over the host's sockets (docs/network.md)."""

    def __init__(self, ipv4: str = "") -> None:
        self.bind_ip = IPAddr.parse(ipv4.partition("/")[0]) if ipv4 else IPAddr(bytes(4))
        ep = epoll_create()
        if ep < 0:
            raise error(-ep, "epoll_create")
        self.ep = ep
        self.events: dict[int, Event] = {}            # descriptor -> its stream's or listener's Event
        self.datagrams: dict[int, Queue[Datagram]] = {}   # a UDP port's descriptor -> its queue
        self.udp: dict[int, int] = {}                 # UDP port -> descriptor
        self.ready = bytearray(512)
        self.rx = Buffer(bytearray(MAX_DATAGRAM + 1))
        watch(ep)
        register_poller(lambda: self.poll(), wakes=True)

    def address(self) -> IPAddr:
        return self.bind_ip

    def join(self, fd: int, changed: Event) -> None:
        self.events[fd] = changed
        epoll_add(self.ep, fd)

    def leave(self, fd: int) -> None:
        self.events.pop(fd, None)
        sys_close(fd)

    def poll(self) -> bool:
        while True:
            n = epoll_wait(self.ep, self.ready)
            for i in range(n):
                fd = int.from_bytes(self.ready[8 * i:8 * i + 8], "little")
                q = self.datagrams.get(fd)
                if q is not None:
                    self.receive_udp(fd, q)
                changed = self.events.get(fd)
                if changed is not None:
                    changed.set()
            if n < len(self.ready) // 8:
                return True

    def receive_udp(self, fd: int, q: Queue[Datagram]) -> None:
        """Every datagram waiting (edge-triggered: until EAGAIN); a full queue drops them."""
        src = bytearray(6)
        while True:
            got = sys_recvfrom(fd, self.rx, src)
            if got == -EAGAIN:
                return
            if got >= 0 and not q.full():
                ip, port = address_of(src)
                q.put_nowait(Datagram(self.rx.slice(0, got).tobytes(), ip, port))

    def bound(self, kind: int, port: int, what: str) -> int:
        fd = sys_socket(kind)
        if fd < 0:
            raise error(-fd, what)
        sys_setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, bytes([1, 0, 0, 0]))
        r = sys_bind(fd, self.bind_ip.packed, port)
        if r < 0:
            sys_close(fd)
            if r == -EADDRINUSE:
                raise OSError(f"{what} port {port} is already in use")
            raise error(-r, f"{what} port {port}")
        return fd

    def udp_listen(self, port: int) -> Queue[Datagram]:
        if not 0 < port < 65536:
            raise ValueError(f"UDP port {port} out of range")
        if port in self.udp:
            raise OSError(f"UDP port {port} is already in use")
        fd = self.bound(DGRAM, port, "UDP")
        q: Queue[Datagram] = Queue(UDP_QUEUE)
        self.udp[port] = fd
        self.datagrams[fd] = q
        epoll_add(self.ep, fd)
        return q

    def udp_send(self, src_port: int, dst: IPAddr, dst_port: int, data: bytes) -> None:
        """From src_port: its listening socket, or one bound for this datagram."""
        if len(data) > MAX_DATAGRAM:
            raise ValueError(f"a UDP datagram holds at most 65507 bytes, not {len(data)}")
        fd = self.udp.get(src_port, -1)
        if fd >= 0:
            sys_sendto(fd, data, 0, dst.packed, dst_port)   # a full buffer drops it, as a link would
            return
        fd = self.bound(DGRAM, src_port, "UDP")
        sys_sendto(fd, data, 0, dst.packed, dst_port)
        sys_close(fd)

    def tcp_listen(self, port: int, backlog: int = 16) -> SocketListener:
        if not 0 < port < 65536:
            raise ValueError(f"TCP port {port} out of range")
        if backlog < 1:
            raise ValueError(f"backlog must be at least 1, not {backlog}")
        fd = self.bound(STREAM, port, "TCP")
        sys_listen(fd, backlog)
        return SocketListener(self, fd, port)

    async def tcp_connect(self, ip: IPAddr, port: int) -> SocketStream:
        if not 0 < port < 65536:
            raise ValueError(f"TCP port {port} out of range")
        fd = self.bound(STREAM, 0, "TCP")
        stream = SocketStream(self, fd, ip, port)
        r = sys_connect(fd, ip.packed, port)
        while r == -EINPROGRESS or r == -EALREADY:
            await stream.wait()
            pending = sys_getsockopt_int(fd, SOL_SOCKET, SO_ERROR)
            r = -pending if pending else sys_connect(fd, ip.packed, port)
        if r < 0 and r != -EISCONN:
            stream.close()
            raise error(-r, "TCP connect")
        return stream
