"""Event channels (Xen's event_channel.h, 2-level ABI): notify, unmask,
close, allocate a port for a backend to bind, and the pending bits.

The guest never takes an upcall; an event only ends the event loop's idle
wait.  x86: SCHEDOP_poll with no ports (runtime/platform/xen-pvh/time.c),
which any port of the domain ends when its pending bit goes from 0 to 1.
ARM: the event-channel PPI ends the wfi (runtime/platform/xen-arm/events.c,
enabled when event_bits() is first asked for).  Either way a driver clears
its port's bit (take) before looking at its ring, so that the next event
wakes the loop again.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices.xen.hypervisor import DOMID_SELF, EVENT_CHANNEL_OP, Hypervisor, Shared, call

OP_BIND_INTERDOMAIN, OP_CLOSE, OP_SEND, OP_ALLOC_UNBOUND, OP_UNMASK = 0, 3, 4, 6, 9
MASK_OFFSET = 512     # the mask bits follow the 4096 pending bits
PORTS = 4096          # what the 2-level ABI can name on a 64-bit xen_ulong_t


class EventChannels:
    def __init__(self, hv: Hypervisor) -> None:
        self.hv = hv
        self.bits = hv.event_bits()

    def _op(self, cmd: int, name: str, port: int) -> Buffer:
        arg = Buffer(bytearray(4))
        arg.set_u32_le(0, port)
        call(self.hv, EVENT_CHANNEL_OP, cmd, arg, f"{name}({port})")
        return arg

    def notify(self, port: int) -> None:
        self._op(OP_SEND, "EVTCHNOP_send", port)

    def unmask(self, port: int) -> None:
        self._op(OP_UNMASK, "EVTCHNOP_unmask", port)

    def close(self, port: int) -> None:
        self._op(OP_CLOSE, "EVTCHNOP_close", port)

    def alloc_unbound(self, remote_domid: int) -> int:
        """A new port that domain remote_domid may bind (a frontend's ring)."""
        arg = Buffer(bytearray(8))
        arg.set_u16_le(0, DOMID_SELF)
        arg.set_u16_le(2, remote_domid)
        call(self.hv, EVENT_CHANNEL_OP, OP_ALLOC_UNBOUND, arg, f"EVTCHNOP_alloc_unbound({remote_domid})")
        return check_port(arg.get_u32_le(4))

    def bind_interdomain(self, remote_domid: int, remote_port: int) -> int:
        """A local port connected to remote_port of domain remote_domid."""
        arg = Buffer(bytearray(12))
        arg.set_u16_le(0, remote_domid)
        arg.set_u32_le(4, remote_port)
        call(self.hv, EVENT_CHANNEL_OP, OP_BIND_INTERDOMAIN, arg,
             f"EVTCHNOP_bind_interdomain({remote_domid}, {remote_port})")
        return check_port(arg.get_u32_le(8))

    def pending(self, port: int) -> bool:
        return self.bits.read32(check_port(port) // 32 * 4) >> (port % 32) & 1 == 1

    def masked(self, port: int) -> bool:
        return self.bits.read32(MASK_OFFSET + check_port(port) // 32 * 4) >> (port % 32) & 1 == 1

    def take(self, port: int) -> bool:
        """Clear port's pending bit; whether it was set."""
        return change_bit(self.bits, check_port(port) // 32 * 4, port % 32, False)

    def mask(self, port: int) -> None:
        change_bit(self.bits, MASK_OFFSET + check_port(port) // 32 * 4, port % 32, True)


def check_port(port: int) -> int:
    if not 0 < port < PORTS:
        raise ValueError(f"event channel port {port} out of range")
    return port


def change_bit(mem: Shared, off: int, bit: int, value: bool) -> bool:
    """Atomically set or clear one bit of a word others write too; its old value."""
    m = 1 << bit
    while True:
        old = mem.read32(off)
        if mem.cmpxchg32(off, old, old | m if value else old & ~m) == old:
            return old & m != 0
