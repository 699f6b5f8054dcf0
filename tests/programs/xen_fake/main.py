# unicc_devices.xen against the fake Xen of fakexen.py: xenstore reads,
# writes, directories, removal, watches and their events, transactions (one
# refused with EAGAIN and retried); messages that arrive a few bytes at a
# time, rings whose indexes wrap past 2**32, requests and replies larger
# than a ring; malformed replies (a length over 4096, an unknown type, a
# reply to another request, ring indexes too far apart) and a silent
# daemon, each a XenstoreError that leaves the connection dead and touches
# nothing outside the ring, and a value that is not UTF-8 (an error for
# that read only); the xenbus handshake of a frontend; grant references
# granted, ended, refused while mapped, reused and exhausted; event channel
# bits and hypercall errors; netfront against a fake netback: the handshake,
# frames sent and received (the rings wrapping), notifications only when the
# backend asked, a full transmit ring dropping, and malformed responses (an
# id never posted, a negative status, a length beyond the page, flags not
# negotiated, a producer index running ahead), each a NetfrontError;
# blkfront against a fake blkback: the handshake, reads and writes of one
# page and of several requests of several pages, flushes (a cache flush, a
# barrier, none, one the backend refuses), the ring wrapping, a backend
# that answers late, a failing request (an OSError), a read-only disk,
# malformed responses (an id or operation never asked for, an unknown
# status, a producer index running ahead: BlkfrontError before any copy),
# a backend that never connects, a disk of 0 sectors; and netfront and
# blkfront on one xenstore client and one grant table.
import fakeblkback
from fakeblkback import FakeBlkback
from fakenetback import BACK, FRONT, FakeNetback
from fakexen import STORE_PORT, FakeXen
from unicc_buf import Buffer
from unicc_devices.xen import grant, xenbus
from unicc_devices.xen.blkfront import Blkfront, BlkfrontError, abi_protocol
from unicc_devices.xen.evtchn import EventChannels
from unicc_devices.xen.grant import GrantError, GrantTable
from unicc_devices.xen.hypervisor import XenError, hvm_param
from unicc_devices.xen.netfront import Netfront, NetfrontError
from unicc_devices.xen.xenstore import Xenstore, XenstoreError


def connect(xen: FakeXen) -> Xenstore:
    pfn, port = hvm_param(xen, 1), hvm_param(xen, 2)
    print("xenstore ring at frame", hex(pfn), "event channel", port)
    return Xenstore(xen, xen.frame(pfn), port, EventChannels(xen))


def basics(chunk: int, eager: bool) -> None:
    print(f"-- basics, {chunk} bytes per turn, eager {eager}")
    xen = FakeXen()
    xen.daemon.chunk = chunk
    xen.daemon.eager = eager
    store = connect(xen)
    print("domid", store.read("domid"), "name", store.read("name"))
    store.write("data/greeting", "hello")
    print("read back", store.read("data/greeting"))
    print("absolute", store.read("/local/domain/7/data/greeting"))
    try:
        store.read("data/missing")
    except XenstoreError as e:
        print("missing:", e, e.error)
    big = "".join(str(i % 10) for i in range(3000))
    store.write("data/big", big)
    print("big value back intact", store.read("data/big") == big)
    for i in range(150):
        store.write(f"many/entry{i:03d}", str(i))
    names = store.directory("many")
    print("directory", len(names), names[:3], names[-1])
    store.rm("many")
    try:
        store.directory("many")
    except XenstoreError as e:
        print("after rm:", e.error)
    print("directory of domain", store.directory("/local/domain/7"))
    ring = xen.ring.mem
    print("indexes", [hex(ring.get_u32_le(off)) for off in (2048, 2052, 2056, 2060)])


def watches() -> None:
    print("-- watches")
    xen = FakeXen()
    xen.daemon.chunk = 7
    store = connect(xen)
    store.watch("data", "tok1")
    print("first event", store.next_event())
    store.write("data/a", "1")
    store.write("other", "x")
    store.write("data/b/c", "2")
    print("event", store.next_event())
    print("event", store.next_event())
    store.unwatch("data", "tok1")
    store.write("data/a", "3")
    print("queued after unwatch", store.watch_events)


