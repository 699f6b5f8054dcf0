"""UDP (RFC 768): the header view and its checksum over the pseudo-header."""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_net.addr import IPAddr
from unicc_net.wire import checksum_add, checksum_fold, pseudo_sum

HEADER_LEN = 8
PROTOCOL = 17


class Datagram:
    """What an application receives: the data and who sent it."""

    def __init__(self, data: bytes, src: IPAddr, src_port: int) -> None:
        self.data = data
        self.src = src
        self.src_port = src_port


class Header:
    def __init__(self, buf: Buffer) -> None:
        self.buf = buf

    def check(self, src: IPAddr, dst: IPAddr, checked: bool = False) -> bool:
        """Well formed within buf (the IP payload), and the checksum right
        or absent (0, allowed over IPv4 only) or checked by the device."""
        if len(self.buf) < HEADER_LEN:
            return False
        n = self.length()
        if n < HEADER_LEN or n > len(self.buf):
            return False
        if checked:
            return True
        if self.buf.get_u16_be(6) == 0:
            return src.version() == 4
        pseudo = pseudo_sum(src.packed, dst.packed, PROTOCOL, n)
        return checksum_fold(checksum_add(self.buf.slice(0, n), pseudo)) == 0

    def src_port(self) -> int:
        return self.buf.get_u16_be(0)

    def dst_port(self) -> int:
        return self.buf.get_u16_be(2)

    def length(self) -> int:
        return self.buf.get_u16_be(4)

    def payload(self) -> Buffer:
        return self.buf.slice(HEADER_LEN, self.length())


def emit(buf: Buffer, src_port: int, dst_port: int, src: IPAddr, dst: IPAddr) -> None:
    """The header in front of the payload already in buf[8:]."""
    pseudo = pseudo_sum(src.packed, dst.packed, PROTOCOL, len(buf))
    buf.set_u16_be(0, src_port)
    buf.set_u16_be(2, dst_port)
    buf.set_u16_be(4, len(buf))
    buf.set_u16_be(6, 0)
    c = checksum_fold(checksum_add(buf, pseudo))
    buf.set_u16_be(6, c if c else 0xFFFF)
