"""The echo service (RFC 862) over UDP: every datagram to port 7 goes back
to its sender as it is.  The network stack answers ping by itself.  Runs
until killed:

    ip tuntap add mode tap tap0 && ip addr add 10.0.0.1/24 dev tap0 && ip link set tap0 up
    unicc run examples/echo/echo.py --target unix --net tap:tap0 --ipv4 10.0.0.2/24
    ping 10.0.0.2; socat - UDP:10.0.0.2:7

TCP echo comes with TCP (docs/network.md).
"""

from __future__ import annotations

from unicc_devices import Console, Stack
from unicc_loop import run

PORT = 7


async def serve(console: Console, stack: Stack) -> None:
    datagrams = stack.udp_listen(PORT)
    console.log(f"echo: UDP port {PORT} on {stack.address()}")
    while True:
        d = await datagrams.get()
        stack.udp_send(PORT, d.src, d.src_port, d.data)


def main(console: Console, stack: Stack) -> None:
    run(serve(console, stack))
