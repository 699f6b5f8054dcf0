"""The web server of web.py and web_disk.py: HTTP/1.1 (unicc_http) on
port 80 for a site given as a dict of files.  Persistent connections and
pipelining; every request must arrive whole within REQUEST_SECONDS of the
previous answer (or of the connection), else the connection is closed (408
if part of one came: slowloris); at most MAX_CONNECTIONS at once, a new one
evicting the one idle longest; a client that stops taking its answer (it
stopped reading) is reset REQUEST_SECONDS after the answer began."""

from __future__ import annotations

from unicc_devices import Console, Stack, TcpListener, TcpStream, WallClock
from unicc_http.request import HttpError, Parser, Request
from unicc_http.response import Response, http_date
from unicc_http.static import Resource, answer, error
from unicc_loop import Task, monotonic, sleep, spawn, with_timeout

PORT = 80
REQUEST_SECONDS = 10
MAX_CONNECTIONS = 64
BUSY = 1e300            # idle_since of a connection that is answering: never evicted


class Dates:
    """The Date field's value, made once a second."""

    def __init__(self, wall: WallClock) -> None:
        self.wall = wall
        self.second = -1
        self.text = ""

    def now(self) -> str:
        second = self.wall.time_ns() // 1_000_000_000
        if second != self.second:
            self.second = second
            self.text = http_date(second)
        return self.text


class Connection:
    def __init__(self, server: Server, stream: TcpStream) -> None:
        self.server = server
        self.stream = stream
        self.parser = Parser()
        self.idle_since = monotonic()       # waiting for a request since; BUSY while answering
        self.answering_since = 0.0
        self.stuck = False                  # dropped because the client stopped reading: reset it
        self.task: Task[None] | None = None

    async def read_request(self) -> Request | None:
        """The next request, reading as needed; None at the end of the stream."""
        while True:
            req = self.parser.next_request()
            if req is not None:
                return req
            data = await self.stream.read()
            if not data:
                return None
            self.parser.feed(data)

    async def send(self, resp: Response, keep: bool, req: Request | None = None) -> None:
        head = req is not None and req.method == "HEAD"
        await self.stream.write(resp.encode(self.server.dates.now(), keep, head, 1 if req is None else req.minor))

    async def refuse(self, status: int, why: str) -> None:
        """Answer status and close, reading what still comes for a while so
        that the client sees the answer and not a reset (RFC 9112 9.6)."""
        await self.send(error(status, why), False)
        self.stream.shutdown_write()
        try:
            await with_timeout(1, self.drain())
        except TimeoutError:
            pass

    async def drain(self) -> None:
        while await self.stream.read():
            pass

    async def serve(self) -> None:
        try:
            while True:
                self.idle_since = monotonic()
                req = self.parser.next_request()            # pipelined: already here
                if req is None:
                    req = await with_timeout(REQUEST_SECONDS, self.read_request())
                if req is None:
                    break
                self.idle_since = BUSY
                self.answering_since = monotonic()
                self.server.watch_soon()
                keep = req.keep_alive()
                await self.send(answer(self.server.site, req), keep, req)
                if not keep:
                    break
        except HttpError as e:
            await self.refuse(e.status, e.why)
        except TimeoutError:
            if self.parser.pending():
                await self.refuse(408, "Request Timeout")
        finally:
            if self.stuck:
                self.stream.abort()                 # what it did not take is dropped, not kept to send
            else:
                self.stream.close()
            if self in self.server.connections:     # not if it was dropped
                self.server.connections.remove(self)


class Server:
    def __init__(self, site: dict[str, Resource], wall: WallClock) -> None:
        self.site = site
        self.dates = Dates(wall)
        self.connections: list[Connection] = []
        self.watching = False

    def make_room(self) -> bool:
        """Below MAX_CONNECTIONS, evicting the connection idle longest if need be;
        False if every one is answering."""
        if len(self.connections) < MAX_CONNECTIONS:
            return True
        oldest = min(self.connections, key=lambda c: c.idle_since)
        if oldest.idle_since == BUSY:
            return False
        self.drop(oldest)
        return True

    def drop(self, conn: Connection) -> None:
        """Stop serving conn: its task ends (and closes the stream)."""
        self.connections.remove(conn)
        if conn.task is not None:
            conn.task.cancel()
            conn.task = None

    def watch_soon(self) -> None:
        if not self.watching:
            self.watching = True
            spawn(self.watch())

    async def watch(self) -> None:
        """While some connection is answering, once a second: drop those whose
        client has not taken the answer within REQUEST_SECONDS (no timer runs
        while every connection waits for a request)."""
        while True:
            await sleep(1)
            busy = [c for c in self.connections if c.idle_since == BUSY]
            if not busy:
                break
            for conn in busy:
                if monotonic() - conn.answering_since > REQUEST_SECONDS:
                    conn.stuck = True
                    self.drop(conn)
        self.watching = False

    async def serve(self, listener: TcpListener) -> None:
        while True:
            stream = await listener.accept()
            if not self.make_room():
                stream.close()
                continue
            conn = Connection(self, stream)
            self.connections.append(conn)
            conn.task = spawn(client(conn))


async def client(conn: Connection) -> None:
    try:
        await conn.serve()
    except OSError:
        pass            # reset by the client, or it stopped answering


async def serve_site(console: Console, stack: Stack, wall: WallClock, site: dict[str, Resource]) -> None:
    listener = stack.tcp_listen(PORT, backlog=64)
    console.log(f"web: {len(site)} files on {stack.address()} port {PORT}")
    await Server(site, wall).serve(listener)
