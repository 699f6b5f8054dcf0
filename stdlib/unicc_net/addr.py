"""IP addresses as a type of their own: the packed bytes, 4 for IPv4 and 16
for IPv6 (which comes later), so no layer assumes an address's length."""

from __future__ import annotations

from unicc_buf import Buffer


class IPAddr:
    def __init__(self, packed: bytes) -> None:
        if len(packed) != 4 and len(packed) != 16:
            raise ValueError(f"an IP address has 4 or 16 bytes, not {len(packed)}")
        self.packed = packed

    @staticmethod
    def parse(text: str) -> IPAddr:
        """Dotted-quad IPv4 (ValueError otherwise)."""
        parts = text.split(".")
        if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 and int(p) <= 255 for p in parts):
            raise ValueError(f"not an IPv4 address: {text!r}")
        return IPAddr(bytes([int(p) for p in parts]))

    @staticmethod
    def read(buf: Buffer, off: int, size: int) -> IPAddr:
        return IPAddr(buf.slice(off, off + size).tobytes())

    def version(self) -> int:
        return 4 if len(self.packed) == 4 else 6

    def write(self, buf: Buffer, off: int) -> None:
        buf.write(off, self.packed)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IPAddr) and self.packed == other.packed

    def __hash__(self) -> int:
        return hash(self.packed)

    def __str__(self) -> str:
        if len(self.packed) == 4:
            return ".".join(str(b) for b in self.packed)
        return ":".join(self.packed[i:i + 2].hex() for i in range(0, 16, 2))

    def __repr__(self) -> str:
        return f"IPAddr({str(self)!r})"


class Interface:
    """An address on a link: the address, its prefix length and the gateway
    (None: only the link's own network is reachable)."""

    def __init__(self, addr: IPAddr, prefix: int, gateway: IPAddr | None) -> None:
        if not 0 <= prefix <= 8 * len(addr.packed):
            raise ValueError(f"prefix length {prefix} out of range for {addr}")
        self.addr = addr
        self.prefix = prefix
        self.gateway = gateway

    @staticmethod
    def parse(cidr: str, gateway: str) -> Interface:
        """"ADDR/PREFIX" (and "" or a gateway address), as --ipv4 and --ipv4-gateway give them."""
        addr, slash, prefix = cidr.partition("/")
        if not slash or not prefix.isdigit():
            raise ValueError(f"expected ADDR/PREFIX, not {cidr!r}")
        return Interface(IPAddr.parse(addr), int(prefix), IPAddr.parse(gateway) if gateway else None)

    def on_link(self, ip: IPAddr) -> bool:
        """Is ip on this interface's network?"""
        if len(ip.packed) != len(self.addr.packed):
            return False
        return masked(ip.packed, self.prefix) == masked(self.addr.packed, self.prefix)

    def is_broadcast(self, ip: IPAddr) -> bool:
        """The limited broadcast or this network's directed broadcast (IPv4)."""
        if len(ip.packed) != 4:
            return False
        n = int.from_bytes(ip.packed, "big")
        host = (1 << (32 - self.prefix)) - 1
        return n == 0xFFFFFFFF or self.prefix < 31 and self.on_link(ip) and n & host == host

    def next_hop(self, ip: IPAddr) -> IPAddr | None:
        """Where a packet for ip goes on the link, None if it cannot be reached."""
        return ip if self.on_link(ip) or self.is_broadcast(ip) else self.gateway


def masked(packed: bytes, prefix: int) -> int:
    bits = 8 * len(packed)
    return int.from_bytes(packed, "big") >> (bits - prefix) if prefix else 0
