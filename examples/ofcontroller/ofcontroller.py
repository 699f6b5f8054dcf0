"""An OpenFlow 1.0 controller: a learning switch (unicc_openflow.learning)
for every switch that connects to TCP port 6653.  Runs until killed:

    unicc run examples/ofcontroller/ofcontroller.py --target unix --net tap:tap0 --ipv4 10.0.0.2/24
    ovs-vsctl set-controller br0 tcp:10.0.0.2:6653
"""

from __future__ import annotations

from unicc_devices import Console, Stack, TcpStream
from unicc_loop import run, spawn, with_timeout
from unicc_openflow.framer import Framer
from unicc_openflow.learning import LearningSwitch
from unicc_openflow.messages import ECHO_REQUEST, Message, decode
from unicc_openflow.wire import OpenFlowError

PORT = 6653
QUIET_SECONDS = 15          # silence after which the switch is sent an ECHO_REQUEST; twice, it is dropped


async def send(stream: TcpStream, msgs: list[Message]) -> None:
    if msgs:
        await stream.write(b"".join(msg.encode() for msg in msgs))


async def read_some(stream: TcpStream, switch: LearningSwitch) -> bytes:
    """The next bytes; after QUIET_SECONDS of silence an ECHO_REQUEST, and
    TimeoutError if that goes unanswered as long."""
    try:
        return await with_timeout(QUIET_SECONDS, stream.read())
    except TimeoutError:
        await send(stream, [Message(ECHO_REQUEST, switch.next_xid())])
    return await with_timeout(QUIET_SECONDS, stream.read())


async def serve_switch(console: Console, stream: TcpStream) -> None:
    peer = "%s:%d" % (str(stream.remote()[0]), stream.remote()[1])
    switch = LearningSwitch()
    framer = Framer()
    why = "closed"
    try:
        await send(stream, switch.start())
        while data := await read_some(stream, switch):
            framer.feed(data)
            replies: list[Message] = []
            while (one := framer.next()) is not None:
                replies.extend(switch.handle(decode(one)))
            for line in switch.log:
                console.log("ofcontroller: " + line)
            switch.log.clear()
            await send(stream, replies)
    except OpenFlowError as e:
        why = "protocol error: %s" % e
    except (OSError, TimeoutError) as e:
        why = "connection lost: %s" % e
    stream.close()
    console.log("ofcontroller: switch %s (%#x) gone, %s, %d flows installed" % (peer, switch.datapath_id, why,
                                                                               switch.flows_installed))


async def serve(console: Console, stack: Stack) -> None:
    listener = stack.tcp_listen(PORT)
    console.log("ofcontroller: listening on %s port %d" % (str(stack.address()), PORT))
    while True:
        stream = await listener.accept()
        console.log("ofcontroller: switch %s connected" % str(stream.remote()[0]))
        spawn(serve_switch(console, stream))


def main(console: Console, stack: Stack) -> None:
    run(serve(console, stack))