def transactions() -> None:
    print("-- transactions")
    xen = FakeXen()
    store = connect(xen)
    xen.daemon.conflicts = 1
    tries = 0
    while True:
        tries += 1
        tx = store.transaction_start()
        store.write("t/x", str(tries), tx)
        print("inside", tx, store.read("t/x", tx))
        try:
            store.read("t/x")
        except XenstoreError as e:
            print("outside before commit:", e.error)
        if store.transaction_end(tx):
            break
    print("committed after", tries, "tries:", store.read("t/x"))
    tx = store.transaction_start()
    store.write("t/y", "gone", tx)
    store.transaction_end(tx, commit=False)
    try:
        store.read("t/y")
    except XenstoreError as e:
        print("aborted write:", e.error)
    try:
        store.read("t/x", 999)
    except XenstoreError as e:
        print("unknown transaction:", e.error)


def broken(fault: str, chunk: int) -> None:
    xen = FakeXen()
    xen.daemon.chunk = chunk
    store = connect(xen)
    store.write("k", "v")
    xen.daemon.fault = fault
    if fault == "silent":
        xen.daemon.silent = True
    try:
        store.read("k")
        print(fault, "not detected")
    except XenstoreError as e:
        print(fault, "->", e, repr(e.error))
    except AssertionError as e:
        print(fault, "-> outside the ring:", e)
    xen.daemon.fault = ""   # xenstored behaves again: only a live connection sees it
    xen.daemon.silent = False
    try:
        print("  and then:", store.read("k"))
    except XenstoreError as e:
        print("  and then:", e)


def handshake() -> None:
    print("-- xenbus")
    xen = FakeXen()
    xen.daemon.chunk = 64
    store = connect(xen)
    front = "/local/domain/7/device/vif/0"
    back = "/local/domain/0/backend/vif/7/0"
    for k, v in [("backend", back), ("backend-id", "0")]:
        store.write(f"{front}/{k}", v)
    store.write(back + "/state", str(xenbus.INITIALISING))
    xen.daemon.backend = {front + "/state=1": back + "/state=2", front + "/state=3": back + "/state=4",
                          front + "/state=5": back + "/state=6"}
    xen.daemon.conflicts = 1
    dev = xenbus.Frontend(store, "device/vif/0")
    print("backend", dev.backend, "id", dev.backend_id)
    dev.connect({"tx-ring-ref": "8", "rx-ring-ref": "9", "event-channel": "5"})
    print("backend states seen", [xenbus.state_name(s) for s in dev.log])
    print("front state", xenbus.state_name(xenbus.read_state(store, front)),
          "keys", store.directory(front))
    dev.close()
    print("after close", xenbus.state_name(xenbus.read_state(store, front)),
          xenbus.state_name(xenbus.read_state(store, back)))
    print("backend log", [line for line in xen.daemon.log if line.startswith("backend")])
    try:
        xenbus.Frontend(store, "device/vbd/51712")
    except xenbus.XenbusError as e:
        print("no vbd:", e)
    xen.daemon.backend = {}
    store.write(back + "/state", str(xenbus.CLOSED))
    try:
        xenbus.Frontend(store, "device/vif/0").connect({})
    except xenbus.XenbusError as e:
        print("closed backend:", e)
    store.write(back + "/state", str(xenbus.INIT_WAIT))
    try:
        xenbus.Frontend(store, "device/vif/0").connect({})   # the backend never connects
    except xenbus.XenbusError as e:
        print("stuck backend:", e)


def grants() -> None:
    print("-- grants")
    xen = FakeXen()
    table = GrantTable(xen)
    print("grant frames mapped", [hex(f) for f in xen.grant_frames])
    a = table.grant(0, 0x1234)
    b = table.grant(0, 0x1235, readonly=True)
    c = table.grant(3, 0x1236)
    print("refs", a, b, c)
    page = xen.pages[xen.grant_frames[0]].mem
    for ref in (a, b, c):
        print(" entry", ref, hex(page.get_u16_le(ref * 8)), page.get_u16_le(ref * 8 + 2),
              hex(page.get_u32_le(ref * 8 + 4)))
    table.end(b)
    print("after end", b, "flags", page.get_u16_le(b * 8), "in use", table.in_use())
    print("reused", table.grant(0, 0x2000) == b)
    page.set_u16_le(c * 8, page.get_u16_le(c * 8) | grant.GTF_READING)   # the backend maps it
    try:
        table.end(c)
    except GrantError as e:
        print("busy:", e)
    page.set_u16_le(c * 8, page.get_u16_le(c * 8) & ~grant.GTF_READING)
    table.end(c)
    try:
        table.end(c)
    except GrantError as e:
        print("twice:", e)
    refs = []
    try:
        while True:
            refs.append(table.grant(0, 0x3000))
    except GrantError as e:
        print("exhausted after", len(refs), "more:", e)
    for r in refs:
        table.end(r)
    print("all free again", table.in_use(), "then", table.grant(0, 1), table.grant(0, 2))


