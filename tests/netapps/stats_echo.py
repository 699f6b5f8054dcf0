"""The echo service (as examples/echo/echo.py: TCP and UDP port 7, and TCP
port 8 for the fuzzer's own connections, which the floods to port 7 leave
alone) that also reports on itself, for tests/test_net_stress.py and
bench/netstress.py: any datagram to UDP port 9 is answered with one line
of `name=value` fields,

    heap=BYTES conns=N ready=N embryonic=N received=N malformed=N ... state4=N ...

where heap is unicc_sys.heap_in_use() (after a full collection), the rest
the stack's tables and counters, and last the number of connections in
each TCP state (unicc_net.tcp's numbers).  On another Stack device the
line has only heap.
"""

from __future__ import annotations

from unicc_devices import Console, Stack, TcpListener, TcpStream
from unicc_loop import run, spawn
from unicc_net.stack import DirectStack
from unicc_sys import heap_in_use

PORT, STATS_PORT, SESSION_PORT = 7, 9, 8


async def echo(stream: TcpStream) -> None:
    try:
        while True:
            data = await stream.read()
            if not data:
                break
            await stream.write(data)
    except OSError:
        pass
    finally:
        stream.close()


async def serve_tcp(listener: TcpListener) -> None:
    while True:
        stream = await listener.accept()
        spawn(echo(stream))


async def serve_udp(stack: Stack) -> None:
    datagrams = stack.udp_listen(PORT)
    while True:
        d = await datagrams.get()
        stack.udp_send(PORT, d.src, d.src_port, d.data)


def report(stack: Stack) -> str:
    fields = [f"heap={heap_in_use()}"]
    if isinstance(stack, DirectStack):
        s = stack.stack
        listener = s.tcp.listeners.get(PORT)
        fields += [f"conns={len(s.tcp.connections)}",
                   f"ready={len(listener.ready) if listener is not None else 0}",
                   f"embryonic={listener.embryonic if listener is not None else 0}",
                   f"syn_dropped={listener.dropped if listener is not None else 0}",
                   f"received={s.stats.received}", f"sent={s.stats.sent}", f"malformed={s.stats.malformed}",
                   f"ignored={s.stats.ignored}", f"tcp_malformed={s.tcp.malformed}",
                   f"resets={s.tcp.resets_sent}", f"partials={len(s.frags.partials)}",
                   f"arp_pending={len(s.arp.pending)}", f"arp_entries={len(s.arp.entries)}"]
        states: dict[int, int] = {}
        for c in s.tcp.connections.values():
            states[c.state] = states.get(c.state, 0) + 1
        fields += [f"state{k}={v}" for k, v in sorted(states.items())]
    return " ".join(fields)


async def serve(console: Console, stack: Stack) -> None:
    requests = stack.udp_listen(STATS_PORT)
    spawn(serve_tcp(stack.tcp_listen(PORT, backlog=64)))
    spawn(serve_tcp(stack.tcp_listen(SESSION_PORT, backlog=64)))
    spawn(serve_udp(stack))
    console.log(f"stats_echo: TCP and UDP port {PORT}, stats on UDP {STATS_PORT}, on {stack.address()}")
    while True:
        d = await requests.get()
        stack.udp_send(STATS_PORT, d.src, d.src_port, report(stack).encode())


def main(console: Console, stack: Stack) -> None:
    run(serve(console, stack))
