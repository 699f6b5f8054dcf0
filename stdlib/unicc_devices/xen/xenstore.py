"""A xenstore client over the shared ring (Xen's io/xs_wire.h): read,
write, directory, rm, watches and their events, transactions.

The ring page holds a 1024-byte request ring, a 1024-byte response ring
and four free-running 32-bit indexes; each message is a 16-byte header
{type, req_id, tx_id, len} and len (at most 4096) payload bytes, so one
message may take several turns of a ring.  Nothing xenstored writes is
trusted: indexes more than a ring apart, a length over 4096, an unknown
type, or a reply to another request than the one waiting raise
XenstoreError, after which the connection is dead (every later call raises
the same); no byte outside the rings is read or written.  An error reply
("ENOENT") raises XenstoreError with that name in `error`.
"""

from __future__ import annotations

from unicc_devices.xen.evtchn import EventChannels
from unicc_devices.xen.hypervisor import Hypervisor, Shared

RING = 1024
REQ, RSP = 0, 1024
REQ_CONS, REQ_PROD, RSP_CONS, RSP_PROD = 2048, 2052, 2056, 2060
HEADER = 16
PAYLOAD_MAX = 4096
# message types
DIRECTORY, READ, WATCH, UNWATCH, TRANSACTION_START, TRANSACTION_END = 1, 2, 4, 5, 6, 7
WRITE, MKDIR, RM, WATCH_EVENT, ERROR = 11, 12, 13, 15, 16
KNOWN_TYPES = range(0, 23)
PATIENCE = 100   # idles in a row without xenstored moving a ring before it is given up on
WATCH_PATIENCE = 600   # the same for a watch event: another domain may take its time to act


class XenstoreError(OSError):
    """xenstored answered with an error (`error` is its name, e.g. "ENOENT")
    or broke the protocol (`error` is "")."""

    def __init__(self, message: str, error: str = "") -> None:
        super().__init__(message)
        self.error = error


class Ring:
    """The byte streams of one ring page: requests out, responses in."""

    def __init__(self, page: Shared, hv: Hypervisor) -> None:
        self.page = page
        self.hv = hv

    def send(self, data: bytes) -> int:
        """Copy as much of data as fits into the request ring; how much."""
        cons, prod = self.page.read32(REQ_CONS), self.page.read32(REQ_PROD)
        used = (prod - cons) & 0xffffffff
        if used > RING:
            raise XenstoreError(f"xenstore request ring indexes are {used} bytes apart (ring of {RING})")
        n = min(len(data), RING - used)
        self.hv.barrier()   # read req_cons before reusing the slots it freed
        for i in range(n):
            self.page.write8(REQ + (prod + i) % RING, data[i])
        self.hv.barrier()   # the bytes before the index
        self.page.write32(REQ_PROD, (prod + n) & 0xffffffff)
        return n

    def receive(self, limit: int) -> bytes:
        """Up to limit bytes of the response ring (maybe none)."""
        cons, prod = self.page.read32(RSP_CONS), self.page.read32(RSP_PROD)
        avail = (prod - cons) & 0xffffffff
        if avail > RING:
            raise XenstoreError(f"xenstore response ring indexes are {avail} bytes apart (ring of {RING})")
        n = min(avail, limit)
        self.hv.barrier()   # the index before the bytes
        out = bytearray(n)
        for i in range(n):
            out[i] = self.page.read8(RSP + (cons + i) % RING)
        self.hv.barrier()   # the bytes before freeing their slots
        self.page.write32(RSP_CONS, (cons + n) & 0xffffffff)
        return bytes(out)


class Message:
    def __init__(self, kind: int, req_id: int, tx_id: int, payload: bytes) -> None:
        self.kind = kind
        self.req_id = req_id
        self.tx_id = tx_id
        self.payload = payload