def events() -> None:
    print("-- event channels")
    xen = FakeXen()
    ev = EventChannels(xen)
    port = ev.alloc_unbound(0)
    print("allocated", port, "pending", ev.pending(port))
    xen.raise_event(port)
    xen.raise_event(33)
    print("pending", ev.pending(port), ev.pending(33), "taken", ev.take(port), ev.take(port), ev.take(33))
    ev.mask(40)
    print("masked", ev.masked(40), ev.masked(41), "word", hex(xen.bits.read32(512 + 4)))
    ev.notify(port)
    ev.unmask(port)
    ev.close(port)
    print("sent", xen.sent)
    for bad in (0, 4096):
        try:
            ev.notify(bad)
        except ValueError as e:
            print("bad port:", e)
    xen.fail_op = 4
    try:
        ev.notify(STORE_PORT)
    except XenError as e:
        print("refused:", e, e.code)
    try:
        EventChannels(xen).bind_interdomain(0, 3)
    except XenError as e:
        print("unsupported:", e)


def vif() -> tuple[FakeXen, FakeNetback, Netfront]:
    xen = FakeXen()
    xen.daemon.chunk = 1024
    back = FakeNetback(xen)
    return xen, back, Netfront(xen, connect(xen), GrantTable(xen))


def pattern(seed: int, n: int) -> bytes:
    return bytes((seed * 31 + j * 7) % 256 for j in range(n))


def netfront() -> None:
    print("-- netfront")
    xen, back, nf = vif()
    print("mac", ":".join(f"{b:02x}" for b in nf.mac()), "mtu", nf.mtu(), "offloads", nf.offloads())
    front = "/local/domain/7/device/vif/0/"
    print("keys", [(k, xen.daemon.tree[front + k]) for k in
                   ("tx-ring-ref", "rx-ring-ref", "event-channel", "request-rx-copy", "feature-rx-notify",
                    "feature-no-csum-offload", "state")])
    print("backend states seen", [xenbus.state_name(s) for s in nf.device.log])
    sent_before = len(xen.sent)
    frames = [pattern(i, n) for i, n in enumerate([60, 61, 62, 63, 1514])]
    for f in frames:
        nf.send(Buffer(bytearray(f)))
    print("notifications for 5 frames", len(xen.sent) - sent_before)
    print("backend took", back.transmit(), "intact", back.sent == frames)
    nf.send(Buffer(bytearray(pattern(9, 100))))
    print("after the backend asked: notifications", len(xen.sent) - sent_before, "took", back.transmit())
    try:
        nf.send(Buffer(bytearray(1515)))
    except ValueError as e:
        print("too long:", e)
    for i in range(40):
        nf.send(Buffer(bytearray(pattern(i, 70))))
    print("40 frames, backend asleep: took", back.transmit(), "then", back.transmit())
    nf.reclaim()
    print("transmit pages free", len(nf.tx_free))
    buf = Buffer(bytearray(1514))
    print("nothing yet", nf.receive(buf))
    ok = 0
    for i in range(260):
        f = pattern(i, 60 + i * 37 % 300)
        back.deliver(f)
        n = nf.receive(buf)
        ok += n == len(f) and buf.slice(0, n).tobytes() == f
    print("260 frames received intact", ok, "checked", nf.checked())
    queued = 0
    while back.deliver(pattern(queued, 64)):
        queued += 1
    print("buffers posted at once", queued)
    got = 0
    while nf.receive(buf):
        got += 1
    print("received", got, "then", nf.receive(buf))
    back.deliver(pattern(5, 90), offset=2, flags=1)
    n = nf.receive(buf)
    print("at offset 2:", n, buf.slice(0, n).tobytes() == pattern(5, 90), "checked", nf.checked())
    print("grants in use", nf.rx_grefs[0] != nf.tx_grefs[0], len(set(nf.rx_grefs + nf.tx_grefs)))


