"""The echo service (RFC 862) over TCP and UDP: every datagram to UDP port
7 goes back to its sender as it is, and every byte sent on a TCP connection
to port 7 comes back on it until the client closes its side.  The network
stack answers ping by itself.  Runs until killed:

    ip tuntap add mode tap tap0 && ip addr add 10.0.0.1/24 dev tap0 && ip link set tap0 up
    unicc run examples/echo/echo.py --target unix --net tap:tap0 --ipv4 10.0.0.2/24
    ping 10.0.0.2; socat - UDP:10.0.0.2:7; socat - TCP:10.0.0.2:7
"""

from __future__ import annotations

from unicc_devices import Console, Stack, TcpListener, TcpStream
from unicc_loop import run, spawn

PORT = 7


async def echo(stream: TcpStream) -> None:
    """One TCP client: what it sends comes back; its FIN ends the echo."""
    try:
        while True:
            data = await stream.read()
            if not data:
                break
            await stream.write(data)
    except OSError:
        pass            # reset by the client, or it stopped answering
    finally:
        stream.close()


async def serve_tcp(listener: TcpListener) -> None:
    while True:
        stream = await listener.accept()
        spawn(echo(stream))


async def serve(console: Console, stack: Stack) -> None:
    datagrams = stack.udp_listen(PORT)
    spawn(serve_tcp(stack.tcp_listen(PORT, backlog=64)))
    console.log(f"echo: TCP and UDP port {PORT} on {stack.address()}")
    while True:
        d = await datagrams.get()
        stack.udp_send(PORT, d.src, d.src_port, d.data)


def main(console: Console, stack: Stack) -> None:
    run(serve(console, stack))
