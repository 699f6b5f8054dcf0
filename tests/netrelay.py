"""A seeded impairment relay between unicc's stack and Linux's (tests/test_net.py).

    python3 tests/netrelay.py APP_IF LINUX_TAP --seed N [--loss P] [--reorder P] [--duplicate P]
                              [--corrupt P] [--delay MS] [--seconds S] [--frames N]

Run as root inside the test's network namespace.  APP_IF is the TAP the app
opened (no address on Linux's side): the relay reads and writes its frames
through a packet socket on it.  LINUX_TAP is a TAP the relay creates and
opens; Linux has the peer address on it.  Every frame is forwarded to the
other side, and on the way, each with its own probability drawn from one
random.Random(seed) (so a run is reproducible as far as the frames' order
is): dropped (--loss), held back 1-4 ms so later frames overtake it
(--reorder), sent twice (--duplicate), or one byte after the Ethernet
header flipped (--corrupt: the IP or TCP checksum catches it).  --delay adds
a fixed delay to every frame.  The relay ends after --seconds or --frames,
whichever comes first, or on SIGTERM, and prints what it did as one line of
`name=count` on stdout.
"""

from __future__ import annotations

import argparse
import fcntl
import heapq
import os
import random
import select
import signal
import socket
import struct
import time

TUNSETIFF = 0x400454CA
IFF_TAP, IFF_NO_PI = 0x0002, 0x1000
ETH_P_ALL = 0x0003
PACKET_OUTGOING = 4
SO_RCVBUFFORCE = 33


def open_tap(name: str) -> int:
    fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH22x", name.encode(), IFF_TAP | IFF_NO_PI))
    return fd


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("app_if")
    ap.add_argument("linux_tap")
    ap.add_argument("--seed", type=int, required=True)
    for name in ("loss", "reorder", "duplicate", "corrupt"):
        ap.add_argument(f"--{name}", type=float, default=0.0)
    ap.add_argument("--delay", type=float, default=0.0, help="milliseconds added to every frame")
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--frames", type=int, default=1_000_000)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    app = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    app.bind((args.app_if, 0))
    app.setblocking(False)
    # Room for a full window's burst both ways (and the copies of what we send): the relay adds no losses of its own.
    app.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 8 << 20)
    tap = open_tap(args.linux_tap)
    print("ready", flush=True)

    stats = dict.fromkeys(["forwarded", "dropped", "reordered", "duplicated", "corrupted"], 0)
    pending: list[tuple[float, int, int, bytes]] = []   # (due, seq, to_app, frame)
    seq = 0
    stop = False

    def on_term(signum: int, frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_term)

    def impair(frame: bytes, to_app: int, now: float) -> None:
        nonlocal seq
        if rng.random() < args.loss:
            stats["dropped"] += 1
            return
        copies = 1
        if rng.random() < args.duplicate:
            stats["duplicated"] += 1
            copies = 2
        if len(frame) > 14 and rng.random() < args.corrupt:
            stats["corrupted"] += 1
            at = rng.randrange(14, len(frame))
            frame = frame[:at] + bytes([frame[at] ^ (1 << rng.randrange(8))]) + frame[at + 1:]
        due = now + args.delay / 1000
        if rng.random() < args.reorder:
            stats["reordered"] += 1
            due += rng.uniform(0.001, 0.004)
        for _ in range(copies):
            seq += 1
            heapq.heappush(pending, (due, seq, to_app, frame))

    end = time.monotonic() + args.seconds
    frames = 0
    while not stop and frames < args.frames:
        now = time.monotonic()
        if now >= end:
            break
        while pending and pending[0][0] <= now:
            _, _, to_app, frame = heapq.heappop(pending)
            try:
                if to_app:
                    app.send(frame)
                else:
                    os.write(tap, frame)
                stats["forwarded"] += 1
            except OSError:
                stats["dropped"] += 1
        timeout = min(end - now, max(0.0, pending[0][0] - now) if pending else 0.1)
        try:
            readable = select.select([app.fileno(), tap], [], [], timeout)[0]
        except InterruptedError:
            continue
        now = time.monotonic()
        if app.fileno() in readable:
            for _ in range(64):
                try:
                    frame, addr = app.recvfrom(65536)
                except BlockingIOError:
                    break
                if addr[2] != PACKET_OUTGOING:      # not what we (or Linux) sent to the app
                    frames += 1
                    impair(frame, 0, now)
        if tap in readable:
            for _ in range(64):
                try:
                    frame = os.read(tap, 65536)
                except BlockingIOError:
                    break
                frames += 1
                impair(frame, 1, now)
    stats["frames"] = frames
    print(" ".join(f"{k}={v}" for k, v in stats.items()), flush=True)


if __name__ == "__main__":
    main()
