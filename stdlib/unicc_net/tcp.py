"""TCP (RFC 9293), sans-I/O: the header view, one connection's state
machine, and `Tcp`, the connections and listeners of one host.

Nothing here reads a clock or touches a device: `Tcp.receive(src, dst,
segment, now)` takes a segment, `Tcp.tick(now)` runs the timers, and the
segments to send collect in `Tcp.outbox` as (destination, buffer) pairs,
each buffer with `headroom` bytes free in front for the layers below.  The
application side of a `Connection` is synchronous and never blocks
(`send` takes what fits, `recv` gives what has arrived); the async sockets
on top are in unicc_net/sockets.py.

What is here: the full state machine (simultaneous open and close,
half-close, TIME_WAIT); the options (tcpopts.py): MSS, window scaling and
timestamps (RFC 7323: RTTM, PAWS), SACK (RFC 2018); the RFC 6298
retransmission timer (SRTT/RTTVAR, Karn's rule or timestamps, 1 s minimum,
exponential backoff, giving up after MAX_RETRIES); congestion control (RFC
5681 slow start and congestion avoidance, fast retransmit on 3 duplicate
ACKs, RFC 6582 NewReno recovery, retransmissions kept off SACKed data); an
out-of-order receive queue; bounded send and receive buffers (the window
advertised is the receive buffer's free space, updated when the application
reads); delayed ACK, Nagle (`nodelay`) and sender SWS avoidance; zero-window
probes with backoff; keepalive (off unless `set_keepalive`); RFC 5961 RST
and SYN validation (challenge ACKs), RST for segments to closed ports, and a
bounded accept backlog (docs/network.md).
"""

from __future__ import annotations

from typing import Callable

from unicc_buf import Buffer
from unicc_net import tcpopts
from unicc_net.addr import IPAddr
from unicc_net.tcpopts import NONE, Options, Outgoing
from unicc_net.wire import checksum_add, checksum_fold, pseudo_sum

PROTOCOL = 6
HEADER_LEN = 20
FIN, SYN, RST, PSH, ACK = 1, 2, 4, 8, 16
MASK = 0xFFFFFFFF

CLOSED, LISTEN, SYN_SENT, SYN_RECEIVED, ESTABLISHED = 0, 1, 2, 3, 4
FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT = 5, 6, 7, 8, 9, 10
STATE_NAMES = ["CLOSED", "LISTEN", "SYN-SENT", "SYN-RECEIVED", "ESTABLISHED", "FIN-WAIT-1",
               "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"]

SEC = 1_000_000_000
MS = 1_000_000
RTO_INITIAL = SEC                # RFC 6298 2.1
RTO_MIN = SEC                    # RFC 6298 2.4
RTO_MAX = 60 * SEC
MAX_RETRIES = 8                  # retransmissions of one segment before the connection is dropped
SYN_RETRIES = 5                  # of a SYN
MSL = 30 * SEC                   # TIME-WAIT lasts 2 MSL
FIN_WAIT_2_TIMEOUT = 60 * SEC    # after close(), how long to wait for the peer's FIN
DEFAULT_MSS = 536                # RFC 9293 3.7.1, when the peer sends no option
SEND_BUFFER = 1024 * 1024
RECEIVE_BUFFER = 1024 * 1024      # advertised as at most 65535 when the peer does not scale windows
OFFLOAD_PAYLOAD = 65535 - 20 - 60  # the most data in one segment with offload: an IPv4 packet's worth
SMALL_READ = 2048                # a read joins received chunks smaller than this (ChunkQueue)
MAX_OUT_OF_ORDER = 128           # segments held beyond a hole
PAWS_IDLE = 24 * 86400 * SEC     # RFC 7323 5.5: an older TS.Recent is no longer compared with
DELAYED_ACK = 40 * MS            # RFC 5681 4.2 allows up to 500 ms; 40 ms is Linux's shortest
KEEPALIVE_INTERVAL = 75 * SEC    # RFC 1122 4.2.3.6's defaults, once keepalive is turned on
KEEPALIVE_COUNT = 9
EPHEMERAL_FIRST = 49152


def window_shift(buffer: int) -> int:
    """RFC 7323 2.3: the smallest shift that lets a 16-bit window field say buffer."""
    shift = 0
    while buffer >> shift > 0xFFFF and shift < tcpopts.MAX_WSCALE:
        shift += 1
    return shift


WSCALE = window_shift(RECEIVE_BUFFER)


def seq_lt(a: int, b: int) -> bool:
    return 0 < ((b - a) & MASK) < 0x80000000


def seq_le(a: int, b: int) -> bool:
    return ((b - a) & MASK) < 0x80000000


def max_seq(a: int, b: int) -> int:
    return b if seq_lt(a, b) else a


def min_seq(a: int, b: int) -> int:
    return a if seq_lt(a, b) else b


# ---- the header view -----------------------------------------------------------------

class Segment:
    def __init__(self, buf: Buffer) -> None:
        self.buf = buf

    def check(self, src: IPAddr, dst: IPAddr, checked: bool = False) -> bool:
        """Well formed within buf (the IP payload) with a right checksum
        (unless the device has checked it)."""
        n = len(self.buf)
        if n < HEADER_LEN:
            return False
        if not HEADER_LEN <= self.header_len() <= n:
            return False
        if checked:
            return True
        pseudo = pseudo_sum(src.packed, dst.packed, PROTOCOL, n)
        return checksum_fold(checksum_add(self.buf, pseudo)) == 0

    def src_port(self) -> int:
        return self.buf.get_u16_be(0)

    def dst_port(self) -> int:
        return self.buf.get_u16_be(2)

    def seq(self) -> int:
        return self.buf.get_u32_be(4)

    def ack(self) -> int:
        return self.buf.get_u32_be(8)

    def header_len(self) -> int:
        return (self.buf.get_u8(12) >> 4) * 4

    def flags(self) -> int:
        return self.buf.get_u8(13) & 0x3F

    def window(self) -> int:
        return self.buf.get_u16_be(14)

    def payload(self) -> Buffer:
        return self.buf.slice(self.header_len(), len(self.buf))

    def seg_len(self) -> int:
        """Sequence space taken: the data, and one each for SYN and FIN."""
        f = self.flags()
        return len(self.buf) - self.header_len() + (1 if f & SYN else 0) + (1 if f & FIN else 0)

    def options(self) -> Options:
        """The options (unicc_net/tcpopts.py: malformed ones are ignored)."""
        return tcpopts.parse(self.buf, HEADER_LEN, self.header_len())

    def mss(self) -> int:
        """The MSS option's value, 0 if absent."""
        return self.options().mss


