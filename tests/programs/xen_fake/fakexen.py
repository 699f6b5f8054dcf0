"""A fake Xen written here for unicc_devices.xen: a hypervisor that answers
the hypercalls the drivers make (HVM params, event channels, add_to_physmap
of grant frames), and a xenstored on the far side of the xenstore ring
that moves at most `chunk` bytes per turn, so that messages arrive in
pieces, the rings wrap and a reply may be larger than its ring.  Its
knobs make it misbehave.  Every byte of shared memory is a FakeMemory that
refuses accesses outside the range the driver may touch.
"""

from __future__ import annotations

from typing import Protocol

from unicc_buf import Buffer
from unicc_devices.xen import grant
from unicc_devices.xen import hypervisor as hvm
from unicc_devices.xen import xenstore as xs
from unicc_devices.xen.evtchn import MASK_OFFSET
from unicc_devices.xen.hypervisor import Shared

STORE_PFN, STORE_PORT = 0xfeffc, 1
ENOSYS, EINVAL = 38, 22
START_INDEX = 0xffffff00   # the rings' indexes wrap past 2**32 early on


class FakeMemory:
    """size bytes of shared memory; the driver may touch [lo, hi) only."""

    def __init__(self, size: int, lo: int = 0, hi: int = -1) -> None:
        self.mem = Buffer(bytearray(size))
        self.lo = lo
        self.hi = size if hi < 0 else hi

    def check(self, off: int, n: int) -> int:
        if off < self.lo or off + n > self.hi:
            raise AssertionError(f"driver touched bytes {off}..{off + n} outside {self.lo}..{self.hi}")
        return off

    def read8(self, off: int) -> int:
        return self.mem.get_u8(self.check(off, 1))

    def write8(self, off: int, v: int) -> None:
        self.mem.set_u8(self.check(off, 1), v)

    def read32(self, off: int) -> int:
        return self.mem.get_u32_le(self.check(off, 4))

    def write32(self, off: int, v: int) -> None:
        self.mem.set_u32_le(self.check(off, 4), v)

    def cmpxchg32(self, off: int, expected: int, value: int) -> int:
        old = self.read32(off)
        if old == expected:
            self.write32(off, value)
        return old


class Backend(Protocol):
    def turn(self) -> None:
        """Do what is queued; called when the guest notifies or idles."""
        ...


