"""A small HTTP/1.1 server (RFC 9112) on port 80, with persistent
connections: the smallest web app, for curl and wrk, and the one the
network benchmark measures (bench/net.py).  The real web server is
examples/web; this one answers four things:

    GET /               a short greeting
    GET /bytes/N        N bytes (N <= 1 GiB), sent as they are made
    POST /discard       reads the body (Content-Length) and says how long it was
    POST /sha256        reads the body and answers its SHA-256 (hex), to check an upload

Anything else is 404 (an unknown path), 405 (another method), 400 (a request
it cannot read) or 431 (a head over 8 KiB).  A connection stays open until
the client closes it or sends `Connection: close` (HTTP/1.0 without
keep-alive closes after one answer).  Runs until killed:

    unicc run examples/http/http.py --target unix --net tap:tap0 --ipv4 10.0.0.2/24
    curl http://10.0.0.2/ http://10.0.0.2/bytes/10
"""

from __future__ import annotations

import hashlib

from unicc_devices import Console, Stack, TcpListener, TcpStream
from unicc_loop import run, spawn

PORT = 80
MAX_HEAD = 8192
MAX_BYTES = 1 << 30
GREETING = b"hello from unicc\n"
PATTERN = bytes(i & 255 for i in range(65536))


class BadRequest(Exception):
    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


class Request:
    def __init__(self, method: str, path: str, version: str, headers: dict[str, str]) -> None:
        self.method = method
        self.path = path
        self.version = version
        self.headers = headers

    def keep_alive(self) -> bool:
        conn = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return conn == "keep-alive"
        return conn != "close"


def parse_head(head: bytes) -> Request:
    """The request line and header fields (without the blank line)."""
    try:
        text = head.decode("ascii")
    except UnicodeDecodeError:
        raise BadRequest("400 Bad Request") from None
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[0].isupper() or not parts[2].startswith("HTTP/1."):
        raise BadRequest("400 Bad Request")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise BadRequest("400 Bad Request")
        headers[name.lower()] = value.strip()
    return Request(parts[0], parts[1], parts[2], headers)


class Connection:
    """One client: requests read from `buffered` and the stream, one at a time."""

    def __init__(self, stream: TcpStream) -> None:
        self.stream = stream
        self.buffered = b""

    async def fill(self) -> bool:
        more = await self.stream.read()
        self.buffered += more
        return bool(more)

    async def head(self) -> bytes | None:
        """The next request's head, or None at the end of the stream."""
        while True:
            end = self.buffered.find(b"\r\n\r\n")
            if end > MAX_HEAD or end < 0 and len(self.buffered) > MAX_HEAD:
                raise BadRequest("431 Request Header Fields Too Large")
            if end >= 0:
                head, self.buffered = self.buffered[:end], self.buffered[end + 4:]
                return head
            if not await self.fill():
                if self.buffered:
                    raise BadRequest("400 Bad Request")
                return None

    async def read_body(self, n: int, digest: bool) -> tuple[int, str]:
        """Read an n-byte body: how much arrived, and its SHA-256 in hex if
        `digest` ("" if not: hashing costs more than the reading)."""
        got = 0
        sha = hashlib.sha256()
        while got < n:
            if not self.buffered and not await self.fill():
                break
            take = min(n - got, len(self.buffered))
            if digest:
                sha.update(self.buffered[:take])
            self.buffered = self.buffered[take:]
            got += take
        return got, sha.hexdigest() if digest else ""

    async def answer(self, status: str, body: bytes, keep: bool, length: int = -1,
                     kind: str = "text/plain") -> None:
        """The status line and fields, then body; `length`: the Content-Length
        when the body follows separately (or for HEAD)."""
        fields = [f"HTTP/1.1 {status}", "Server: unicc", f"Content-Length: {len(body) if length < 0 else length}",
                  f"Content-Type: {kind}"]
        if not keep:
            fields.append("Connection: close")
        await self.stream.write("\r\n".join(fields + ["", ""]).encode() + body)

    async def send_bytes(self, n: int, keep: bool, method: str) -> None:
        await self.answer("200 OK", b"", keep, n, "application/octet-stream")
        while n > 0 and method == "GET":
            piece = PATTERN if n >= len(PATTERN) else PATTERN[:n]
            await self.stream.write(piece)
            n -= len(piece)

    async def respond(self, req: Request) -> bool:
        """Answer one request; whether the connection stays open."""
        keep = req.keep_alive()
        if req.method == "POST" and req.path in ("/discard", "/sha256"):
            size = req.headers.get("content-length", "0")
            if not size.isdigit():
                raise BadRequest("400 Bad Request")
            hashing = req.path == "/sha256"
            got, digest = await self.read_body(int(size), hashing)
            await self.answer("200 OK", f"{digest if hashing else got}\n".encode(), keep)
            return keep and got == int(size)
        if req.method not in ("GET", "HEAD"):
            await self.answer("405 Method Not Allowed", b"", False)
            return False
        if req.path == "/":
            await self.answer("200 OK", GREETING if req.method == "GET" else b"", keep,
                              -1 if req.method == "GET" else len(GREETING))
        elif req.path.startswith("/bytes/") and req.path[7:].isdigit() and int(req.path[7:]) <= MAX_BYTES:
            await self.send_bytes(int(req.path[7:]), keep, req.method)
        else:
            await self.answer("404 Not Found", b"not found\n", keep)
        return keep

    async def serve(self) -> None:
        try:
            while True:
                head = await self.head()
                if head is None or not await self.respond(parse_head(head)):
                    break
        except BadRequest as e:
            await self.answer(e.status, b"", False)
        finally:
            self.stream.close()


async def client(stream: TcpStream) -> None:
    try:
        await Connection(stream).serve()
    except OSError:
        pass            # reset by the client, or it stopped answering


async def serve_http(listener: TcpListener) -> None:
    while True:
        spawn(client(await listener.accept()))


async def serve(console: Console, stack: Stack) -> None:
    listener = stack.tcp_listen(PORT, backlog=64)
    console.log(f"http: port {PORT} on {stack.address()}")
    await serve_http(listener)


def main(console: Console, stack: Stack) -> None:
    run(serve(console, stack))