class Xenstore:
    def __init__(self, hv: Hypervisor, page: Shared, port: int, events: EventChannels) -> None:
        self.hv = hv
        self.ring = Ring(page, hv)
        self.port = port
        self.events = events
        self.last_id = 0
        self.inbox = bytearray()
        self.watch_events: list[tuple[str, str]] = []
        self.broken = ""
        self.moved = -1      # xenstored's two indexes when last idle, combined

    # -- the operations --
    def read(self, path: str, tx: int = 0) -> str:
        return text(self.request(READ, path.encode() + b"\0", tx))

    def write(self, path: str, value: str, tx: int = 0) -> None:
        self.request(WRITE, path.encode() + b"\0" + value.encode(), tx)

    def mkdir(self, path: str, tx: int = 0) -> None:
        self.request(MKDIR, path.encode() + b"\0", tx)

    def rm(self, path: str, tx: int = 0) -> None:
        self.request(RM, path.encode() + b"\0", tx)

    def directory(self, path: str, tx: int = 0) -> list[str]:
        return strings(self.request(DIRECTORY, path.encode() + b"\0", tx))

    def watch(self, path: str, token: str) -> None:
        """Events for path and below; xenstored sends one at once."""
        self.request(WATCH, path.encode() + b"\0" + token.encode() + b"\0", 0)

    def unwatch(self, path: str, token: str) -> None:
        self.request(UNWATCH, path.encode() + b"\0" + token.encode() + b"\0", 0)
        self.watch_events = [e for e in self.watch_events if e[1] != token]

    def next_event(self, token: str = "") -> tuple[str, str]:
        """(path, token) of the next watch event (of that token, if given:
        another driver's stay queued), waiting for it (about a minute at
        most, then XenstoreError)."""
        while True:
            for i, event in enumerate(self.watch_events):
                if not token or event[1] == token:
                    return self.watch_events.pop(i)
            self.dispatch(self.receive(WATCH_PATIENCE, "to send a watch event"))

    def transaction_start(self) -> int:
        reply = text(self.request(TRANSACTION_START, b"\0", 0).rstrip(b"\0"))
        if not reply.isdigit():
            raise self.fail(f"xenstore transaction id {reply!r} is not a number")
        return int(reply)

    def transaction_end(self, tx: int, commit: bool = True) -> bool:
        """End tx; False if xenstored refused the commit (EAGAIN: try again)."""
        try:
            self.request(TRANSACTION_END, b"T\0" if commit else b"F\0", tx)
        except XenstoreError as e:
            if e.error == "EAGAIN":
                return False
            raise
        return True

    # -- messages --
    def request(self, kind: int, payload: bytes, tx: int) -> bytes:
        if self.broken:
            raise XenstoreError(self.broken)
        if len(payload) > PAYLOAD_MAX:
            raise ValueError(f"xenstore request of {len(payload)} bytes (at most {PAYLOAD_MAX})")
        self.last_id = self.last_id % 0xffffffff + 1
        header = bytearray(HEADER)
        for i, v in enumerate([kind, self.last_id, tx, len(payload)]):
            header[4 * i:4 * i + 4] = v.to_bytes(4, "little")
        self.transmit(bytes(header) + payload)
        while True:
            reply = self.receive()
            if self.dispatch(reply):
                break
        if reply.req_id != self.last_id:
            raise self.fail(f"xenstore reply to request {reply.req_id}, expected {self.last_id}")
        if reply.kind == ERROR:
            name = text(reply.payload.rstrip(b"\0"))
            raise XenstoreError(f"xenstore: {name}", name)
        if reply.kind != kind:
            raise self.fail(f"xenstore reply of type {reply.kind} to a request of type {kind}")
        return reply.payload

    def dispatch(self, m: Message) -> bool:
        """Queue a watch event; True for anything else (a reply)."""
        if m.kind != WATCH_EVENT:
            return True
        parts = strings(m.payload)
        if len(parts) < 2:
            raise self.fail("xenstore watch event without a path and a token")
        self.watch_events.append((parts[0], parts[1]))
        return False

    def transmit(self, data: bytes) -> None:
        sent = 0
        waits = 0
        while sent < len(data):
            try:
                n = self.ring.send(data[sent:])
            except XenstoreError as e:
                raise self.fail(str(e)) from None
            sent += n
            self.events.notify(self.port)
            waits = 0 if n else self.wait(waits, "to take a request")

    def poll_events(self) -> None:
        """Queue the watch events xenstored has sent, without waiting (for
        a driver's event loop, between requests: a reply now is an error)."""
        if self.broken:
            raise XenstoreError(self.broken)
        while self.take_in(PAYLOAD_MAX + HEADER):
            pass
        m = self.message()
        while m is not None:
            if self.dispatch(m):
                raise self.fail(f"xenstore reply to request {m.req_id}, none is outstanding")
            m = self.message()

    def receive(self, patience: int = PATIENCE, what: str = "to answer") -> Message:
        """The next whole message, its header checked before its payload is read."""
        waits = 0
        while True:
            m = self.message()
            if m is not None:
                return m
            if len(self.inbox) >= HEADER:
                want = HEADER + word(self.inbox, 12) - len(self.inbox)
            else:
                want = HEADER - len(self.inbox)
            waits = 0 if self.take_in(want) else self.wait(waits, what, patience)

    def message(self) -> Message | None:
        """The first whole message of the inbox, if there is one."""
        if len(self.inbox) < HEADER:
            return None
        kind, length = word(self.inbox, 0), word(self.inbox, 12)
        if kind not in KNOWN_TYPES:
            raise self.fail(f"xenstore message of unknown type {kind}")
        if length > PAYLOAD_MAX:
            raise self.fail(f"xenstore message of {length} bytes (at most {PAYLOAD_MAX})")
        if len(self.inbox) < HEADER + length:
            return None
        m = Message(kind, word(self.inbox, 4), word(self.inbox, 8), bytes(self.inbox[HEADER:HEADER + length]))
        del self.inbox[:HEADER + length]
        return m

    def take_in(self, want: int) -> bool:
        """Up to want bytes of the response ring into the inbox; whether any came."""
        self.events.take(self.port)   # before looking: a later event wakes us again
        try:
            got = self.ring.receive(want)
        except XenstoreError as e:
            raise self.fail(str(e)) from None
        if got:
            self.inbox += got
            self.events.notify(self.port)   # xenstored may wait for the space
        return bool(got)

    def wait(self, waits: int, what: str, patience: int = PATIENCE) -> int:
        """Idle once; the idles in a row in which xenstored moved neither ring."""
        moved = self.ring.page.read32(REQ_CONS) ^ self.ring.page.read32(RSP_PROD)
        if moved != self.moved:
            self.moved, waits = moved, 0
        if waits >= patience:
            raise self.fail(f"xenstored did not come {what}")
        self.hv.idle()
        return waits + 1

    def fail(self, message: str) -> XenstoreError:
        self.broken = message
        return XenstoreError(message)


def word(b: bytearray, off: int) -> int:
    return int.from_bytes(b[off:off + 4], "little")


def text(b: bytes) -> str:
    """xenstore's bytes as text (UTF-8, else XenstoreError)."""
    try:
        return b.decode()
    except ValueError:
        raise XenstoreError(f"xenstore sent {len(b)} bytes that are not UTF-8") from None


def strings(payload: bytes) -> list[str]:
    """NUL-separated strings (a trailing NUL ends the last, it starts no new one)."""
    if not payload:
        return []
    return text(payload[:-1] if payload.endswith(b"\0") else payload).split("\0")
