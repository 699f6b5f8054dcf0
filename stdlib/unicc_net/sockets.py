"""unicc's own stack's TcpStream and TcpListener (unicc_devices): async over unicc_net.tcp.

A `DirectStream` wraps one `tcp.Connection`; a task that must wait (for data,
for room in the send buffer, for the handshake) parks on the stream's Event,
which the connection sets whenever something changed, and looks again.  The
stack (a `Host`) supplies the time and sends what the connection queued.
"""

from __future__ import annotations

from typing import Protocol

from unicc_loop import Event
from unicc_net import tcp
from unicc_net.addr import IPAddr


class Host(Protocol):
    """What a stream needs of the stack it lives in."""

    def now(self) -> int:
        ...

    def flush(self) -> None:
        """Send the frames the protocols queued."""
        ...


def raise_error(why: str) -> None:
    if why == "reset":
        raise ConnectionResetError("connection reset by peer")
    if why == "refused":
        raise ConnectionRefusedError("connection refused")
    if why == "timed out":
        raise TimeoutError("connection timed out")


class DirectStream:
    """One TCP connection, as a byte stream both ways."""

    def __init__(self, conn: tcp.Connection, host: Host) -> None:
        self.conn = conn
        self.host = host
        self.changed = Event()
        conn.wake = lambda: self.changed.set()

    def remote(self) -> tuple[IPAddr, int]:
        return self.conn.remote, self.conn.remote_port

    def local_port(self) -> int:
        return self.conn.local_port

    async def wait(self) -> None:
        self.changed.clear()
        await self.changed.wait()

    async def connected(self) -> None:
        """Until the handshake is done (ConnectionRefusedError, TimeoutError if it fails)."""
        while self.conn.state in (tcp.SYN_SENT, tcp.SYN_RECEIVED):
            await self.wait()
        raise_error(self.conn.error)

    async def read(self, n: int = 65536) -> bytes:
        """Up to n bytes, as soon as any have arrived; b"" at the end of
        the stream (the peer shut its side down).  ConnectionResetError if
        the peer reset the connection, TimeoutError if it stopped answering."""
        while True:
            c = self.conn
            if c.readable():
                data = c.recv(n, self.host.now())
                self.host.flush()
                return data
            if c.at_eof():
                raise_error(c.error)
                return b""
            await self.wait()

    async def write(self, data: bytes) -> None:
        """Queue all of data, waiting while the send buffer is full
        (back-pressure); BrokenPipeError after shutdown or close."""
        off = 0
        while off < len(data):
            c = self.conn
            raise_error(c.error)
            if c.fin_queued or c.state == tcp.CLOSED:
                raise BrokenPipeError("the connection is closed for writing")
            space = c.send_space()
            if space > 0 and c.established():
                off += c.send(data[off:off + space] if off or space < len(data) else data, self.host.now())
                self.host.flush()
            else:
                await self.wait()

    def shutdown_write(self) -> None:
        """Half-close: a FIN follows the data queued; reading goes on."""
        self.conn.shutdown(self.host.now())
        self.host.flush()

    def close(self) -> None:
        """Shut both ways down: what is queued is still sent, then a FIN."""
        self.conn.close(self.host.now())
        self.host.flush()

    def abort(self) -> None:
        """Drop the connection at once with a RST."""
        self.conn.abort()
        self.host.flush()


class DirectListener:
    """A listening port: accept() gives the connections as they are established."""

    def __init__(self, listener: tcp.Listener, host: Host) -> None:
        self.listener = listener
        self.host = host
        self.changed = Event()
        listener.wake = lambda: self.changed.set()

    async def accept(self) -> DirectStream:
        while True:
            c = self.listener.accept()
            if c is not None:
                return DirectStream(c, self.host)
            if not self.listener.open:
                raise OSError(f"TCP port {self.listener.port} is not listening")
            self.changed.clear()
            await self.changed.wait()

    def close(self) -> None:
        self.listener.close()
        self.host.flush()