def netfront_detached() -> None:
    """The toolstack closes the backend (xl network-detach) under a running netfront."""
    print("-- netfront, backend detached")
    xen, back, nf = vif()
    buf = Buffer(bytearray(1514))
    back.deliver(pattern(1, 80))
    print("before", nf.receive(buf), repr(nf.gone))
    xen.daemon.store(BACK + "/state", str(xenbus.CLOSING))
    xen.daemon.turn()
    print("after", nf.receive(buf), repr(nf.gone))
    print("front", xenbus.state_name(int(xen.daemon.tree[FRONT + "/state"])),
          "backend", xenbus.state_name(int(xen.daemon.tree[BACK + "/state"])))
    nf.send(Buffer(bytearray(pattern(2, 80))))
    print("sent while gone, the backend took", back.transmit(), "; received", nf.receive(buf))


def netfront_broken(fault: str) -> None:
    xen, back, nf = vif()
    buf = Buffer(bytearray(1514))
    back.fault = fault
    try:
        if fault.startswith("tx"):
            nf.send(Buffer(bytearray(pattern(1, 80))))
            back.transmit()
            nf.reclaim()
            print(fault, "-> dropped", nf.dropped)
        elif fault == "length":
            back.deliver(pattern(2, 1500), offset=3000)
            print(fault, "not detected", nf.receive(Buffer(bytearray(4096))))
        elif fault == "flags":
            back.deliver(pattern(2, 100), flags=4)
            print(fault, "not detected", nf.receive(buf))
        else:
            back.deliver(pattern(2, 100))
            print(fault, "not detected", nf.receive(buf))
    except NetfrontError as e:
        print(fault, "->", e)
    except AssertionError as e:
        print(fault, "-> outside the pages:", e)


basics(4096, True)
basics(5, True)
basics(3, False)
watches()
transactions()
print("-- malformed replies")
for fault, chunk in [("length", 4096), ("type", 9), ("req_id", 4096), ("index", 4096), ("silent", 4096),
                     ("utf8", 4096)]:
    broken(fault, chunk)
handshake()
grants()
events()
netfront()
netfront_detached()
print("-- netfront, malformed responses")
for fault in ["rx_id", "rx_status", "length", "flags", "index", "tx_id", "tx_status", "tx_dropped"]:
    netfront_broken(fault)


def vbd(back_args: dict[str, int], features: str = "feature-flush-cache") -> tuple[FakeXen, FakeBlkback, Blkfront]:
    xen = FakeXen()
    xen.daemon.chunk = 1024
    back = FakeBlkback(xen, back_args.get("sectors", 200), True, features, back_args.get("info", 0))
    return xen, back, Blkfront(xen, connect(xen), GrantTable(xen))


def blkfront() -> None:
    print("-- blkfront")
    xen, back, disk = vbd({})
    front = fakeblkback.FRONT + "/"
    print("keys", [(k, xen.daemon.tree[front + k]) for k in ("ring-ref", "event-channel", "protocol", "state")])
    print("backend states seen", [xenbus.state_name(s) for s in disk.device.log])
    print("sectors", disk.sectors(), "of", disk.sector_size(), "read-only", disk.read_only())
    data = pattern(3, 20 * 512)
    disk.write(5, data)
    print("wrote 20 sectors:", back.log, "on the disk", bytes(back.disk[5 * 512:25 * 512]) == data,
          "around", bytes(back.disk[:5 * 512] + back.disk[25 * 512:]) == bytes(180 * 512))
    print("read back", disk.read(5, 20) == data, back.log[-1])
    big = pattern(4, 100 * 512)
    back.log.clear()
    disk.write(99, big)
    print("wrote 100 sectors:", back.log, "read back", disk.read(99, 100) == big, back.log[-2:])
    print("sector 0", disk.read(0, 1) == bytes(512), "198", disk.read(198, 1) == big[-512:],
          "199", disk.read(199, 1) == bytes(512))
    for what, sector, count in (("past the end", 199, 2), ("negative", -1, 1)):
        try:
            disk.read(sector, count)
        except ValueError as e:
            print(what, "ValueError:", e)
    try:
        disk.write(0, bytes(100))
    except ValueError as e:
        print("partial sector ValueError:", e)
    ok = 0
    for i in range(40):
        disk.write(i, pattern(i, 512))
        ok += disk.read(i, 1) == pattern(i, 512)
    print("ring wrapped:", ok, "of 40 sectors intact, indexes", back.cons, back.rsp_prod)
    back.lazy = 5
    print("late answer", disk.read(5, 1) == pattern(5, 512), "turns still to ignore", back.lazy)
    back.fail_sector = 9
    for name, sector in (("read", 8), ("write", 9)):
        try:
            if name == "read":
                disk.read(sector, 2)
            else:
                disk.write(sector, bytes(512))
        except OSError as e:
            print("failing", name, type(e).__name__, e)
    back.fail_sector = -1
    print("then", disk.read(8, 1) == pattern(8, 512))
    back.no_flush = True
    back.log.clear()
    disk.write(3, bytes(512))
    disk.write(4, bytes(512))
    print("flush refused once, then not asked:", back.log)
    print("grants in use", disk.ring.frame > 0, len(set(disk.grefs)))


