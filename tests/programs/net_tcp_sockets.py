# unicc_net.sockets, the application's async TCP, on two sans-I/O hosts
# joined by a lossless wire that carries segments whenever a stream flushes
# (a fake clock, no device).  An echo server and clients as tasks of
# unicc_loop: data both ways larger than the buffers (back-pressure), a
# reader and a writer on one stream at once, half-close and end of stream,
# a refused connect, a reset seen by read, write after shutdown, a listener
# closed under a waiting accept; at the end both tables are empty.
from unicc_loop import run, spawn
from unicc_net.addr import IPAddr
from unicc_net.sockets import DirectListener, DirectStream
from unicc_net.tcp import Tcp

S = 1_000_000_000
IP_A = IPAddr.parse("10.0.0.1")
IP_B = IPAddr.parse("10.0.0.2")


class Link:
    """The Host of both sides: the time, and a flush that carries every
    queued segment to the other side until both are quiet."""

    def __init__(self, a: Tcp, b: Tcp) -> None:
        self.a = a
        self.b = b
        self.t = 0
        self.segments = 0

    def now(self) -> int:
        self.t += 1000
        return self.t

    def flush(self) -> None:
        moving = True
        while moving:
            moving = False
            for src, dst in ((self.a, self.b), (self.b, self.a)):
                out = src.outbox
                src.outbox = []
                for _ip, frame in out:
                    moving = True
                    self.segments += 1
                    dst.receive(src.addr, dst.addr, frame, self.t)


def pattern(n: int) -> bytes:
    return bytes((i * 13 + (i >> 9)) & 255 for i in range(n))


async def echo(stream: DirectStream, log: list[str]) -> None:
    total = 0
    try:
        while True:
            data = await stream.read(10_000)
            if not data:
                break
            total += len(data)
            await stream.write(data)
        log.append(f"server: echoed {total}, end of stream")
    except OSError as e:
        log.append(f"server: {type(e).__name__}: {e} after {total}")
    finally:
        stream.close()


async def serve(listener: DirectListener, log: list[str]) -> None:
    try:
        while True:
            stream = await listener.accept()
            ip, port = stream.remote()
            log.append(f"server: accepted {ip}:{port >= 49152} on {stream.local_port()}")
            spawn(echo(stream, log))
    except OSError as e:
        log.append(f"server: accept: {type(e).__name__}: {e}")


async def read_all(stream: DirectStream, n: int) -> bytes:
    got = bytearray()
    while len(got) < n:
        data = await stream.read(n - len(got))
        if not data:
            break
        got.extend(data)
    return bytes(got)


async def write_then_shut(stream: DirectStream, data: bytes) -> int:
    await stream.write(data)
    stream.shutdown_write()
    return len(data)


async def client(link: Link, a: Tcp, log: list[str]) -> None:
    stream = DirectStream(a.connect(IP_B, 7, link.now()), link)
    link.flush()
    await stream.connected()
    print("client: connected, state", stream.conn.state)
    await stream.write(b"hello")
    print("client: read", await stream.read(100))
    data = pattern(150_000)
    writer = spawn(write_then_shut(stream, data))
    echoed = await read_all(stream, len(data))
    print("client: wrote and shut", await writer == len(data), "echo ok", echoed == data)
    print("client: end of stream", await stream.read(100), await stream.read(100))
    try:
        await stream.write(b"more")
    except BrokenPipeError as e:
        print("client:", type(e).__name__, e)
    stream.close()

    refused = DirectStream(a.connect(IP_B, 9, link.now()), link)
    link.flush()
    try:
        await refused.connected()
    except ConnectionRefusedError as e:
        print("client:", type(e).__name__, e)
    try:
        await refused.read(10)
    except ConnectionRefusedError as e:
        print("client: read on it:", type(e).__name__, e)

    victim = DirectStream(a.connect(IP_B, 7, link.now()), link)
    link.flush()
    await victim.connected()
    await victim.write(b"x" * 10)
    print("client: read", await victim.read(100))
    victim.abort()
    other = DirectStream(a.connect(IP_B, 7, link.now()), link)
    link.flush()
    await other.connected()
    await other.write(b"are you there?")
    print("client: read", await other.read(100))
    # The server resets this one: abort its side through the table.
    for c in list(link.b.connections.values()):
        if c.remote_port == other.local_port():
            c.abort()
    link.flush()
    try:
        await other.read(100)
    except ConnectionResetError as e:
        print("client:", type(e).__name__, e)
    try:
        await other.write(b"!")
    except ConnectionResetError as e:
        print("client:", type(e).__name__, e)


async def main() -> None:
    a = Tcp(IP_A, 1460, 11)
    b = Tcp(IP_B, 1460, 12)
    link = Link(a, b)
    log: list[str] = []
    listener = DirectListener(b.listen(7), link)
    server = spawn(serve(listener, log))
    await client(link, a, log)
    listener.close()
    await server
    for line in log:
        print(line)
    end = link.now() + 61 * S
    a.tick(end)
    b.tick(end)
    print("tables:", len(a.connections), len(b.connections), len(a.listeners), len(b.listeners),
          "segments", link.segments > 400)


run(main())
