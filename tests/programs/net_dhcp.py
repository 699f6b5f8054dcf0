# unicc_net.dhcp.Client, sans-I/O on a fake clock: the messages it sends
# (type, flags, ciaddr, options) and what it makes of a server's replies
# (OFFER, ACK with and without T1/T2, NAK), its retransmission times, the
# lease's renewal at T1 (unicast), rebinding at T2 (broadcast), the address
# lost at the lease's end, and replies it must ignore (another transaction,
# another MAC, truncated, bad cookie, options running past the end).
from unicc_net import dhcp
from unicc_net.addr import IPAddr

S = 1_000_000_000
MAC = bytes([2, 0, 0, 0, 0, 7])
SERVER = IPAddr(bytes([10, 0, 0, 1]))


def reply(xid: int, kind: int, yiaddr: bytes, lease: int = 60, t1: int = -1, t2: int = -1,
          mac: bytes = MAC) -> bytes:
    b = bytearray(240)
    b[0], b[1], b[2] = 2, 1, 6
    b[4:8] = xid.to_bytes(4, "big")
    b[16:20] = yiaddr
    b[28:34] = mac
    b[236:240] = dhcp.MAGIC
    opts = bytearray([53, 1, kind, 54, 4, 10, 0, 0, 1, 0, 0, 1, 4, 255, 255, 254, 0, 3, 4, 10, 0, 0, 254])
    opts += bytes([51, 4]) + lease.to_bytes(4, "big")
    if t1 >= 0:
        opts += bytes([58, 4]) + t1.to_bytes(4, "big")
    if t2 >= 0:
        opts += bytes([59, 4]) + t2.to_bytes(4, "big")
    return bytes(b + opts + bytes([255]))


def show(what: str, c: dhcp.Client, msg: bytes | None) -> None:
    if msg is None:
        print(what, dhcp.STATE_NAMES[c.state], "-")
        return
    i = 240
    opts: list[str] = []
    while msg[i] != 255:
        opts.append(f"{msg[i]}:{msg[i + 2:i + 2 + msg[i + 1]].hex()}")
        i += 2 + msg[i + 1]
    print(what, dhcp.STATE_NAMES[c.state], len(msg), msg[0], msg[10], IPAddr(msg[12:16]), msg[28:34] == MAC,
          " ".join(opts), "to", c.destination(), "retry", c.retry_at // S)


def main() -> None:
    c = dhcp.Client(MAC, 12345)
    show("discover", c, c.start(0))
    for t in [1, 2, 3, 5, 9, 17, 33, 49]:
        show(f"t={t}", c, c.tick(t * S))
    xid = c.xid
    show("offer of another xid", c, c.receive(reply(xid + 1, dhcp.OFFER, bytes([10, 0, 0, 9])), 50 * S))
    show("offer to another mac", c, c.receive(reply(xid, dhcp.OFFER, bytes([10, 0, 0, 9]),
                                                    mac=bytes(6)), 50 * S))
    show("ack while selecting", c, c.receive(reply(xid, dhcp.ACK, bytes([10, 0, 0, 9])), 50 * S))
    show("offer", c, c.receive(reply(xid, dhcp.OFFER, bytes([10, 0, 0, 9])), 50 * S))
    show("second offer", c, c.receive(reply(xid, dhcp.OFFER, bytes([10, 0, 0, 8])), 50 * S))
    for t in [51, 52, 54, 58]:
        show(f"t={t}", c, c.tick(t * S))
    xid = c.xid
    show("offer again", c, c.receive(reply(xid, dhcp.OFFER, bytes([10, 0, 0, 9])), 60 * S))
    show("ack", c, c.receive(reply(xid, dhcp.ACK, bytes([10, 0, 0, 9]), lease=100), 60 * S))
    print("bound", c.bound(), c.addr, c.prefix, c.router, c.changed, c.leases, c.t1_at // S, c.t2_at // S,
          c.end_at // S, c.deadline() // S)
    show("t=100", c, c.tick(100 * S))
    show("t=110 (T1)", c, c.tick(110 * S))
    for t in [111, 120, 130, 140, 145, 147, 148, 150]:
        show(f"t={t}", c, c.tick(t * S))
    show("renewed", c, c.receive(reply(xid, dhcp.ACK, bytes([10, 0, 0, 9]), lease=40, t1=10, t2=30), 150 * S))
    print("renewed", c.addr, c.leases, c.t1_at // S, c.t2_at // S, c.end_at // S)
    for t in [160, 180, 185, 188, 190, 191]:
        show(f"t={t}", c, c.tick(t * S))
    print("lost", c.bound(), c.addr, c.changed)
    xid = c.xid
    c.receive(reply(xid, dhcp.OFFER, bytes([10, 0, 0, 20])), 192 * S)
    show("nak", c, c.receive(reply(xid, dhcp.NAK, bytes(4)), 192 * S))
    good = reply(c.xid, dhcp.OFFER, bytes([10, 0, 0, 5]))
    for name, bad in [("truncated", good[:239]), ("bad cookie", good[:236] + b"\0\0\0\0" + good[240:]),
                      ("option past the end", good[:240] + bytes([53, 1, 2, 51, 9, 0])),
                      ("no message type", good[:240] + bytes([255])), ("a request", bytes([1]) + good[1:])]:
        show(name, c, c.receive(bad, 193 * S))
    r = dhcp.parse(reply(c.xid, dhcp.ACK, bytes([10, 0, 0, 5]), lease=7, t1=2, t2=5), c.xid, MAC)
    assert r is not None
    print("parsed", r.kind, r.yiaddr, r.server, r.lease, r.prefix, r.router, r.t1, r.t2)


main()
