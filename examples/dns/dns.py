"""An authoritative DNS server (unicc_dns) for one zone, on port 53 over
UDP and over TCP (RFC 7766: each message after its 2-byte length, several
queries per connection; at most 64 connections, each closed after 5 s
without a query).  The zone is baked in at build time:
zone_data.py holds the master file's text (bake.py writes it from a zone
file), parsed when the server starts.  Runs until killed:

    python3 examples/dns/bake.py examples/dns/example.zone
    unicc run examples/dns/dns.py --target unix --net tap:tap0 --ipv4 10.0.0.2/24
    dig @10.0.0.2 www.example.com; dig +tcp @10.0.0.2 big.example.com TXT
"""

from __future__ import annotations

from unicc_devices import Console, Stack, TcpListener, TcpStream
from unicc_dns.server import respond
from unicc_dns.zone import Zone, ZoneError, parse_zone
from unicc_loop import run, spawn, with_timeout
from zone_data import ZONE_FILE, ZONE_TEXT

PORT = 53
IDLE_SECONDS = 5        # RFC 7766 6.2.3: the server may close idle connections; a few seconds is usual
MAX_CONNECTIONS = 64


async def read_exactly(stream: TcpStream, n: int, buffered: bytearray) -> bytes | None:
    """n bytes from buffered and then the stream; None if it ends first."""
    while len(buffered) < n:
        more = await stream.read()
        if not more:
            return None
        buffered.extend(more)
    data = bytes(buffered[:n])
    del buffered[:n]
    return data


async def next_query(stream: TcpStream, buffered: bytearray) -> bytes | None:
    """The next length-prefixed message; None at the end of the stream."""
    prefix = await read_exactly(stream, 2, buffered)
    if prefix is None:
        return None
    return await read_exactly(stream, (prefix[0] << 8) | prefix[1], buffered)


class TcpServer:
    """DNS over TCP: at most MAX_CONNECTIONS at once (one more is closed at
    once), each closed after IDLE_SECONDS without a whole query."""

    def __init__(self, zone: Zone) -> None:
        self.zone = zone
        self.open = 0

    async def serve_connection(self, stream: TcpStream) -> None:
        buffered = bytearray()
        try:
            while True:
                query = await with_timeout(IDLE_SECONDS, next_query(stream, buffered))
                out = None if query is None else respond(self.zone, query, tcp=True)
                if out is None:
                    break
                await stream.write(bytes(((len(out) >> 8) & 0xFF, len(out) & 0xFF)) + out)
        except OSError:
            pass            # idle too long (TimeoutError), reset by the client, or it stopped answering
        finally:
            stream.close()
            self.open -= 1

    async def serve(self, listener: TcpListener) -> None:
        while True:
            stream = await listener.accept()
            if self.open >= MAX_CONNECTIONS:
                stream.close()
                continue
            self.open += 1
            spawn(self.serve_connection(stream))


async def serve(console: Console, stack: Stack) -> None:
    try:
        zone = parse_zone(ZONE_TEXT, ZONE_FILE)
    except ZoneError as e:
        console.log(f"dns: {e}")
        return
    datagrams = stack.udp_listen(PORT)
    spawn(TcpServer(zone).serve(stack.tcp_listen(PORT, backlog=64)))
    console.log(f"dns: {zone.origin} on {stack.address()} port {PORT}")
    while True:
        d = await datagrams.get()
        out = respond(zone, d.data)
        if out is not None:
            stack.udp_send(PORT, d.src, d.src_port, out)


def main(console: Console, stack: Stack) -> None:
    run(serve(console, stack))