class FakeXen:
    def __init__(self) -> None:
        self.ring = FakeMemory(4096, 0, xs.RSP_PROD + 4)
        self.bits = FakeMemory(2 * MASK_OFFSET)
        self.daemon = FakeXenstored(self)
        self.pages: dict[int, FakeMemory] = {}
        self.grant_frames: list[int] = []
        self.sent: list[int] = []
        self.next_port = 5
        self.barriers = 0
        self.fail_op = -1           # an EVTCHNOP this hypervisor refuses with EINVAL
        self.backends: list[Backend] = []   # backends that work while the guest waits
        self.capabilities = "xen-3.0-x86_64 hvm-3.0-x86_64"

    # -- the Hypervisor --
    def hypercall(self, nr: int, cmd: int, arg: Buffer, count: int = 0) -> int:
        if nr == hvm.HVM_OP and cmd == hvm.HVMOP_GET_PARAM:
            index = arg.get_u32_le(4)
            value = {hvm.PARAM_STORE_PFN: STORE_PFN, hvm.PARAM_STORE_EVTCHN: STORE_PORT}.get(index, 0)
            hvm.set_u64(arg, 8, value)
            return 0
        if nr == hvm.MEMORY_OP and cmd == hvm.XENMEM_ADD_TO_PHYSMAP:
            if arg.get_u32_le(4) != hvm.MAPSPACE_GRANT_TABLE or hvm.get_u64(arg, 16) not in self.pages:
                return -EINVAL
            self.grant_frames.append(hvm.get_u64(arg, 16))
            return 0
        if nr == hvm.EVENT_CHANNEL_OP:
            return self.event_op(cmd, arg)
        if nr == hvm.XEN_VERSION and cmd == 3:      # XENVER_capabilities
            arg.write(0, self.capabilities.encode())
            return 0
        return -ENOSYS

    def event_op(self, cmd: int, arg: Buffer) -> int:
        if cmd == self.fail_op:
            return -EINVAL
        if cmd == 4:                       # send
            port = arg.get_u32_le(0)
            self.sent.append(port)
            if port == STORE_PORT:
                self.daemon.kick()
            for b in self.backends:
                b.turn()
            return 0
        if cmd == 6:                       # alloc_unbound
            arg.set_u32_le(4, self.next_port)
            self.next_port += 1
            return 0
        if cmd in (3, 9):                  # close, unmask
            return 0
        return -ENOSYS

    def event_bits(self) -> Shared:
        return self.bits

    def frame(self, pfn: int) -> Shared:
        if pfn != STORE_PFN:
            raise AssertionError(f"no frame {pfn:#x} was given to the guest")
        return self.ring

    def own_page(self) -> tuple[Shared, int]:
        pfn = 0x100 + len(self.pages)
        self.pages[pfn] = FakeMemory(4096)
        return self.pages[pfn], pfn

    def barrier(self) -> None:
        self.barriers += 1

    def idle(self) -> None:
        self.daemon.turn()
        for b in self.backends:
            b.turn()

    def granted(self, ref: int, write: bool) -> FakeMemory:
        """The page behind grant reference ref, as domain 0 may map it."""
        table = self.pages[self.grant_frames[0]].mem
        flags, domid = table.get_u16_le(ref * 8), table.get_u16_le(ref * 8 + 2)
        if not flags & grant.GTF_PERMIT_ACCESS or domid != 0 or (write and flags & grant.GTF_READONLY):
            raise AssertionError(f"grant {ref} does not let domain 0 {'write' if write else 'read'}")
        return self.pages[table.get_u32_le(ref * 8 + 4)]

    def raise_event(self, port: int) -> None:
        word = self.bits.read32(port // 32 * 4)
        self.bits.write32(port // 32 * 4, word | 1 << port % 32)


class FakeXenstored:
    """xenstored for domain 7: a tree of keys, watches and transactions."""

    def __init__(self, xen: FakeXen) -> None:
        self.xen = xen
        self.ring = xen.ring
        for off in (xs.REQ_CONS, xs.REQ_PROD, xs.RSP_CONS, xs.RSP_PROD):
            self.ring.mem.set_u32_le(off, START_INDEX)
        self.home = "/local/domain/7"
        self.tree: dict[str, str] = {"/local/domain/7/domid": "7", "/local/domain/7/name": "fake"}
        self.watches: list[tuple[str, str]] = []
        self.inbox = bytearray()
        self.outbox = bytearray()
        self.chunk = 4096
        self.eager = True         # work when kicked, not only when the guest idles
        self.silent = False       # never answer
        self.fault = ""           # replies are malformed: "length", "type", "req_id", "index", "utf8"
        self.conflicts = 0        # transaction ends refused with EAGAIN
        self.transactions: dict[int, dict[str, str]] = {}
        self.backend: dict[str, str] = {}   # frontend state written -> backend state to write
        self.log: list[str] = []

    def kick(self) -> None:
        if self.eager:
            self.turn()

    def turn(self) -> None:
        """Take up to `chunk` request bytes, answer whole requests, put up
        to `chunk` reply bytes in the response ring."""
        if self.silent:
            return
        mem = self.ring.mem
        cons, prod = mem.get_u32_le(xs.REQ_CONS), mem.get_u32_le(xs.REQ_PROD)
        n = min((prod - cons) & 0xffffffff, self.chunk)
        for i in range(n):
            self.inbox.append(mem.get_u8(xs.REQ + (cons + i) % xs.RING))
        mem.set_u32_le(xs.REQ_CONS, (cons + n) & 0xffffffff)
        while len(self.inbox) >= xs.HEADER:
            length = self.inbox_word(12)
            if len(self.inbox) < xs.HEADER + length:
                break
            payload = bytes(self.inbox[xs.HEADER:xs.HEADER + length])
            kind, req_id, tx = self.inbox_word(0), self.inbox_word(4), self.inbox_word(8)
            del self.inbox[:xs.HEADER + length]
            self.answer(kind, req_id, tx, payload)
        cons, prod = mem.get_u32_le(xs.RSP_CONS), mem.get_u32_le(xs.RSP_PROD)
        n = min(xs.RING - ((prod - cons) & 0xffffffff), self.chunk, len(self.outbox))
        for i in range(n):
            mem.set_u8(xs.RSP + (prod + i) % xs.RING, self.outbox[i])
        del self.outbox[:n]
        mem.set_u32_le(xs.RSP_PROD, (prod + n) & 0xffffffff)
        if self.fault == "index":
            mem.set_u32_le(xs.RSP_PROD, (cons + 5000) & 0xffffffff)
        if n:
            self.xen.raise_event(STORE_PORT)

    def inbox_word(self, off: int) -> int:
        return int.from_bytes(self.inbox[off:off + 4], "little")

    def reply(self, kind: int, req_id: int, tx: int, payload: bytes) -> None:
        length = len(payload)
        if self.fault == "length":
            length = xs.PAYLOAD_MAX + 1
        elif self.fault == "type":
            kind = 99
        elif self.fault == "req_id":
            req_id += 1000
        elif self.fault == "utf8" and kind == xs.READ:
            payload, length = b"\xff\xfe", 2
        for v in (kind, req_id, tx, length):
            self.outbox += v.to_bytes(4, "little")
        self.outbox += payload

    def error(self, req_id: int, tx: int, name: str) -> None:
        self.reply(xs.ERROR, req_id, tx, name.encode() + b"\0")

    def path(self, p: str) -> str:
        return p if p.startswith("/") else f"{self.home}/{p}"

    def fire(self, changed: str) -> None:
        for path, token in self.watches:
            if changed == path or changed.startswith(path + "/"):
                self.reply(xs.WATCH_EVENT, 0, 0, changed.encode() + b"\0" + token.encode() + b"\0")

    def store(self, key: str, value: str) -> None:
        self.tree[key] = value
        self.fire(key)
        react = self.backend.get(key + "=" + value, "")
        if react:
            target, _, state = react.partition("=")
            self.tree[target] = state
            self.log.append(f"backend {target}={state}")
            self.fire(target)

    def answer(self, kind: int, req_id: int, tx: int, payload: bytes) -> None:
        words = payload.split(b"\0")
        key = self.path(words[0].decode())
        view = self.transactions.get(tx, self.tree) if tx else self.tree
        self.log.append(f"request {kind} {key if kind != xs.TRANSACTION_START else ''}")
        if tx and tx not in self.transactions:
            self.error(req_id, tx, "ENOENT")
        elif kind == xs.READ:
            if key in view:
                self.reply(kind, req_id, tx, view[key].encode())
            else:
                self.error(req_id, tx, "ENOENT")
        elif kind == xs.WRITE:
            value = payload[len(words[0]) + 1:].decode()
            if tx:
                view[key] = value
            else:
                self.store(key, value)
            self.reply(kind, req_id, tx, b"OK\0")
        elif kind == xs.DIRECTORY:
            names = sorted({k[len(key) + 1:].split("/")[0] for k in view if k.startswith(key + "/")})
            if not names and key not in view:
                self.error(req_id, tx, "ENOENT")
            else:
                self.reply(kind, req_id, tx, b"".join(n.encode() + b"\0" for n in names))
        elif kind == xs.RM:
            gone = [k for k in view if k == key or k.startswith(key + "/")]
            for k in gone:
                del view[k]
            self.reply(kind, req_id, tx, b"OK\0")
        elif kind == xs.WATCH:
            self.watches.append((key, words[1].decode()))
            self.reply(kind, req_id, tx, b"OK\0")
            self.reply(xs.WATCH_EVENT, 0, 0, words[0] + b"\0" + words[1] + b"\0")
        elif kind == xs.UNWATCH:
            self.watches = [w for w in self.watches if w != (key, words[1].decode())]
            self.reply(kind, req_id, tx, b"OK\0")
        elif kind == xs.TRANSACTION_START:
            new = 40 + len(self.transactions)
            self.transactions[new] = dict(self.tree)
            self.reply(kind, req_id, tx, str(new).encode() + b"\0")
        elif kind == xs.TRANSACTION_END:
            view = self.transactions.pop(tx)
            if self.conflicts > 0:
                self.conflicts -= 1
                self.error(req_id, tx, "EAGAIN")
                return
            if payload == b"T\0":
                for k, v in view.items():
                    if self.tree.get(k) != v:
                        self.store(k, v)
            self.reply(kind, req_id, tx, b"OK\0")
        else:
            self.error(req_id, tx, "EINVAL")
