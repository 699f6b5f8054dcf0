"""ICMP for IPv4 (RFC 792): echo request and reply, destination unreachable."""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_net.wire import checksum

HEADER_LEN = 8
ECHO_REPLY = 0
UNREACHABLE = 3
ECHO_REQUEST = 8
PORT_UNREACHABLE = 3
# Of the packet that caused an error: its header and this much of its payload (RFC 1812 allows more).
QUOTED = 8


class Message:
    def __init__(self, buf: Buffer) -> None:
        self.buf = buf

    def check(self) -> bool:
        return len(self.buf) >= HEADER_LEN and checksum(self.buf) == 0

    def type(self) -> int:
        return self.buf.get_u8(0)

    def code(self) -> int:
        return self.buf.get_u8(1)

    def ident(self) -> int:
        """Of an echo request or reply."""
        return self.buf.get_u16_be(4)

    def seq(self) -> int:
        return self.buf.get_u16_be(6)

    def data(self) -> Buffer:
        return self.buf.slice(HEADER_LEN, len(self.buf))


def emit_echo_reply(buf: Buffer, request: Message) -> None:
    """The reply to request: same identifier, sequence number and data (buf holds len(request.buf) bytes)."""
    buf.set_u8(0, ECHO_REPLY)
    buf.set_u8(1, 0)
    buf.set_u16_be(2, 0)
    buf.set_u16_be(4, request.ident())
    buf.set_u16_be(6, request.seq())
    buf.write(HEADER_LEN, request.data())
    buf.set_u16_be(2, checksum(buf))


def unreachable_len(original: Buffer, header_len: int) -> int:
    return HEADER_LEN + min(len(original), header_len + QUOTED)


def emit_unreachable(buf: Buffer, code: int, original: Buffer, header_len: int) -> None:
    """Destination unreachable quoting original's header and the first bytes
    of its payload (buf holds unreachable_len() bytes)."""
    buf.set_u8(0, UNREACHABLE)
    buf.set_u8(1, code)
    buf.set_u16_be(2, 0)
    buf.set_u32_be(4, 0)
    buf.write(HEADER_LEN, original.slice(0, len(buf) - HEADER_LEN))
    buf.set_u16_be(2, checksum(buf))
