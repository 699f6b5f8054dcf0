"""bench/ofbench.py's simulated switches count only flows set up as asked.

The controller here is unicc_openflow's learning switch itself, run by
CPython on a loopback socket (CONTROLLER below: the compiled one is what the
bench measures, and building it takes longer than this whole test).  Against
it the simulator counts flows in both modes, never more than the controller
says it installed; against the same controller made to answer wrongly (the
destination address for the source, the wrong output port, each FLOW_MOD
twice, a flood instead of a flow) it stops with the reason and counts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from bench.ofbench import WrongReply, simulate
from conftest import ROOT

# The learning switch on 127.0.0.1 (the port it prints), a thread per switch;
# argv[1] says how to spoil its replies.  At a switch's close it prints the
# flows it installed.
CONTROLLER = '''
import socket, sys, threading
from unicc_openflow.framer import Framer
from unicc_openflow.learning import LearningSwitch
from unicc_openflow.messages import FlowMod, PacketOut, decode
from unicc_openflow.wire import OFPP_FLOOD, Output

def spoil(msg):
    """The message's bytes, as argv[1] spoils a FLOW_MOD adding a flow."""
    if not isinstance(msg, FlowMod) or msg.command != 0:
        return [msg.encode()]
    if sys.argv[1] == "swap":
        msg.match.dl_dst = msg.match.dl_src
    elif sys.argv[1] == "port":
        msg.actions = [Output(msg.actions[0].port + 1)]
    elif sys.argv[1] == "twice":
        return [msg.encode(), msg.encode()]
    elif sys.argv[1] == "flood":
        return [PacketOut(msg.xid, msg.buffer_id, msg.match.in_port, [Output(OFPP_FLOOD)]).encode()]
    elif sys.argv[1] == "short":
        return [msg.encode()[:2] + bytes([0, 56]) + msg.encode()[4:56]]
    return [msg.encode()]

def serve(conn):
    switch, framer = LearningSwitch(), Framer()
    conn.sendall(b"".join(m.encode() for m in switch.start()))
    try:
        while data := conn.recv(65536):
            framer.feed(data)
            out = []
            while (one := framer.next()) is not None:
                for msg in switch.handle(decode(one)):
                    out.extend(spoil(msg))
            if out:
                conn.sendall(b"".join(out))
    except OSError:
        pass
    with printing:   # a line whole: print() writes the number and its newline apart
        print(switch.flows_installed, flush=True)

printing = threading.Lock()

listener = socket.create_server(("127.0.0.1", 0))
print(listener.getsockname()[1], flush=True)
while True:
    threading.Thread(target=serve, args=(listener.accept()[0],), daemon=True).start()
'''


@contextmanager
def controller(how: str) -> Iterator[tuple[int, subprocess.Popen[str]]]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "stdlib"))
    proc = subprocess.Popen([sys.executable, "-c", CONTROLLER, how], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        yield int(proc.stdout.readline()), proc
    finally:
        proc.kill()
        proc.wait()


def installed(proc: subprocess.Popen[str], switches: int) -> int:
    """The flows the controller installed, once each switch has closed."""
    assert proc.stdout is not None
    return sum(int(proc.stdout.readline()) for _ in range(switches))


@pytest.mark.parametrize("window", [1, 16])
def test_counts_flows_the_controller_installed(window: int) -> None:
    with controller("honest") as (port, proc):
        result = simulate("127.0.0.1", port, switches=3, window=window, seconds=1, warmup=0.2)
        total = installed(proc, 3)
    print(f"window {window}: {result}")
    assert result["flows"] > 100
    assert result["flows"] == sum(result["per_second"])
    # the controller also installed the warm-up's flows and those still in flight at the end
    assert result["flows"] <= total
    assert 0 < result["simulator_cpu"] < 1.5


@pytest.mark.parametrize("how, why", [("swap", "wanted in_port, dl_src, dl_dst"),
                                      ("port", "one output to 000"),
                                      ("twice", "which has no PACKET_IN outstanding"),
                                      ("flood", "only the hosts' broadcasts are flooded"),
                                      ("short", "FLOW_MOD for buffer , which has no PACKET_IN outstanding")])
def test_wrong_replies_stop_the_run(how: str, why: str) -> None:
    with controller(how) as (port, _):
        with pytest.raises(WrongReply, match=why):
            simulate("127.0.0.1", port, switches=2, window=4, seconds=1, warmup=0.2)

