"""unicc's stack under load, CI-sized (bench/netstress.py runs the full
10,000 connections and million frames and describes the workloads).

The app is tests/netapps/stats_echo.py, compiled, on a TAP in a network
namespace of its own (tests/netns.py) where Linux has the peer address; it
reports its heap in use after a full collection (unicc_sys.heap_in_use) and
its stack's tables on UDP port 9.  Each test starts a fresh app and drives
it from inside the namespace with `python -m bench.netstress drive ...`:

- thousands of connections opened and closed (normal close, RST after the
  echo, RST with data unread, handshakes Linux resets, SYNs from addresses
  that never answer, reset by hand): the connection table empties and the
  heap returns to within a small bound of where it was after a warm-up;
  the bytes per open connection are printed (`-s`);
- a flood of ARP requests from many addresses: a new neighbour is still
  resolved and answered;
- tens of thousands of malformed and random frames, random segments on
  connections of the fuzzer's own (bench.netstress.Sessions) and a SYN
  flood: the app lives, an established connection echoes every 200 frames,
  and the heap stays within what the stack's bounded queues allow.

Figures are printed, never compared across runs; the bounds asserted are
an order of magnitude above what is measured.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.netstress import APP, OPTIONS, READY, drive, link_commands
from conftest import BUILD_TIMEOUT, ROOT, unicc
from netns import Namespace, namespace, processes, read_line, require_peers

HEAP_RETURN_BOUND = 64 << 10       # measured: from 40 KiB below the baseline to 35 KiB above
FLOOD_HEAP_BOUND = 2 << 20         # 8 reassemblies of 64 KiB, 64 handshakes, ARP and UDP queues: about 1 MiB


@pytest.fixture(scope="module")
def exe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_peers()
    path = tmp_path_factory.mktemp("stress") / "stats_echo"
    built = unicc(["build", str(APP), "-o", str(path), *OPTIONS], ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return path


@pytest.fixture
def app(exe: Path) -> Iterator[Namespace]:
    """A namespace with the TAP and the app on it; the app must outlive the test."""
    with namespace() as ns, processes() as procs:
        ns.setup(*link_commands())
        p = subprocess.Popen(["ip", "netns", "exec", ns.name, str(exe)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, start_new_session=True)
        procs.append(p)
        first = read_line(p, 30)
        assert first == READY, f"the app printed {first!r}, status {p.poll()}"
        yield ns
        alive = p.poll() is None
        os.killpg(p.pid, signal.SIGKILL)
        err = p.communicate(timeout=10)[1]
        assert alive, f"the app ended with status {p.returncode}: {err.decode()[-2000:]}"


def test_connections_return_heap(app: Namespace) -> None:
    r = drive(app.name, "churn", "-n", "3000", "--hold", "500", timeout=120)
    base, end, held = r["base"], r["end"], r["with_held"]
    print(f"\nheap after the warm-up {base['heap']} bytes; {r['per_connection']} bytes per open connection "
          f"({r['held']} open: {held['heap']}); after {r['connections']} more in {r['seconds']} s: "
          f"{end['heap']} ({r['growth']:+})")
    assert held["conns"] == r["held"] and held["state4"] == r["held"], held
    assert end["conns"] == 0 and end["arp_pending"] == 0, end
    assert r["growth"] < HEAP_RETURN_BOUND, r
    assert 0 < r["per_connection"] < 16 << 10, r


def test_malformed_frames(app: Namespace) -> None:
    r = drive(app.name, "fuzz", "-n", "30000", "--syns", "10000", timeout=120)
    base, after = r["base"], r["after"]
    print(f"\n{r['frames']} frames ({r['syns']} SYNs; {r['session_segments']} segments on {r['sessions']} "
          f"connections of its own) in {r['seconds']} s, {r['frames_per_second']} frames/s; "
          f"heap {base['heap']} -> {after['heap']}; malformed {after['malformed']}, ignored {after['ignored']}, "
          f"SYNs over the backlog {after['syn_dropped']}")
    assert r["echoes"] == 40000 // 200, r
    assert after["malformed"] > 1000 and after["tcp_malformed"] > 100 and after["syn_dropped"] > 1000, after
    assert r["sessions"] > 50 and r["session_segments"] > 1000, r
    # port 7's backlog, the echo connection, and a few the fuzzer's own peer (at most 8 open) left behind
    assert after["conns"] <= 64 + 1 + 8 and after["partials"] <= 8 and after["arp_pending"] <= 16, after
    assert r["growth_after"] < FLOOD_HEAP_BOUND, r


def test_arp_flood_leaves_room_for_new_neighbours(app: Namespace) -> None:
    # 1000 requests from as many addresses fill the app's ARP cache (256
    # entries); the answer to its own request for a new neighbour must still
    # be stored (it was dropped, and the neighbour never got a reply).
    r = drive(app.name, "arpflood", "-n", "1000", timeout=60)
    assert r["answered"], r
