"""An OpenFlow 1.0 software switch: forwards Ethernet frames between its
ports (TAPs on unix, virtio-net devices on the guests under QEMU) by the
flow table a controller fills (unicc_openflow.switch), talking to the
controller at CONTROLLER:PORT over TCP on its own stack.  Runs until killed:

    unicc run examples/ofswitch/ofswitch.py --target unix --device ports=taps:tap1,tap2 \\
        --net tap:mgmt --ipv4 10.0.0.2/24
    unicc run examples/ofswitch/ofswitch.py --target xen --device ports=virtio:tap1,tap2 \\
        --net virtio:mgmt --ipv4 10.0.0.2/24

It connects again (every RETRY_SECONDS) whenever the controller is gone,
keeping its flows meanwhile; frames that miss the table are dropped
until a controller is there to ask (secure mode).
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices import Clock, Console, Ports, Stack, TcpStream
from unicc_loop import Queue, QueueFull, register_poller, run, sleep, spawn, with_timeout
from unicc_net.addr import IPAddr
from unicc_openflow.framer import Framer
from unicc_openflow.messages import ECHO_REQUEST, Message
from unicc_openflow.switch import Switch
from unicc_openflow.wire import OpenFlowError, PhyPort

CONTROLLER = "10.0.0.1"
PORT = 6653
DATAPATH_ID = 1
RETRY_SECONDS = 1
QUIET_SECONDS = 15          # silence after which the controller is sent an ECHO_REQUEST; twice, it is dropped
BURST = 32                  # frames taken from one port per turn, then the others get theirs


class Datapath:
    """The switch and its ports; what it has to tell the controller waits in `outbox`."""

    def __init__(self, console: Console, clock: Clock, ports: Ports) -> None:
        self.console = console
        self.clock = clock
        self.ports = ports
        phys = [PhyPort(i + 1, ports.mac(i), ports.name(i).encode()) for i in range(ports.count())]
        self.switch = Switch(DATAPATH_ID, phys)
        self.outbox: Queue[bytes] = Queue(256)
        self.rx = Buffer(bytearray(ports.mtu() + 18))
        self.dropped = 0

    def tell(self, msgs: list[Message]) -> None:
        """Queue messages for the controller; dropped when it is slow to take them."""
        if msgs:
            try:
                self.outbox.put_nowait(b"".join(msg.encode() for msg in msgs))
            except QueueFull:
                self.dropped += len(msgs)

    def transmit(self) -> None:
        for port_no, frame in self.switch.frames:
            self.ports.send(port_no - 1, Buffer(frame))
        self.switch.frames.clear()
        for line in self.switch.log:
            self.console.log("ofswitch: " + line)
        self.switch.log.clear()

    def poll(self) -> bool:
        now = self.clock.monotonic_ns()
        for i in range(self.ports.count()):
            for _ in range(BURST):
                n = self.ports.receive(i, self.rx)
                if n <= 0:
                    break
                self.tell(self.switch.receive(i + 1, self.rx.slice(0, n).tobytes(), now))
        self.transmit()
        return True

    async def expire(self) -> None:
        while True:
            await sleep(1)
            self.tell(self.switch.expire(self.clock.monotonic_ns()))


async def read_some(stream: TcpStream, dp: Datapath) -> bytes:
    """The next bytes; after QUIET_SECONDS of silence an ECHO_REQUEST, and
    TimeoutError if that goes unanswered as long."""
    try:
        return await with_timeout(QUIET_SECONDS, stream.read())
    except TimeoutError:
        dp.tell([Message(ECHO_REQUEST, dp.switch.next_xid())])
    return await with_timeout(QUIET_SECONDS, stream.read())


async def send_queued(stream: TcpStream, dp: Datapath) -> None:
    while True:
        await stream.write(await dp.outbox.get())


async def session(stream: TcpStream, dp: Datapath) -> str:
    """One connection to the controller, until it ends: why it did."""
    while not dp.outbox.empty():
        dp.outbox.get_nowait()          # left from the last session
    framer = Framer()
    dp.tell(dp.switch.start())
    writer = spawn(send_queued(stream, dp))
    try:
        while data := await read_some(stream, dp):
            framer.feed(data)
            while (one := framer.next()) is not None:
                dp.tell(dp.switch.handle(one, dp.clock.monotonic_ns()))
                if dp.switch.failed:
                    return dp.switch.failed
            dp.transmit()
        return "closed"
    except OpenFlowError as e:
        return "protocol error: %s" % e
    except (OSError, TimeoutError) as e:
        return "connection lost: %s" % e
    finally:
        dp.switch.connected = False
        writer.cancel()
        stream.close()


async def serve(console: Console, stack: Stack, dp: Datapath) -> None:
    controller = IPAddr.parse(CONTROLLER)
    names = ", ".join(dp.ports.name(i) for i in range(dp.ports.count()))
    console.log("ofswitch: %d ports (%s), controller %s:%d" % (dp.ports.count(), names, CONTROLLER, PORT))
    dp.ports.wake_on_receive()
    register_poller(lambda: dp.poll(), wakes=True)
    spawn(dp.expire())
    while True:
        try:
            stream = await with_timeout(5, stack.tcp_connect(controller, PORT))
        except (OSError, TimeoutError):
            await sleep(RETRY_SECONDS)
            continue
        console.log("ofswitch: connected to the controller")
        why = await session(stream, dp)
        dp.transmit()
        console.log("ofswitch: controller gone, %s" % why)
        await sleep(RETRY_SECONDS)


def main(console: Console, clock: Clock, stack: Stack, ports: Ports) -> None:
    run(serve(console, stack, Datapath(console, clock, ports)))
