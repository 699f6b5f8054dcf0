"""HTTP/1.1 requests (RFC 9112), parsed incrementally: `Parser.feed` takes
bytes as they arrive, `Parser.next_request` returns each whole request
(its body read) in order, or None until more bytes come.  A request that
breaks the syntax or a limit raises `HttpError` with the status to send
before closing the connection: 400 (syntax, no Host on HTTP/1.1, bad
framing), 413 (body), 414 (request line), 431 (header fields), 501 (a
transfer coding other than chunked), 505 (a version other than 1.x).
"""

from __future__ import annotations

TCHAR = set(b"!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
HEX = "0123456789abcdefABCDEF"

# The parser's states: what the next bytes are.
REQUEST_LINE = 0
FIELD_LINE = 1
BODY = 2
CHUNK_SIZE = 3
CHUNK_DATA = 4
CHUNK_END = 5       # the CRLF after a chunk's data
TRAILER = 6
FAILED = 7


class HttpError(Exception):
    """A request the server answers with `status` and then closes."""

    def __init__(self, status: int, why: str) -> None:
        super().__init__(f"{status} {why}")
        self.status = status
        self.why = why


class Request:
    def __init__(self, method: str, target: str, minor: int) -> None:
        self.method = method
        self.target = target
        self.minor = minor                          # HTTP/1.minor
        self.fields: list[tuple[str, str]] = []     # (lower-case name, value) in order
        self.body = b""

    def header(self, name: str) -> str | None:
        """The field's value (several lines joined with ", "), None if absent;
        name in lower case."""
        values = [v for n, v in self.fields if n == name]
        return ", ".join(values) if values else None

    def tokens(self, name: str) -> list[str]:
        """A list-valued field's elements, lower case (Connection, Transfer-Encoding)."""
        value = self.header(name)
        return [] if value is None else [t.strip().lower() for t in value.split(",") if t.strip()]

    def keep_alive(self) -> bool:
        """Does the connection stay open after the response (RFC 9112 9.3)?"""
        if "close" in self.tokens("connection"):
            return False
        return self.minor >= 1 or "keep-alive" in self.tokens("connection")


def is_token(s: bytes) -> bool:
    return len(s) > 0 and all(c in TCHAR for c in s)


def parse_request_line(line: bytes) -> Request:
    parts = line.split(b" ")
    if len(parts) != 3:
        raise HttpError(400, "malformed request line")
    method, target, version = parts
    if not is_token(method):
        raise HttpError(400, "invalid method")
    if not target or any(c <= 32 or c >= 127 for c in target):
        raise HttpError(400, "invalid request target")
    if len(version) != 8 or not version.startswith(b"HTTP/") or version[6] != 46 \
            or not (48 <= version[5] <= 57 and 48 <= version[7] <= 57):
        raise HttpError(400, "invalid version")
    if version[5] != 49:
        raise HttpError(505, "version not supported")
    return Request(method.decode(), target.decode(), version[7] - 48)


def parse_field_line(line: bytes) -> tuple[str, str]:
    name, colon, value = line.partition(b":")
    if not colon or not is_token(name):
        raise HttpError(400, "malformed field line")    # also whitespace before the colon (RFC 9112 5.1)
    value = value.strip(b" \t")
    if any((c < 32 and c != 9) or c == 127 for c in value):
        raise HttpError(400, "invalid field value")
    return name.decode().lower(), value.decode("latin-1")


def content_length(value: str) -> int:
    """Content-Length: digits, or a list of the same digits (RFC 9112 6.3)."""
    values = [v.strip() for v in value.split(",")]
    digits = values[0]
    if any(v != digits for v in values):
        raise HttpError(400, "conflicting Content-Length")
    if not digits or len(digits) > 18 or not all(c in "0123456789" for c in digits):
        raise HttpError(400, "invalid Content-Length")
    return int(digits)


class Parser:
    """One connection's requests.  The limits: a request line of at most
    max_line bytes (else 414), field lines of at most max_head bytes in all and
    max_fields field lines (else 431), a body of at most max_body (else 413)."""

    def __init__(self, max_line: int = 8000, max_head: int = 8192, max_fields: int = 64,
                 max_body: int = 1 << 20) -> None:
        self.max_line = max_line
        self.max_head = max_head
        self.max_fields = max_fields
        self.max_body = max_body
        self.buffered = bytearray()
        self.state = REQUEST_LINE
        self.request: Request | None = None
        self.head_size = 0
        self.left = 0                   # bytes of the body or chunk still to come
        self.body = bytearray()

    def feed(self, data: bytes) -> None:
        self.buffered.extend(data)

    def pending(self) -> bool:
        """Has part of a request arrived (a timeout then deserves a 408)?"""
        return self.state != REQUEST_LINE or len(self.buffered) > 0

    def next_request(self) -> Request | None:
        """The next whole request, None until more bytes are fed; HttpError
        (again at every later call) if the bytes are not one."""
        if self.state == FAILED:
            raise HttpError(400, "connection failed earlier")
        try:
            while True:
                done = self.step()
                if done is not None or not self.can_step():
                    return done
        except HttpError:
            self.state = FAILED
            raise

    def can_step(self) -> bool:
        if self.state in (BODY, CHUNK_DATA):
            return len(self.buffered) > 0 or self.left == 0
        return b"\n" in self.buffered

    def line(self, limit: int, status: int) -> bytes | None:
        """The next line without its CRLF; None if it has not all arrived."""
        end = self.buffered.find(b"\n")
        if end < 0:
            if len(self.buffered) > limit:
                raise HttpError(status, "line too long")
            return None
        if end > limit:
            raise HttpError(status, "line too long")
        if end == 0 or self.buffered[end - 1] != 13:
            raise HttpError(400, "line not ended by CRLF")
        line = bytes(self.buffered[:end - 1])
        del self.buffered[:end + 1]
        return line

    def step(self) -> Request | None:
        """One move of the state machine; the request if it completed one."""
        if self.state == REQUEST_LINE:
            line = self.line(self.max_line, 414)
            if line is not None and line:       # empty lines before a request are ignored (RFC 9112 2.2)
                self.request = parse_request_line(line)
                self.state = FIELD_LINE
                self.head_size = 0
            return None
        req = self.request
        assert req is not None
        if self.state == FIELD_LINE:
            line = self.line(self.max_head - self.head_size, 431)
            if line is None:
                return None
            self.head_size += len(line) + 2
            if line:
                if line[0] == 32 or line[0] == 9:
                    raise HttpError(400, "obsolete line folding")
                if len(req.fields) == self.max_fields:
                    raise HttpError(431, "too many fields")
                req.fields.append(parse_field_line(line))
                return None
            return self.start_body(req)
        if self.state in (BODY, CHUNK_DATA):
            take = min(self.left, len(self.buffered))
            self.body.extend(self.buffered[:take])
            del self.buffered[:take]
            self.left -= take
            if self.left > 0:
                return None
            if self.state == BODY:
                return self.finish(req)
            self.state = CHUNK_END
            return None
        if self.state == CHUNK_END:
            line = self.line(2, 400)
            if line is None:
                return None
            if line:
                raise HttpError(400, "chunk not ended by CRLF")
            self.state = CHUNK_SIZE
            return None
        if self.state == CHUNK_SIZE:
            line = self.line(1024, 400)
            if line is not None:
                self.start_chunk(line)
            return None
        line = self.line(self.max_head, 431)         # TRAILER: fields after the last chunk, dropped
        if line == b"":
            return self.finish(req)
        return None

    def start_body(self, req: Request) -> Request | None:
        """After the head: how the body is framed (RFC 9112 6.3)."""
        hosts = [v for n, v in req.fields if n == "host"]
        if len(hosts) > 1 or (req.minor >= 1 and not hosts):
            raise HttpError(400, "missing or repeated Host")
        codings = req.tokens("transfer-encoding")
        length = req.header("content-length")
        if codings:
            if length is not None or req.minor == 0:
                raise HttpError(400, "Transfer-Encoding with Content-Length or on HTTP/1.0")
            if codings != ["chunked"]:
                raise HttpError(501, "transfer coding not implemented")
            self.state = CHUNK_SIZE
            return None
        self.left = 0 if length is None else content_length(length)
        if self.left > self.max_body:
            raise HttpError(413, "body too large")
        self.state = BODY
        return self.finish(req) if self.left == 0 else None

    def start_chunk(self, line: bytes) -> None:
        size = line.split(b";")[0].strip(b" \t").decode("latin-1")
        if not size or len(size) > 15 or not all(c in HEX for c in size):
            raise HttpError(400, "invalid chunk size")
        self.left = int(size, 16)
        if len(self.body) + self.left > self.max_body:
            raise HttpError(413, "body too large")
        self.state = CHUNK_DATA if self.left > 0 else TRAILER

    def finish(self, req: Request) -> Request:
        req.body = bytes(self.body)
        self.body = bytearray()
        self.request = None
        self.state = REQUEST_LINE
        return req
