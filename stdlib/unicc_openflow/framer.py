"""Cuts a TCP byte stream into OpenFlow messages by their length fields.

Feed it what the stream gives, take whole messages out.  A length below
the 8-byte header or above `limit` is an `OpenFlowError` (the connection is
broken: nothing after it can be framed), raised as soon as the header is in.
"""

from __future__ import annotations

from unicc_openflow.wire import HEADER_SIZE, OpenFlowError


class Framer:
    def __init__(self, limit: int = 0xFFFF) -> None:
        self.limit = limit
        self.buf = bytearray()
        self.start = 0              # where the next message begins in buf

    def feed(self, data: bytes) -> None:
        if self.start:
            del self.buf[:self.start]
            self.start = 0
        self.buf.extend(data)

    def next(self) -> bytes | None:
        """The next whole message, or None until more bytes come."""
        have = len(self.buf) - self.start
        if have < HEADER_SIZE:
            return None
        length = (self.buf[self.start + 2] << 8) | self.buf[self.start + 3]
        if length < HEADER_SIZE or length > self.limit:
            raise OpenFlowError("message length %d" % length)
        if have < length:
            return None
        self.start += length
        return bytes(self.buf[self.start - length:self.start])

    def pending(self) -> int:
        """Bytes of a message begun but not complete."""
        return len(self.buf) - self.start