def emit(buf: Buffer, src_port: int, dst_port: int, seq: int, ack: int, flags: int, window: int,
         src: IPAddr, dst: IPAddr, mss: int = 0, opts: Outgoing = NONE, partial: bool = False) -> None:
    """The header with its options (opts, or an MSS option alone when mss > 0)
    in front of the payload already in buf after it.  partial: the checksum
    field gets only the pseudo-header's sum, which the device completes
    (checksum offload)."""
    if mss:
        opts = Outgoing(mss=mss)
    hl = HEADER_LEN + opts.size()
    buf.set_u16_be(0, src_port)
    buf.set_u16_be(2, dst_port)
    buf.set_u32_be(4, seq & MASK)
    buf.set_u32_be(8, ack & MASK if flags & ACK else 0)
    buf.set_u8(12, (hl // 4) << 4)
    buf.set_u8(13, flags)
    buf.set_u16_be(14, window)
    buf.set_u16_be(16, 0)
    buf.set_u16_be(18, 0)
    opts.write(buf, HEADER_LEN)
    pseudo = pseudo_sum(src.packed, dst.packed, PROTOCOL, len(buf))
    if partial:
        buf.set_u16_be(16, ~checksum_fold(pseudo) & 0xFFFF)
    else:
        buf.set_u16_be(16, checksum_fold(checksum_add(buf, pseudo)))


# ---- byte queues -------------------------------------------------------------------

class ByteQueue:
    """Bytes taken from the front and added at the back, in one bytearray
    that is compacted once its consumed head is half of it."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.head = 0

    def __len__(self) -> int:
        return len(self.data) - self.head

    def add(self, data: bytes | Buffer) -> None:
        self.data.extend(data if isinstance(data, bytes) else data.tobytes())

    def peek(self, off: int, n: int) -> Buffer:
        return Buffer(self.data).slice(self.head + off, self.head + off + n)

    def take(self, n: int) -> bytes:
        out = Buffer(self.data).slice(self.head, self.head + n).tobytes()   # one copy
        self.drop(n)
        return out

    def drop(self, n: int) -> None:
        self.head += min(n, len(self))
        if self.head == len(self.data):
            self.data = bytearray()
            self.head = 0
        elif self.head >= 4096 and self.head * 2 >= len(self.data):
            self.data = self.data[self.head:]
            self.head = 0


class ChunkQueue:
    """Bytes received in order, kept as the chunks they arrived in (a
    segment's data each), so that a read of whole chunks copies nothing."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.first = 0      # chunks before it are taken
        self.head = 0       # bytes of chunks[first] taken
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def add(self, data: bytes) -> None:
        if data:
            self.chunks.append(data)
            self.size += len(data)

    def take(self, n: int) -> bytes:
        """At most n bytes from the front: the rest of the first chunk alone
        when that is n bytes or more, or at least SMALL_READ, or all there
        is; else chunks joined up to n."""
        n = min(n, self.size)
        if n <= 0:
            return b""
        c = self.chunks[self.first]
        rest = len(c) - self.head
        if rest >= n or rest >= SMALL_READ or rest == self.size:
            k = min(n, rest)
            out = c if self.head == 0 and k == len(c) else c[self.head:self.head + k]
            self.drop(k)
            return out
        parts: list[bytes] = []
        left = n
        while left > 0:
            c = self.chunks[self.first]
            k = min(left, len(c) - self.head)
            parts.append(c[self.head:self.head + k])
            self.drop(k)
            left -= k
        return b"".join(parts)

    def drop(self, n: int) -> None:
        """n bytes (at most the rest of the first chunk) are taken."""
        self.size -= n
        self.head += n
        if self.head == len(self.chunks[self.first]):
            self.head = 0
            self.first += 1
            if self.first == len(self.chunks):
                self.chunks = []
                self.first = 0
            elif self.first >= 64 and self.first * 2 >= len(self.chunks):
                self.chunks = self.chunks[self.first:]
                self.first = 0


class Piece:
    """A segment that arrived beyond a hole, waiting for it."""

    def __init__(self, seq: int, data: bytes, fin: bool) -> None:
        self.seq = seq
        self.data = data
        self.fin = fin


# ---- one connection ------------------------------------------------------------------

class Connection:
    """The transmission control block of one connection (RFC 9293 3.3.1)."""

    def __init__(self, tcp: Tcp, local: IPAddr, local_port: int, remote: IPAddr, remote_port: int,
                 iss: int) -> None:
        self.tcp = tcp
        self.local = local
        self.local_port = local_port
        self.remote = remote
        self.remote_port = remote_port
        self.state = CLOSED
        self.listener: Listener | None = None   # a passive open's, until it is accepted
        self.error = ""                          # why it closed abnormally: "reset", "refused", "timed out"
        self.wake: Callable[[], None] = nothing  # called when the application may act
        # send side
        self.iss = iss
        self.snd_una = iss
        self.snd_nxt = iss
        self.snd_max = iss         # the highest snd_nxt so far (snd_nxt goes back on a timeout)
        self.snd_wnd = 0
        self.snd_wl1 = 0
        self.snd_wl2 = 0
        self.max_wnd = 0
        self.mss = DEFAULT_MSS
        self.sendq = ByteQueue()   # bytes from data_start on: sent but unacknowledged, then unsent
        self.data_start = (iss + 1) & MASK
        self.fin_queued = False    # the application has no more to send
        # receive side
        self.irs = 0
        self.rcv_nxt = 0
        self.recvq = ChunkQueue()
        self.out_of_order: list[Piece] = []
        self.fin_received = False
        self.window_sent = 0       # the right edge of the window last advertised, as an offset from rcv_nxt
        self.ack_due = False
        self.ack_at = -1           # a delayed ACK's deadline
        self.unacked = 0           # bytes taken in order since our last ACK
        self.nodelay = False       # True: no Nagle, small segments go out at once
        # keepalive (off: keep_idle 0)
        self.keep_idle = 0
        self.keep_interval = KEEPALIVE_INTERVAL
        self.keep_count = KEEPALIVE_COUNT
        self.keep_at = -1
        self.keep_probes = 0
        # timers (deadlines in ns, -1 when not running)
        self.rto_at = -1
        self.close_at = -1         # TIME-WAIT's end, or FIN-WAIT-2's timeout
        self.rto = RTO_INITIAL
        self.srtt = -1
        self.rttvar = 0
        self.retries = 0
        self.rtt_seq = -1          # the segment being timed (Karn: never a retransmitted one)
        self.rtt_start = 0
        # congestion control (RFC 5681)
        self.cwnd = 0
        self.ssthresh = 0xFFFFFFFF
        self.dup_acks = 0
        self.recover = iss
        self.closed_by_app = False
        self.in_recovery = False   # NewReno fast recovery (RFC 6582), until snd_una passes recover
        self.retransmits = 0       # segments sent again: by the timer or fast retransmit
        self.timeouts = 0          # of which by the timer
        # options: window scaling and timestamps (RFC 7323), SACK (RFC 2018)
        self.ws_ok = False         # both SYNs had the window scale option
        self.snd_scale = 0         # the peer's windows are shifted left by this
        self.rcv_scale = 0         # ours are shifted right by this
        self.ts_ok = False
        self.ts_recent = 0         # the peer's TSval to echo
        self.ts_recent_at = 0
        self.ts_offset = (iss * 40503) & MASK   # our TSval clock starts where the ISS says
        self.last_ack_sent = 0
        self.echoed = 0            # the arriving segment's TSecr (0: none)
        self.sack_ok = False
        self.sacked: list[tuple[int, int]] = []    # the peer holds these ranges above snd_una
        self.last_piece = 0        # the sequence number of the newest piece held beyond a hole

    def __repr__(self) -> str:
        return f"<{self.local}:{self.local_port} {self.remote}:{self.remote_port} {STATE_NAMES[self.state]}>"

    # ---- the application's side --------------------------------------------

    def established(self) -> bool:
        return self.state in (ESTABLISHED, CLOSE_WAIT, FIN_WAIT_1, FIN_WAIT_2, CLOSING, LAST_ACK, TIME_WAIT)

    def send_space(self) -> int:
        """How many bytes send() would take now (0 once shut down or closed)."""
        if self.fin_queued or self.state in (CLOSED, LISTEN) or self.error:
            return 0
        return SEND_BUFFER - len(self.sendq)

    def send(self, data: bytes, now: int) -> int:
        """Queue what fits of data; how many bytes were taken."""
        n = min(len(data), self.send_space())
        if n > 0:
            self.sendq.add(data if n == len(data) else data[:n])
            self.output(now)
        return n

    def readable(self) -> int:
        return len(self.recvq)

    def at_eof(self) -> bool:
        """No more data will arrive (the peer's FIN, or the connection is gone)."""
        return len(self.recvq) == 0 and (self.fin_received or self.state == CLOSED)

    def recv(self, n: int, now: int) -> bytes:
        """Up to n bytes that have arrived in order; reading may open the window."""
        out = self.recvq.take(min(n, len(self.recvq)))
        if out and self.established() and not self.fin_received:
            # RFC 9293 3.8.6.2.2: tell the peer once the window has grown by an MSS or half the buffer.
            if self.receive_window() - self.window_sent >= min(self.mss, RECEIVE_BUFFER // 2):
                self.ack_due = True
                self.output(now)
        return out

    def shutdown(self, now: int) -> None:
        """No more data to send: a FIN follows what is queued (half-close)."""
        if self.fin_queued or self.state in (CLOSED, LISTEN):
            return
        if self.state == SYN_SENT:
            self.free()
            return
        self.fin_queued = True
        if self.state in (SYN_RECEIVED, ESTABLISHED):
            self.state = FIN_WAIT_1
        elif self.state == CLOSE_WAIT:
            self.state = LAST_ACK
        self.output(now)

    def close(self, now: int) -> None:
        """shutdown(), and the application will not read any more: what
        arrives after is discarded, and FIN-WAIT-2 ends after a timeout."""
        self.closed_by_app = True
        self.recvq = ChunkQueue()
        self.shutdown(now)
        if self.state == FIN_WAIT_2 and self.close_at < 0:
            self.close_at = now + FIN_WAIT_2_TIMEOUT

    def abort(self) -> None:
        """Drop the connection at once, telling the peer with a RST."""
        if self.state in (SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT):
            self.send_segment(self.snd_nxt, 0, RST, Buffer(b""), self.tcp.now)
        self.free()

    # ---- timers ---------------------------------------------------------

    def set_keepalive(self, idle: int, now: int, interval: int = KEEPALIVE_INTERVAL,
                      count: int = KEEPALIVE_COUNT) -> None:
        """Probe the peer after idle ns without a segment from it, then every
        interval ns; count probes unanswered drop the connection ("timed out").
        idle 0 turns keepalive off (the default)."""
        self.keep_idle = idle
        self.keep_interval = interval
        self.keep_count = count
        self.keep_probes = 0
        self.keep_at = now + idle if idle > 0 and self.state != CLOSED else -1

    def tick(self, now: int) -> None:
        if self.close_at >= 0 and now >= self.close_at:
            self.free()
            return
        if self.rto_at >= 0 and now >= self.rto_at:
            self.timeout(now)
        if self.ack_at >= 0 and now >= self.ack_at and self.state != CLOSED:
            self.ack_at = -1
            self.ack_now(now)
        if self.keep_at >= 0 and now >= self.keep_at and self.state != CLOSED:
            self.keepalive(now)

    def keepalive(self, now: int) -> None:
        """RFC 9293 3.8.4: an idle connection's probe, a segment below SND.UNA the peer must answer."""
        busy = self.snd_una != self.snd_max or len(self.sendq) > 0
        if busy or self.state not in (ESTABLISHED, CLOSE_WAIT, FIN_WAIT_2):
            self.keep_at = now + self.keep_idle      # the retransmission timer watches a busy one
            return
        if self.keep_probes >= self.keep_count:
            self.fail("timed out")
            return
        self.keep_probes += 1
        self.keep_at = now + self.keep_interval
        self.send_segment((self.snd_una - 1) & MASK, 0, ACK, Buffer(b""), now)

    def timeout(self, now: int) -> None:
        """The retransmission timer expired (RFC 6298 5.4-5.7), or, with the
        peer's window shut and nothing in flight, the persist timer: a probe
        one below snd_una makes the peer answer with its window (RFC 9293 3.8.6.1)."""
        limit = SYN_RETRIES if self.state in (SYN_SENT, SYN_RECEIVED) else MAX_RETRIES
        if self.retries >= limit:
            self.fail("timed out")
            return
        self.retries += 1
        self.rto = min(self.rto * 2, RTO_MAX)
        self.rto_at = -1
        if self.snd_wnd == 0 and self.snd_una == self.snd_max and self.state != SYN_SENT:
            self.send_segment((self.snd_una - 1) & MASK, 0, ACK, Buffer(b""), now)
            self.rto_at = now + self.rto
            return
        self.retransmits += 1
        self.timeouts += 1
        flight = (self.snd_max - self.snd_una) & MASK
        self.ssthresh = max(flight // 2, 2 * self.mss)
        self.cwnd = self.mss
        self.dup_acks = 0
        self.in_recovery = False
        self.sacked = []           # RFC 2018 8: the peer may have dropped what it held
        self.recover = self.snd_max
        self.rtt_seq = -1
        self.snd_nxt = self.snd_una
        self.output(now)

    def deadline(self) -> int:
        """The earliest timer, -1 if none runs."""
        best = -1
        for t in (self.rto_at, self.close_at, self.ack_at, self.keep_at):
            if t >= 0 and (best < 0 or t < best):
                best = t
        return best

    # ---- sending ------------------------------------------------------------

    def receive_window(self) -> int:
        return min(RECEIVE_BUFFER - len(self.recvq), 0xFFFF << self.rcv_scale)

    def fin_seq(self) -> int:
        return (self.data_start + len(self.sendq)) & MASK

    def output(self, now: int) -> None:
        """Send what the state, the windows and the queue allow, and an ACK if one is due."""
        sent = False
        if self.state in (SYN_SENT, SYN_RECEIVED) and self.snd_nxt == self.iss:
            flags = SYN if self.state == SYN_SENT else SYN | ACK
            self.send_segment(self.iss, 0, flags, Buffer(b""), now)
            self.advance(1, now)
            sent = True
        elif self.state in (ESTABLISHED, CLOSE_WAIT, FIN_WAIT_1, CLOSING, LAST_ACK):
            while True:
                off = (self.snd_nxt - self.data_start) & MASK
                flight = (self.snd_nxt - self.snd_una) & MASK
                left = min(self.snd_wnd, self.cwnd) - flight
                room = self.room()
                n = min(len(self.sendq) - off, left, room * self.burst(room))
                if 0 < n < room and flight > 0 and (off + n < len(self.sendq) or not self.nodelay):
                    break           # sender SWS avoidance and Nagle (RFC 9293 3.8.6.2.1, 3.7.4): wait for the ACK
                if off > len(self.sendq):
                    break           # the FIN is out
                if room < n < len(self.sendq) - off:
                    n -= n % room   # a large segment is cut into full ones, and more follows
                if n > 0:
                    psh = PSH if off + n == len(self.sendq) else 0
                    self.send_segment(self.snd_nxt, n, ACK | psh, self.sendq.peek(off, n), now)
                    self.advance(n, now)
                    sent = True
                elif self.fin_queued and off == len(self.sendq):
                    self.send_segment(self.snd_nxt, 0, FIN | ACK, Buffer(b""), now)
                    self.advance(1, now)
                    sent = True
                    break
                else:
                    break
            if self.rto_at < 0 and len(self.sendq) > 0 and self.snd_wnd == 0 and self.snd_una == self.snd_nxt:
                self.rto_at = now + self.rto       # the persist timer: the same timer, probing
        if self.ack_due and not sent:
            self.send_segment(self.snd_nxt, 0, ACK, Buffer(b""), now)

    def advance(self, n: int, now: int) -> None:
        """n units of sequence space were just sent at snd_nxt."""
        if self.rtt_seq < 0 and self.snd_nxt == self.snd_max:
            self.rtt_seq = self.snd_nxt
            self.rtt_start = now
        self.snd_nxt = (self.snd_nxt + n) & MASK
        if seq_lt(self.snd_max, self.snd_nxt):
            self.snd_max = self.snd_nxt
        if self.rto_at < 0:
            self.rto_at = now + self.rto

    def send_segment(self, seq: int, n: int, flags: int, data: Buffer, now: int) -> None:
        if flags & SYN:
            window = min(self.receive_window(), 0xFFFF)    # never scaled (RFC 7323 2.2)
        else:
            window = self.receive_window() >> self.rcv_scale
        if flags & ACK:
            self.ack_due = False
            self.ack_at = -1
            self.unacked = 0
            self.window_sent = window << (0 if flags & SYN else self.rcv_scale)
            self.last_ack_sent = self.rcv_nxt
        self.tcp.send(self.local, self.local_port, self.remote, self.remote_port, seq, self.rcv_nxt,
                      flags, window, data, self.options(flags, now))

    def options(self, flags: int, now: int) -> Outgoing:
        """What a segment with these flags carries: on our SYN every option we
        offer, on the SYN-ACK those the peer's SYN offered; after, the
        timestamps and SACK blocks for what is held beyond a hole."""
        if flags & RST:
            return NONE
        tsval = (now // 1_000_000 + self.ts_offset) & MASK     # 1 ms ticks
        if flags & SYN:
            offer = self.state == SYN_SENT
            return Outgoing(mss=self.tcp.mss, wscale=WSCALE if offer or self.ws_ok else -1,
                            sack_ok=offer or self.sack_ok, ts=offer or self.ts_ok, tsval=tsval, tsecr=self.ts_recent)
        if not self.ts_ok and not (self.sack_ok and self.out_of_order):
            return NONE
        return Outgoing(ts=self.ts_ok, tsval=tsval, tsecr=self.ts_recent, sacks=self.sack_blocks())

    def burst(self, room: int) -> int:
        """How many segments of room bytes one segment may carry: with
        segmentation offload (Tcp.offload) as many as an IPv4 packet holds,
        if the peer takes segments of our MSS (the device cuts at the link's
        MTU); else one."""
        if not self.tcp.offload or self.mss + (12 if self.ts_ok else 0) < self.tcp.mss:
            return 1
        return OFFLOAD_PAYLOAD // room

    def room(self) -> int:
        """The payload a segment can carry: the MSS (less the timestamps) less any SACK blocks."""
        blocks = len(self.sack_blocks())
        return self.mss - (4 + 8 * blocks if blocks else 0)

    def sack_blocks(self) -> list[tuple[int, int]]:
        """RFC 2018 4: the ranges held beyond the hole, the one with the newest
        piece first, then the others in order; 3 of them beside the timestamps."""
        if not self.sack_ok or not self.out_of_order:
            return []
        pieces = sorted(self.out_of_order, key=lambda p: (p.seq - self.rcv_nxt) & MASK)
        ranges: list[tuple[int, int]] = []
        for p in pieces:
            end = (p.seq + len(p.data)) & MASK
            if ranges and seq_le(p.seq, ranges[-1][1]):
                if seq_lt(ranges[-1][1], end):
                    ranges[-1] = (ranges[-1][0], end)
            elif p.data:
                ranges.append((p.seq, end))
        newest = [r for r in ranges if seq_le(r[0], self.last_piece) and seq_lt(self.last_piece, r[1])]
        ordered = newest + [r for r in ranges if r not in newest]
        return ordered[:3 if self.ts_ok else 4]

    # ---- receiving ----------------------------------------------------------

    def arrive(self, seg: Segment, now: int) -> None:
        """RFC 9293 3.10.7, SEGMENT ARRIVES, for every state but CLOSED and LISTEN."""
        if self.state == SYN_SENT:
            self.arrive_syn_sent(seg, now)
            return
        flags = seg.flags()
        seq = seg.seq()
        data = seg.payload()
        o = seg.options()
        if self.ts_ok and o.has_ts and not flags & RST and seq_lt(o.tsval, self.ts_recent) and \
                now - self.ts_recent_at < PAWS_IDLE:
            self.ack_now(now)      # RFC 7323 5.3: an old duplicate (PAWS)
            return
        if not self.acceptable(seq, seg.seg_len()):
            if not flags & RST:
                if self.state == TIME_WAIT and flags & FIN:
                    self.close_at = now + 2 * MSL   # the peer missed our last ACK: restart TIME-WAIT
                self.ack_now(now)
            return
        self.heard(o, seq, now)
        # Trim what lies before rcv_nxt (a retransmission overlapping new data).
        early = (self.rcv_nxt - seq) & MASK
        fin = flags & FIN != 0
        if flags & SYN and seq_lt(seq, self.rcv_nxt):
            flags &= ~SYN
            seq = (seq + 1) & MASK
            early = (self.rcv_nxt - seq) & MASK
        if seq_lt(seq, self.rcv_nxt):
            data = data.slice(min(early, len(data)), len(data))
            seq = self.rcv_nxt
        if flags & RST:
            # RFC 5961 3.2: only a RST exactly at rcv_nxt resets; one elsewhere in the window gets a challenge ACK.
            if seq == self.rcv_nxt:
                self.fail("" if self.state == SYN_RECEIVED and self.listener is not None else "reset")
            else:
                self.tcp.challenge_acks += 1
                self.ack_now(now)
            return
        if flags & SYN:
            # RFC 5961 4.2: a SYN in a synchronized state gets a challenge ACK, whatever its sequence number.
            if self.state == TIME_WAIT:
                self.ack_now(now)
                return
            self.tcp.challenge_acks += 1
            self.ack_now(now)
            return
        if not flags & ACK:
            return
        if not self.arrive_ack(seg, seq, o, now):
            return
        if len(data) and self.state in (ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2):
            at_once = seq != self.rcv_nxt or len(self.out_of_order) > 0 or fin
            self.take_data(seq, data, fin)
            if at_once or self.out_of_order:
                self.ack_due = True    # RFC 5681 4.2: out of order, or filling a hole: ACK at once
            else:
                self.delay_ack(len(data), now)
        elif fin and seq == self.rcv_nxt and not self.fin_received:
            self.take_fin(now)
        elif fin or len(data):
            self.ack_due = True   # a retransmitted FIN (in CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT)
        if self.state != CLOSED:
            self.output(now)

    def heard(self, o: Options, seq: int, now: int) -> None:
        """An acceptable segment: the keepalive timer starts over, and its
        timestamp is echoed from now on (RFC 7323 4.3) and kept for RTTM."""
        if self.keep_idle > 0:
            self.keep_at = now + self.keep_idle
            self.keep_probes = 0
        self.echoed = 0
        if self.ts_ok and o.has_ts:
            self.echoed = o.tsecr
            if seq_le(seq, self.last_ack_sent) and seq_le(self.ts_recent, o.tsval):
                self.ts_recent = o.tsval
                self.ts_recent_at = now

    def delay_ack(self, n: int, now: int) -> None:
        """In-order data: ACK every second full segment, else within DELAYED_ACK
        (data or a window update sent meanwhile carries the ACK)."""
        self.unacked += n
        if self.unacked >= 2 * self.mss:
            self.ack_due = True
        elif self.ack_at < 0:
            self.ack_at = now + DELAYED_ACK

    def acceptable(self, seq: int, seg_len: int) -> bool:
        """RFC 9293 3.10.7.4's test: does the segment overlap the receive window?"""
        wnd = self.receive_window()
        end = (seq + seg_len - 1) & MASK
        rcv_end = (self.rcv_nxt + wnd) & MASK
        if seg_len == 0:
            if wnd == 0:
                return seq == self.rcv_nxt
            return seq_le(self.rcv_nxt, seq) and seq_lt(seq, rcv_end)
        if wnd == 0:
            return False
        return (seq_le(self.rcv_nxt, seq) and seq_lt(seq, rcv_end)) or \
            (seq_le(self.rcv_nxt, end) and seq_lt(end, rcv_end))

    def arrive_syn_sent(self, seg: Segment, now: int) -> None:
        flags = seg.flags()
        ack = seg.ack()
        ack_ok = False
        if flags & ACK:
            if seq_le(ack, self.iss) or seq_lt(self.snd_max, ack):
                if not flags & RST:
                    self.tcp.reset_reply(self.local, self.remote, seg)
                return
            ack_ok = True
        if flags & RST:
            if ack_ok:
                self.fail("refused")
            return
        if not flags & SYN:
            return
        self.irs = seg.seq()
        self.rcv_nxt = (self.irs + 1) & MASK
        self.negotiate(seg.options(), now)
        self.snd_wnd = seg.window()
        self.max_wnd = self.snd_wnd
        self.snd_wl1 = seg.seq()
        self.snd_wl2 = ack
        if ack_ok:
            self.snd_una = ack
            self.rto_at = -1
            self.retries = 0
            self.sample_rtt(ack, now)
            self.state = ESTABLISHED
            self.ack_due = True
            self.wake()
        else:
            # Simultaneous open (RFC 9293 3.5, figure 8): our SYN again, with an ACK.
            self.state = SYN_RECEIVED
            self.snd_nxt = self.iss
            self.rto_at = -1
        self.output(now)

    def negotiate(self, o: Options, now: int) -> None:
        """The peer's SYN: its MSS, and which options both sides use (we offer
        all, so in either direction it is what the peer's SYN has)."""
        self.ts_ok = o.has_ts
        self.mss = min(o.mss if o.mss else DEFAULT_MSS, self.tcp.mss) - (12 if self.ts_ok else 0)
        self.cwnd = 10 * self.mss      # RFC 6928's initial window
        self.ws_ok = o.wscale >= 0
        self.snd_scale = o.wscale if self.ws_ok else 0
        self.rcv_scale = WSCALE if self.ws_ok else 0
        self.ts_recent = o.tsval
        self.ts_recent_at = now
        self.sack_ok = o.sack_ok

    def arrive_ack(self, seg: Segment, seq: int, o: Options, now: int) -> bool:
        """The ACK field (RFC 9293 3.10.7.4, fifth); False: drop the segment."""
        ack = seg.ack()
        wnd = seg.window() << self.snd_scale
        if self.state == SYN_RECEIVED:
            if not (seq_lt(self.snd_una, ack) and seq_le(ack, self.snd_max)):
                self.tcp.reset_reply(self.local, self.remote, seg)
                return False
            self.state = FIN_WAIT_1 if self.fin_queued else ESTABLISHED
            self.snd_wnd = wnd
            self.max_wnd = self.snd_wnd
            self.snd_wl1 = seq
            self.snd_wl2 = ack
            listener = self.listener
            if listener is not None:
                listener.ready.append(self)
                listener.embryonic -= 1
                self.listener = None
                listener.wake()
            self.wake()
        if seq_lt(self.snd_max, ack):
            self.ack_now(now)      # acknowledges what was never sent
            return False
        if seq_lt(ack, (self.snd_una - self.max_wnd) & MASK):
            self.tcp.challenge_acks += 1
            self.ack_now(now)      # RFC 5961 5.2: too old to be a real ACK
            return False
        news = self.sack_ok and self.take_sacks(o.sacks, ack)
        if seq_lt(self.snd_una, ack):
            self.acked(ack, now)
        elif ack == self.snd_una and self.snd_una != self.snd_max and (news if self.sack_ok else (
                len(seg.payload()) == 0 and wnd == self.snd_wnd and not seg.flags() & FIN)):
            # With SACK, any ACK that reports new data held, data segments too (RFC 6675 2), not a D-SACK.
            self.dup_ack(now)
        if seq_lt(self.snd_wl1, seq) or (self.snd_wl1 == seq and seq_le(self.snd_wl2, ack)):
            if self.snd_wnd == 0 and wnd > 0:
                self.wake()
            if wnd == 0:
                self.retries = 0   # the peer answers our probes: it is alive, only full
            self.snd_wnd = wnd
            self.max_wnd = max(self.max_wnd, self.snd_wnd)
            self.snd_wl1 = seq
            self.snd_wl2 = ack
        fin_acked = self.fin_queued and seq_lt(self.fin_seq(), ack)
        if fin_acked:
            if self.state == FIN_WAIT_1:
                self.state = FIN_WAIT_2
                if self.closed_by_app:
                    self.close_at = now + FIN_WAIT_2_TIMEOUT
            elif self.state == CLOSING:
                self.enter_time_wait(now)
            elif self.state == LAST_ACK:
                self.free()
                return False
        return True

    def acked(self, ack: int, now: int) -> None:
        """New data (or our SYN or FIN) acknowledged up to ack."""
        self.sample_rtt(ack, now)
        n = (ack - self.snd_una) & MASK
        if seq_lt(self.snd_una, self.data_start) and seq_le(self.data_start, ack):
            n -= 1                          # our SYN
        if self.fin_queued and seq_lt(self.fin_seq(), ack):
            n -= 1                          # our FIN
        n = min(n, len(self.sendq))
        self.sendq.drop(n)
        self.data_start = (self.data_start + n) & MASK
        self.snd_una = ack
        if seq_lt(self.snd_nxt, ack):
            self.snd_nxt = ack
        self.sacked = [(a, b) for a, b in self.sacked if seq_lt(ack, a)]
        self.retries = 0
        self.rto_at = -1 if self.snd_una == self.snd_max else now + self.rto
        self.grow(n, ack, now)
        if n > 0:
            self.wake()

    def grow(self, n: int, ack: int, now: int) -> None:
        """Congestion control on an ACK of n new bytes: NewReno's recovery (RFC
        6582 3.2: a partial ACK resends the next hole, a full one ends it), or
        slow start, or congestion avoidance."""
        self.dup_acks = 0
        if self.in_recovery:
            if seq_lt(ack, self.recover):
                self.cwnd = max(self.cwnd - n + (self.mss if n >= self.mss else 0), self.mss)
                self.retransmit_first(now)
                return
            self.in_recovery = False
            flight = (self.snd_max - ack) & MASK
            self.cwnd = min(self.ssthresh, max(flight, self.mss) + self.mss)
        elif self.cwnd < self.ssthresh:
            # RFC 3465 (L = an offloaded segment's worth): one ACK may cover a 64 KiB segment.
            self.cwnd += min(n, self.mss * self.burst(self.mss))
        else:
            self.cwnd += max(1, self.mss * self.mss // self.cwnd)

    def take_sacks(self, blocks: list[tuple[int, int]], ack: int) -> bool:
        """RFC 2018 blocks into the scoreboard: only those within what we sent
        beyond ack.  Did any say something new?"""
        news = False
        for left, right in blocks:
            if not (seq_lt(ack, left) and seq_lt(left, right) and seq_le(right, self.snd_max)):
                continue
            if any(seq_le(a, left) and seq_le(right, b) for a, b in self.sacked):
                continue
            news = True
            merged = [(left, right)]
            for a, b in self.sacked:
                lo, hi = merged[0]
                if seq_le(a, hi) and seq_le(lo, b):
                    merged[0] = (min_seq(a, lo), max_seq(b, hi))
                else:
                    merged.append((a, b))
            self.sacked = sorted(merged, key=lambda r: (r[0] - ack) & MASK)
        return news

    def retransmit_first(self, now: int) -> None:
        """Send the first unacknowledged segment again, up to where the peer's SACKs begin."""
        self.retransmits += 1
        self.rtt_seq = -1
        off = (self.snd_una - self.data_start) & MASK
        n = min(len(self.sendq) - off, self.room())
        if self.sacked and seq_lt(self.snd_una, self.sacked[0][0]):
            n = min(n, (self.sacked[0][0] - self.snd_una) & MASK)
        if 0 < n and off < len(self.sendq):
            self.send_segment(self.snd_una, n, ACK, self.sendq.peek(off, n), now)
        elif self.fin_queued and off == len(self.sendq):
            self.send_segment(self.snd_una, 0, FIN | ACK, Buffer(b""), now)

    def dup_ack(self, now: int) -> None:
        """RFC 5681 3.2 and RFC 6582 3.2: the third duplicate retransmits the
        first unacknowledged segment and starts fast recovery, unless one is
        still on for data sent before it began; more inflate the window."""
        self.dup_acks += 1
        if self.in_recovery:
            self.cwnd += self.mss
        elif self.dup_acks == 3 and seq_le(self.recover, self.snd_una):
            flight = (self.snd_max - self.snd_una) & MASK
            self.ssthresh = max(flight // 2, 2 * self.mss)
            self.recover = self.snd_max
            self.in_recovery = True
            self.retransmit_first(now)
            self.cwnd = self.ssthresh + 3 * self.mss

    def sample_rtt(self, ack: int, now: int) -> None:
        """RFC 6298 2.2-2.3: from the timestamp echoed (RFC 7323 4), or else
        with Karn's rule, only from a segment sent once."""
        if self.echoed:
            ms = ((now // 1_000_000 + self.ts_offset) - self.echoed) & MASK
            if ms < 0x7FFFFFFF:
                self.update_rto(ms * 1_000_000)
            return
        if self.rtt_seq < 0 or not seq_lt(self.rtt_seq, ack):
            return
        self.update_rto(now - self.rtt_start)

    def update_rto(self, r: int) -> None:
        if self.srtt < 0:
            self.srtt = r
            self.rttvar = r // 2
        else:
            self.rttvar = (3 * self.rttvar + abs(self.srtt - r)) // 4
            self.srtt = (7 * self.srtt + r) // 8
        self.rto = min(max(self.srtt + max(4 * self.rttvar, 1_000_000), RTO_MIN), RTO_MAX)
        self.rtt_seq = -1

    def take_data(self, seq: int, data: Buffer, fin: bool) -> None:
        """Data within the window: in order into the receive queue, beyond a hole aside."""
        room = self.receive_window() - ((seq - self.rcv_nxt) & MASK)
        if len(data) > room:
            data = data.slice(0, max(room, 0))
            fin = False
        if seq != self.rcv_nxt:
            # Held within the window, at most MAX_OUT_OF_ORDER pieces, a duplicate once.
            if len(self.out_of_order) < MAX_OUT_OF_ORDER and (len(data) or fin) and \
                    all(p.seq != seq or len(p.data) < len(data) for p in self.out_of_order) and \
                    sum(len(p.data) for p in self.out_of_order) + len(data) <= RECEIVE_BUFFER:
                self.out_of_order.append(Piece(seq, data.tobytes(), fin))
                self.last_piece = seq
            return
        self.deliver(data.tobytes(), fin)
        progress = True
        while progress and self.out_of_order:
            progress = False
            kept: list[Piece] = []
            for p in self.out_of_order:
                end = (p.seq + len(p.data)) & MASK
                if seq_le(p.seq, self.rcv_nxt) and not self.fin_received:
                    if seq_lt(self.rcv_nxt, end) or (p.fin and end == self.rcv_nxt):
                        skip = (self.rcv_nxt - p.seq) & MASK
                        self.deliver(p.data[skip:], p.fin)
                        progress = True
                elif not self.fin_received:
                    kept.append(p)
            self.out_of_order = kept

    def deliver(self, data: bytes, fin: bool) -> None:
        if not self.closed_by_app:
            self.recvq.add(data)
        self.rcv_nxt = (self.rcv_nxt + len(data)) & MASK
        if data:
            self.wake()
        if fin:
            self.take_fin(-1)

    def take_fin(self, now: int) -> None:
        """RFC 9293 3.10.7.4, eighth: the peer has no more to send."""
        self.rcv_nxt = (self.rcv_nxt + 1) & MASK
        self.fin_received = True
        self.out_of_order = []
        self.ack_due = True
        if self.state in (SYN_RECEIVED, ESTABLISHED):
            self.state = CLOSE_WAIT
        elif self.state == FIN_WAIT_1:
            self.state = CLOSING       # simultaneous close: our FIN is not acknowledged yet
        elif self.state == FIN_WAIT_2:
            self.enter_time_wait(now if now >= 0 else self.tcp.now)
        self.wake()

    def enter_time_wait(self, now: int) -> None:
        self.state = TIME_WAIT
        self.rto_at = -1
        self.close_at = now + 2 * MSL
        self.wake()

    def ack_now(self, now: int) -> None:
        self.ack_due = True
        self.output(now)

    def fail(self, why: str) -> None:
        self.error = why
        self.free()

    def free(self) -> None:
        """The connection is gone (CLOSED): its table entry goes with it."""
        if self.state == CLOSED and self.tcp.find(self) is None:
            return
        listener = self.listener
        if listener is not None:
            listener.embryonic -= 1
            self.listener = None
        self.state = CLOSED
        self.rto_at = -1
        self.close_at = -1
        self.out_of_order = []
        self.sendq = ByteQueue()
        self.tcp.forget(self)
        self.wake()


def nothing() -> None:
    pass


class Listener:
    """A port in LISTEN: SYNs make connections, which wait in `ready` once
    established until the application accepts them.  At most `backlog`
    wait or are being established; a SYN beyond that is dropped (the peer
    retransmits it)."""

    def __init__(self, tcp: Tcp, port: int, backlog: int) -> None:
        self.tcp = tcp
        self.port = port
        self.backlog = backlog
        self.ready: list[Connection] = []
        self.embryonic = 0
        self.dropped = 0
        self.open = True
        self.wake: Callable[[], None] = nothing

    def accept(self) -> Connection | None:
        """The next established connection, None if none waits."""
        if not self.ready:
            return None
        c = self.ready[0]
        self.ready = self.ready[1:]
        return c

    def close(self) -> None:
        """Stop listening; connections not accepted yet are reset."""
        if not self.open:
            return
        self.open = False
        del self.tcp.listeners[self.port]
        for c in self.ready:
            c.abort()
        self.ready = []
        for c in list(self.tcp.connections.values()):
            if c.listener is self:
                c.abort()
        self.wake()


# ---- the host's TCP ----------------------------------------------------------------

class Tcp:
    """The TCP of one host: its connections by 4-tuple and its listeners by port."""

    def __init__(self, addr: IPAddr, mss: int, secret: int, headroom: int = 0, offload: bool = False) -> None:
        self.addr = addr
        self.mss = mss
        self.offload = offload    # the device completes checksums and cuts large segments (Netif.offloads)
        self.secret = secret & MASK
        self.headroom = headroom
        self.connections: dict[tuple[bytes, int, int], Connection] = {}   # (remote, remote port, local port)
        self.listeners: dict[int, Listener] = {}
        self.outbox: list[tuple[IPAddr, Buffer]] = []
        self.next_port = EPHEMERAL_FIRST + self.secret % (65536 - EPHEMERAL_FIRST)
        self.now = 0
        self.resets_sent = 0
        self.challenge_acks = 0
        self.malformed = 0

    # ---- the application's side --------------------------------------------

    def listen(self, port: int, backlog: int = 16) -> Listener:
        if not 0 < port < 65536:
            raise ValueError(f"TCP port {port} out of range")
        if port in self.listeners:
            raise OSError(f"TCP port {port} is already in use")
        if backlog < 1:
            raise ValueError(f"backlog must be at least 1, not {backlog}")
        listener = Listener(self, port, backlog)
        self.listeners[port] = listener
        return listener

    def connect(self, remote: IPAddr, port: int, now: int, local_port: int = 0) -> Connection:
        """An active open from local_port (0: an ephemeral port): the SYN goes out now."""
        if not 0 < port < 65536 or not 0 <= local_port < 65536:
            raise ValueError(f"TCP port {port if not 0 < port < 65536 else local_port} out of range")
        if local_port == 0:
            local_port = self.ephemeral(remote, port)
        elif (remote.packed, port, local_port) in self.connections:
            raise OSError(f"TCP port {local_port} is already connected to {remote}:{port}")
        c = Connection(self, self.addr, local_port, remote, port, self.iss(remote, port, local_port, now))
        c.state = SYN_SENT
        c.cwnd = 10 * DEFAULT_MSS
        self.connections[(remote.packed, port, local_port)] = c
        c.output(now)
        return c

    def ephemeral(self, remote: IPAddr, port: int) -> int:
        for _ in range(65536 - EPHEMERAL_FIRST):
            p = self.next_port
            self.next_port = p + 1 if p < 65535 else EPHEMERAL_FIRST
            if p not in self.listeners and (remote.packed, port, p) not in self.connections:
                return p
        raise OSError("no free TCP port")

    def iss(self, remote: IPAddr, port: int, local_port: int, now: int) -> int:
        """RFC 6528: a clock ticking every 4 us plus a keyed hash of the 4-tuple (FNV-1a here)."""
        h = 0x811C9DC5 ^ self.secret
        for b in remote.packed + bytes([port >> 8, port & 255, local_port >> 8, local_port & 255]):
            h = ((h ^ b) * 0x01000193) & MASK
        return (now // 4000 + h) & MASK

    # ---- segments in -------------------------------------------------------

    def receive(self, src: IPAddr, dst: IPAddr, buf: Buffer, now: int, checked: bool = False) -> None:
        """One segment from the IP layer (dst is this host's address);
        checked: the device has checked its checksum."""
        self.now = now
        seg = Segment(buf)
        if not seg.check(src, dst, checked):
            self.malformed += 1
            return
        c = self.connections.get((src.packed, seg.src_port(), seg.dst_port()))
        if c is not None:
            c.arrive(seg, now)
            return
        listener = self.listeners.get(seg.dst_port())
        flags = seg.flags()
        if listener is None or flags & RST:
            if not flags & RST:
                self.reset_reply(dst, src, seg)
            return
        if flags & ACK:
            self.reset_reply(dst, src, seg)
            return
        if not flags & SYN:
            return
        if len(listener.ready) + listener.embryonic >= listener.backlog:
            listener.dropped += 1
            return
        port = seg.src_port()
        c = Connection(self, dst, seg.dst_port(), src, port, self.iss(src, port, seg.dst_port(), now))
        c.state = SYN_RECEIVED
        c.listener = listener
        listener.embryonic += 1
        c.irs = seg.seq()
        c.rcv_nxt = (c.irs + 1) & MASK
        c.negotiate(seg.options(), now)
        c.snd_wnd = seg.window()
        c.snd_wl1 = c.irs
        self.connections[(src.packed, port, seg.dst_port())] = c
        c.output(now)

    def reset_reply(self, local: IPAddr, remote: IPAddr, seg: Segment) -> None:
        """RFC 9293 3.10.7.1: the RST that answers a segment with no connection to go to."""
        self.resets_sent += 1
        if seg.flags() & ACK:
            self.send(local, seg.dst_port(), remote, seg.src_port(), seg.ack(), 0, RST, 0, Buffer(b""), NONE)
        else:
            self.send(local, seg.dst_port(), remote, seg.src_port(), 0, (seg.seq() + seg.seg_len()) & MASK,
                      RST | ACK, 0, Buffer(b""), NONE)

    # ---- timers ---------------------------------------------------------

    def tick(self, now: int) -> None:
        self.now = now
        for c in list(self.connections.values()):
            if c.deadline() >= 0 and now >= c.deadline():
                c.tick(now)

    def deadline(self) -> int:
        """The earliest timer of any connection, -1 if none runs."""
        best = -1
        for c in self.connections.values():
            d = c.deadline()
            if d >= 0 and (best < 0 or d < best):
                best = d
        return best

    # ---- segments out -------------------------------------------------------

    def send(self, local: IPAddr, local_port: int, remote: IPAddr, remote_port: int, seq: int, ack: int,
             flags: int, window: int, data: Buffer, opts: Outgoing) -> None:
        hl = HEADER_LEN + opts.size()
        frame = Buffer(bytearray(self.headroom + hl + len(data)))
        seg = frame.slice(self.headroom, len(frame))
        seg.write(hl, data)
        emit(seg, local_port, remote_port, seq, ack, flags, window, local, remote, opts=opts, partial=self.offload)
        self.outbox.append((remote, frame))

    def find(self, c: Connection) -> Connection | None:
        return self.connections.get((c.remote.packed, c.remote_port, c.local_port))

    def forget(self, c: Connection) -> None:
        key = (c.remote.packed, c.remote_port, c.local_port)
        if self.connections.get(key) is c:
            del self.connections[key]
