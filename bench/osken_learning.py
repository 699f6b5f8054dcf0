"""The reference of bench.ofbench: an OpenFlow 1.0 learning switch written
for os-ken, doing what unicc_openflow.learning does (os-ken's PyPI package
ships no sample apps: no simple_switch, no osken-manager).  It runs in a
venv of its own that has os-ken (`make bench-deps` makes .venv-osken):

    .venv-osken/bin/python bench/osken_learning.py HOST PORT

On FEATURES_REPLY it sends SET_CONFIG (whole frames) and deletes every
flow; from each PACKET_IN it learns the port behind the source address, and
a frame for a known unicast address installs a flow on in_port, dl_src and
dl_dst (10 s idle timeout, output to the learnt port, the switch's buffer
if it has one, else a PACKET_OUT with the frame); any other frame is
flooded.  One log line per flow, as unicc's controller prints.  The frame
is read with os_ken.lib.packet, the idiom of os-ken's documentation, and
the match given the addresses as text; with `--slice` the addresses are
sliced from the frame and given as bytes (os-ken's fastest way, which
skips its packet classes and netaddr):

    .venv-osken/bin/python bench/osken_learning.py HOST PORT --slice

mypy does not check this file (pyproject.toml): os-ken is not installed
in the venv that runs mypy.
"""

import logging
import sys

from os_ken import cfg
from os_ken.base import app_manager
from os_ken.controller import ofp_event
from os_ken.controller.handler import CONFIG_DISPATCHER, MAIN_DISPATCHER, set_ev_cls
from os_ken.lib import hub
from os_ken.lib.packet import ethernet, packet
from os_ken.ofproto import ofproto_v1_0

IDLE_TIMEOUT = 10
PRIORITY = 0x8000
SLICE = "--slice" in sys.argv


def is_group(mac):
    """A multicast or broadcast address, as bytes or as os-ken's text."""
    return (mac[0] if isinstance(mac, bytes) else int(mac[:2], 16)) & 1


def text(mac):
    return mac.hex(":") if isinstance(mac, bytes) else mac


class LearningSwitch(app_manager.OSKenApp):
    OFP_VERSIONS = [ofproto_v1_0.OFP_VERSION]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.macs = {}              # datapath id -> {MAC (text or bytes): port}

    @set_ev_cls(ofp_event.EventOFPSwitchFeatures, CONFIG_DISPATCHER)
    def features(self, ev):
        dp = ev.msg.datapath
        ofp, parser = dp.ofproto, dp.ofproto_parser
        self.macs[dp.id] = {}
        dp.send_msg(parser.OFPSetConfig(dp, 0, 0xFFFF))
        dp.send_msg(parser.OFPFlowMod(dp, match=parser.OFPMatch(), command=ofp.OFPFC_DELETE))

    @set_ev_cls(ofp_event.EventOFPPacketIn, MAIN_DISPATCHER)
    def packet_in(self, ev):
        msg = ev.msg
        dp = msg.datapath
        ofp, parser = dp.ofproto, dp.ofproto_parser
        if SLICE:
            if len(msg.data) < 14:
                return
            dst, src = bytes(msg.data[0:6]), bytes(msg.data[6:12])
        else:
            eth = packet.Packet(msg.data).get_protocol(ethernet.ethernet)
            if eth is None:
                return
            dst, src = eth.dst, eth.src
        macs = self.macs.setdefault(dp.id, {})
        if not is_group(src):
            macs[src] = msg.in_port
        out = macs.get(dst, -1) if not is_group(dst) else -1
        if out == msg.in_port:
            return
        data = msg.data if msg.buffer_id == ofp.OFP_NO_BUFFER else None
        if out < 0:
            dp.send_msg(parser.OFPPacketOut(dp, msg.buffer_id, msg.in_port,
                                            [parser.OFPActionOutput(ofp.OFPP_FLOOD)], data))
            return
        self.logger.info("switch %#x: %s -> %s, port %d -> %d", dp.id, text(src), text(dst), msg.in_port, out)
        match = parser.OFPMatch(in_port=msg.in_port, dl_src=src, dl_dst=dst)
        actions = [parser.OFPActionOutput(out)]
        dp.send_msg(parser.OFPFlowMod(dp, match=match, command=ofp.OFPFC_ADD, idle_timeout=IDLE_TIMEOUT,
                                      priority=PRIORITY, buffer_id=msg.buffer_id, actions=actions))
        if data is not None:
            dp.send_msg(parser.OFPPacketOut(dp, ofp.OFP_NO_BUFFER, msg.in_port, actions, data))


def main():
    host, port = sys.argv[1], sys.argv[2]
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    cfg.CONF(args=["--ofp-listen-host", host, "--ofp-tcp-listen-port", port], project="os_ken")
    hub.patch(thread=True)
    app_manager.AppManager.run_apps(["osken_learning"])


if __name__ == "__main__":
    main()
