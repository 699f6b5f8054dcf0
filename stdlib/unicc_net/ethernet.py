"""Ethernet II frames: destination and source MAC, EtherType, payload."""

from __future__ import annotations

from unicc_buf import Buffer

HEADER_LEN = 14
IPV4 = 0x0800
ARP = 0x0806
IPV6 = 0x86DD
BROADCAST = b"\xff\xff\xff\xff\xff\xff"


class Frame:
    def __init__(self, buf: Buffer) -> None:
        self.buf = buf

    def check(self) -> bool:
        return len(self.buf) >= HEADER_LEN

    def dst(self) -> bytes:
        return self.buf.slice(0, 6).tobytes()

    def src(self) -> bytes:
        return self.buf.slice(6, 12).tobytes()

    def ethertype(self) -> int:
        return self.buf.get_u16_be(12)

    def payload(self) -> Buffer:
        return self.buf.slice(HEADER_LEN, len(self.buf))


def emit(buf: Buffer, dst: bytes, src: bytes, ethertype: int) -> None:
    buf.write(0, dst)
    buf.write(6, src)
    buf.set_u16_be(12, ethertype)


def mac_str(mac: bytes) -> str:
    return ":".join(f"{b:02x}" for b in mac)