def blkfront_flushes() -> None:
    print("-- blkfront, flushes and disks")
    for features in ("feature-barrier", "", "feature-flush-cache feature-barrier"):
        _, back, disk = vbd({}, features)
        disk.write(0, bytes(1024))
        print(repr(features), "->", back.log)
    _, back, disk = vbd({"info": 4})
    try:
        disk.write(0, bytes(512))
    except OSError as e:
        print("read-only:", disk.read_only(), e, back.log)
    for sectors in (0,):
        try:
            vbd({"sectors": sectors})
        except BlkfrontError as e:
            print("empty:", e)
    xen = FakeXen()
    back = FakeBlkback(xen, 200, False)
    try:
        Blkfront(xen, connect(xen), GrantTable(xen))
    except xenbus.XenbusError as e:
        print("never connects:", e)
    xen = FakeXen()
    back = FakeBlkback(xen, 200, True, "", 0, 4096)
    try:
        Blkfront(xen, connect(xen), GrantTable(xen))
    except BlkfrontError as e:
        print("4096-byte sectors:", e)
    xen = FakeXen()
    try:
        Blkfront(xen, connect(xen), GrantTable(xen))
    except BlkfrontError as e:
        print("no vbd:", e)
    for caps in ("xen-3.0-armv7l", "xen-3.0-x86_64 hvm-3.0-x86_32", "xen-3.0-riscv64"):
        xen.capabilities = caps
        try:
            print(caps, "->", abi_protocol(xen))
        except BlkfrontError as e:
            print(caps, "->", e)


def blkfront_broken(fault: str) -> None:
    _, back, disk = vbd({})
    disk.write(2, pattern(2, 1024))
    back.fault = fault
    got = b""
    try:
        got = disk.read(2, 2)
        print(fault, "not detected")
    except BlkfrontError as e:
        print(fault, "->", e, len(got))


def shared_domain() -> None:
    """netfront and blkfront of one guest: one xenstore client, one grant table."""
    print("-- netfront and blkfront together")
    xen = FakeXen()
    xen.daemon.chunk = 1024
    net_back = FakeNetback(xen)
    blk_back = FakeBlkback(xen)
    store, table = connect(xen), GrantTable(xen)
    nf = Netfront(xen, store, table)
    disk = Blkfront(xen, store, table)
    print("grant frames", len(xen.grant_frames), "references in use", table.in_use(),
          "distinct", len(set(nf.tx_grefs + nf.rx_grefs + disk.grefs)))
    disk.write(7, pattern(7, 4096))
    nf.send(Buffer(bytearray(pattern(1, 60))))
    print("disk", disk.read(7, 8) == pattern(7, 4096), bytes(blk_back.disk[7 * 512:15 * 512]) == pattern(7, 4096),
          "net", net_back.transmit(), net_back.sent == [pattern(1, 60)])


blkfront()
blkfront_flushes()
print("-- blkfront, malformed responses")
for fault in ["id", "op", "status", "index"]:
    blkfront_broken(fault)
shared_domain()
