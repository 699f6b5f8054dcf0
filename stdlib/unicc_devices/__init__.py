"""Device signatures: what an application may ask of the machine it runs on.

An application never names a platform.  It declares the devices it needs by
the types of its entry point's parameters,

    def main(console: Console, clock: Clock) -> None: ...

and `unicc build app.py --target T` applies it to the implementations of
target T (see docs/devices.md): a generated glue module creates each device
once, in dependency order, and calls `main`.  These Protocols are the only
contract between the two sides; an implementation is any class whose
methods match (it need not inherit from anything).
"""

from __future__ import annotations

from typing import Protocol

from unicc_buf import Buffer
from unicc_loop import Queue
from unicc_net.addr import IPAddr
from unicc_net.udp import Datagram


class Console(Protocol):
    """Text output for people: stdout on unix, the serial or Xen console on a guest."""

    def write(self, text: str) -> None:
        """Write text as it is (no newline added)."""
        ...

    def log(self, line: str) -> None:
        """Write one line (a newline is added)."""
        ...


class Clock(Protocol):
    """A monotonic clock: never goes back, origin arbitrary (usually boot)."""

    def monotonic_ns(self) -> int:
        ...


class WallClock(Protocol):
    """Calendar time: nanoseconds since 1970-01-01 00:00 UTC."""

    def time_ns(self) -> int:
        ...


class Entropy(Protocol):
    """Seed material for a random number generator."""

    def gather(self, n: int) -> bytes:
        """n bytes of unpredictable (as far as `source` says) material."""
        ...

    def source(self) -> str:
        """Where the bytes come from, e.g. "getrandom(2)": how far to trust them."""
        ...


class Random(Protocol):
    """A cryptographically secure pseudo-random generator, seeded at start."""

    def random_bytes(self, n: int) -> bytes:
        ...

    def below(self, n: int) -> int:
        """A uniformly distributed int in [0, n), n >= 1."""
        ...


class Netif(Protocol):
    """A network interface: sends and receives whole Ethernet frames (a TAP
    on unix; virtio-net and Xen netfront implement the same).  Frames are
    Buffers, so the stack above reads and writes them in place."""

    def mac(self) -> bytes:
        """The interface's 6-byte MAC address."""
        ...

    def mtu(self) -> int:
        """Largest payload of a frame, without the 14-byte Ethernet header."""
        ...

    def send(self, frame: Buffer) -> None:
        """Transmit one frame, Ethernet header included (dropped if the device cannot take it now)."""
        ...

    def receive(self, buf: Buffer) -> int:
        """Copy the next frame that has arrived into buf (mtu() + 14 bytes,
        65549 with offloads) and return its length; 0 when none has (never blocks)."""
        ...

    def offloads(self) -> bool:
        """Does the device complete TCP checksums and segment TCP itself?
        Then a TCP frame sent carries only the pseudo-header's sum in its
        checksum field and may be up to 65549 bytes (cut into segments of
        the MTU less the IPv4 and TCP headers: only when the peer's MSS
        allows that), and a frame received may be that long."""
        ...

    def checked(self) -> bool:
        """Has the device checked (or need not check) the TCP or UDP
        checksum of the frame receive() returned last?"""
        ...

    def wake_on_receive(self) -> None:
        """From now on a frame's arrival ends the event loop's idle wait
        (unicc_sys.block_until): no polling delay."""
        ...


class Ports(Protocol):
    """Several network interfaces at once, a switch's ports (TAPs on unix),
    numbered 0 .. count() - 1: whole Ethernet frames, no offloads (a frame
    is at most mtu() + 18 bytes, its checksums complete)."""

    def count(self) -> int:
        ...

    def name(self, i: int) -> str:
        """Port i's name (the TAP's, say)."""
        ...

    def mac(self, i: int) -> bytes:
        ...

    def mtu(self) -> int:
        """Largest payload of a frame on every port, without the Ethernet header."""
        ...

    def send(self, i: int, frame: Buffer) -> None:
        """Transmit one frame on port i (dropped if the port cannot take it now)."""
        ...

    def receive(self, i: int, buf: Buffer) -> int:
        """Copy the next frame that arrived on port i into buf and return its
        length; 0 when none has (never blocks)."""
        ...

    def wake_on_receive(self) -> None:
        """From now on a frame's arrival on any port ends the event loop's idle wait."""
        ...


class TcpStream(Protocol):
    """One TCP connection as a byte stream both ways, whichever stack made
    it (unicc's own or the host's sockets): apps are written once."""

    def remote(self) -> tuple[IPAddr, int]:
        """The peer's address and port."""
        ...

    def local_port(self) -> int:
        ...

    async def read(self, n: int = 65536) -> bytes:
        """Up to n bytes, as soon as any have arrived; b"" at the end of the
        stream.  ConnectionResetError, TimeoutError when the connection failed."""
        ...

    async def write(self, data: bytes) -> None:
        """All of data, waiting while the send buffer is full (back-pressure);
        BrokenPipeError after shutdown_write or close."""
        ...

    def shutdown_write(self) -> None:
        """Half-close: a FIN follows the data queued; reading goes on."""
        ...

    def close(self) -> None:
        """Both ways: what is queued is still sent, then a FIN."""
        ...

    def abort(self) -> None:
        """Drop the connection at once with a RST."""
        ...


class TcpListener(Protocol):
    """A listening TCP port."""

    async def accept(self) -> TcpStream:
        """The next established connection."""
        ...

    def close(self) -> None:
        """Stop listening; connections not accepted yet are reset."""
        ...


class Stack(Protocol):
    """A network stack over IP: TCP, UDP (and ICMP echo, answered by the
    stack itself); docs/network.md."""

    def address(self) -> IPAddr:
        ...

    def udp_listen(self, port: int) -> Queue[Datagram]:
        """The datagrams that arrive for port (OSError if it is taken); a
        full queue drops new ones."""
        ...

    def udp_send(self, src_port: int, dst: IPAddr, dst_port: int, data: bytes) -> None:
        ...

    def tcp_listen(self, port: int, backlog: int = 16) -> TcpListener:
        """Listen on port (OSError if it is taken); `await accept()` on the
        result gives the connections; at most backlog wait unaccepted."""
        ...

    async def tcp_connect(self, ip: IPAddr, port: int) -> TcpStream:
        """A connection to ip:port, established (ConnectionRefusedError,
        TimeoutError otherwise)."""
        ...


class Block(Protocol):
    """A block device: fixed-size sectors, read and written whole."""

    def sector_size(self) -> int:
        ...

    def sectors(self) -> int:
        ...

    def read(self, sector: int, count: int) -> bytes:
        """count sectors starting at sector; ValueError outside the device."""
        ...

    def write(self, sector: int, data: bytes) -> None:
        """len(data) must be a multiple of sector_size(); ValueError outside the device."""
        ...


class KV(Protocol):
    """A key-value store of bytes under str keys."""

    def get(self, key: str) -> bytes | None:
        ...

    def put(self, key: str, value: bytes) -> None:
        ...

    def delete(self, key: str) -> None:
        ...

    def keys(self) -> list[str]:
        """Every key, sorted."""
        ...


class Job(Protocol):
    """An application written as a class: the glue constructs it with its
    devices, then calls start()."""

    def start(self) -> None:
        ...
