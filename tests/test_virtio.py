"""The guests of both architectures (targets xen under QEMU microvm and
xen-arm under QEMU virt, with TCG) on a virtio-net device whose backend is a
TAP inside a network namespace the test makes: `unicc run APP --target T
--net virtio:utap0 --ipv4 ...` builds the app, boots it with `-netdev
tap,...  -device virtio-net-device` and the guest's driver
(stdlib/unicc_devices/virtio.py) carries every frame.

Linux's tools are the peers, as in tests/test_net.py (whose namespace
layout and scripts this reuses): `ping` (also 4000 bytes: fragments both
ways), UDP echo round trips up to 65507 bytes, a TCP bulk transfer both
ways at once checked by SHA-256 (also through tests/netrelay.py's seeded
loss, reordering, duplication, corruption and delay), and curl against
examples/http (a 4 MiB body checked by SHA-256) and examples/web (its
site's files and a range); the relay on x86 only, to keep the time down.  Each app boots once per module and target.

virtio-blk (`--block virtio:IMAGE`, `-drive ... -device virtio-blk-device`):
tests/virtio/disk.py writes a pattern and exits, a second boot on the same
image reads it back and checks that sectors outside the disk raise; the
image's bytes are checked on the host too; 64 MiB are written and read
sequentially, timed (printed, not asserted).

The drivers' handling of a misbehaving device is tested without QEMU,
against fake devices: tests/programs/virtio_net_fake.py, virtio_blk_fake.py.
"""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, PYTHON, ROOT, TIMEOUT, unicc
from netns import Namespace, namespace, read_line, require_peers
from test_net import (ADDR, BULK, IMPAIRMENTS, LINUX_TAP, PEER, PREFIX, RELAY, TAP, UDP_ROUND_TRIPS,
                      make_links, pings)
from unicc.errors import UserError
from unicc.image import Image
from unicc.run import qemu
from unicc.targets import TARGETS

BOOT_SECONDS = 300      # the build (~15 s) and the boot, on a loaded machine
TARGET_NAMES = ["xen", "xen-arm"]




def guest(app: str, target: str, ready: bytes, relayed: bool = False) -> Iterator[Namespace]:
    """A namespace with the TAP, and `app` booted on it for `target` by
    `unicc run`.  relayed: Linux's address is not on that TAP but on
    LINUX_TAP, for tests/netrelay.py to join them."""
    require_peers()
    with namespace() as ns:
        if relayed:
            ns.setup(["sysctl", "-qw", "net.ipv6.conf.default.disable_ipv6=1"], ["ip", "link", "set", "lo", "up"],
                     ["ip", "tuntap", "add", "mode", "tap", TAP], ["ip", "link", "set", TAP, "up"],
                     ["ip", "tuntap", "add", "mode", "tap", LINUX_TAP],
                     ["ip", "addr", "add", f"{PEER}/{PREFIX}", "dev", LINUX_TAP],
                     ["ip", "link", "set", LINUX_TAP, "up"])
        else:
            make_links(ns, False)
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
        cmd = [PYTHON, "-m", "unicc", "run", str(ROOT / "examples" / app / f"{app}.py"), "--target", target,
               "--net", f"virtio:{TAP}", "--ipv4", f"{ADDR}/{PREFIX}", "--timeout", "900"]
        proc = subprocess.Popen(["ip", "netns", "exec", ns.name, *cmd], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            first = read_line(proc, BOOT_SECONDS)
            assert first == ready, f"the guest printed {first!r}, status {proc.poll()}"
            yield ns
            assert proc.poll() is None, f"the guest ended with status {proc.returncode}"
        finally:
            os.killpg(proc.pid, signal.SIGKILL)     # unicc and its QEMU
            err = proc.communicate(timeout=10)[1]
    assert b"Traceback" not in err and b"panic" not in err, err.decode()


@pytest.fixture(scope="module", params=TARGET_NAMES)
def echo(request: pytest.FixtureRequest) -> Iterator[Namespace]:
    yield from guest("echo", request.param, f"echo: TCP and UDP port 7 on {ADDR}\n".encode())


@pytest.fixture(scope="module", params=TARGET_NAMES)
def http(request: pytest.FixtureRequest) -> Iterator[Namespace]:
    yield from guest("http", request.param, f"http: port 80 on {ADDR}\n".encode())


def test_ping(echo: Namespace) -> None:
    assert pings(echo) == [("64", ADDR, str(i), "64") for i in (1, 2, 3)]


def test_ping_fragmented(echo: Namespace) -> None:
    assert [r[0] for r in pings(echo, "-s", "4000")] == ["4008"] * 3


def test_udp_echo(echo: Namespace) -> None:
    lines = echo.python(UDP_ROUND_TRIPS).split("\n")[:-1]
    assert lines == [f"{n} True True" for n in [0, 1, 11, 512, 1472, 1473, 4000, 9000, 65507]], lines


def test_tcp_bulk(echo: Namespace) -> None:
    size = 4 << 20          # both ways at once; under TCG about 50 Mbit/s each way
    r = echo.run("python3", "-c", BULK, str(size), timeout=120)
    assert r.returncode == 0 and r.stdout.decode() == f"{size} True\n", r
    print(r.stderr.decode().strip())


def test_tcp_bulk_through_impairments() -> None:
    """tests/test_net.py's relay run with every impairment at once (seeded
    loss, reordering, duplication, corruption, delay) between the guest's
    TAP and Linux's: 1 MiB echoed both ways must arrive byte-exact."""
    ready = f"echo: TCP and UDP port 7 on {ADDR}\n".encode()
    with contextmanager(guest)("echo", "xen", ready, relayed=True) as ns:
        relay = subprocess.Popen(["ip", "netns", "exec", ns.name, "python3", str(RELAY), TAP, LINUX_TAP,
                                  "--seed", "17", "--seconds", "120", *IMPAIRMENTS["all"]],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert read_line(relay, 30) == b"ready\n"
            size = 1 << 20
            r = ns.run("python3", "-c", BULK, str(size), timeout=120)
            assert r.returncode == 0 and r.stdout.decode() == f"{size} True\n", r
            relay.send_signal(signal.SIGTERM)
            print(f"{r.stderr.decode().strip()}; relay: {read_line(relay, 10).decode().strip()}")
        finally:
            relay.kill()
            relay.wait()


def test_http(http: Namespace) -> None:
    url = f"http://{ADDR}"
    r = http.run("curl", "-sS", "--max-time", "60", f"{url}/", f"{url}/bytes/{4 << 20}", timeout=90)
    assert r.returncode == 0, r.stderr.decode()
    pattern = bytes(i & 255 for i in range(65536)) * 64
    assert r.stdout[:17] == b"hello from unicc\n"
    assert hashlib.sha256(r.stdout[17:]).digest() == hashlib.sha256(pattern).digest(), len(r.stdout)


WEB_SITE = ROOT / "examples" / "web" / "site"


@pytest.fixture(scope="module", params=TARGET_NAMES)
def web(request: pytest.FixtureRequest) -> Iterator[Namespace]:
    files = sum(1 for f in WEB_SITE.rglob("*") if f.is_file())
    yield from guest("web", request.param, f"web: {files} files on {ADDR} port 80\n".encode())


def test_web(web: Namespace) -> None:
    """examples/web on the guest: three files of its site over one
    keep-alive connection, each as the file's bytes, then a range."""
    paths = ["/index.html", "/docs/index.html", "/img/bytes.bin"]
    r = web.run("curl", "-sS", "--max-time", "60", "--http1.1", *(f"http://{ADDR}{p}" for p in paths), timeout=90)
    assert r.returncode == 0, r.stderr.decode()
    assert r.stdout == b"".join((WEB_SITE / p[1:]).read_bytes() for p in paths)
    r = web.run("curl", "-sS", "--max-time", "60", "-r", "100-199", f"http://{ADDR}/img/bytes.bin", timeout=90)
    assert r.stdout == (WEB_SITE / "img" / "bytes.bin").read_bytes()[100:200]


DISK_APP = ROOT / "tests" / "virtio" / "disk.py"


@pytest.fixture(scope="module", params=TARGET_NAMES)
def disk_app(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Image:
    exe = tmp_path_factory.mktemp("disk") / "disk"
    built = unicc(["build", str(DISK_APP), "--target", request.param, "--block", "virtio", "-o", str(exe)],
                  ROOT, "build", BUILD_TIMEOUT)
    assert built.status == 0, built.stderr.decode()
    return Image.load(TARGETS[request.param], exe)


def boot(image: Image, disk: Path, mode: str) -> tuple[int, str]:
    out = io.BytesIO()
    status = qemu.run(image, ["disk", mode], timeout=TIMEOUT, out=out, devices={"block": f"virtio:{disk}"})
    return status, out.getvalue().decode()


def pattern(sector: int) -> bytes:
    return bytes([(sector * 31 + i * 7 + (i >> 8)) & 255 for i in range(512)])


def test_disk_persists(disk_app: Image, tmp_path: Path) -> None:
    disk = tmp_path / "disk.img"
    disk.write_bytes(bytes(1 << 20))
    assert boot(disk_app, disk, "write") == (0, "disk: 2048 sectors of 512 bytes\nwrote sectors 1..301\n")
    data = disk.read_bytes()
    assert data[:512] == bytes(512) and data[301 * 512:] == bytes(len(data) - 301 * 512)
    assert all(data[s * 512:(s + 1) * 512] == pattern(s) for s in range(1, 301))
    status, out = boot(disk_app, disk, "read")
    assert (status, out) == (0, "disk: 2048 sectors of 512 bytes\n"
                                "read back 153600 bytes, sectors wrong: 0\n"
                                "past the end: ValueError: sectors 2047..2049 outside the device (0..2048)\n"
                                "negative: ValueError: sectors -1..0 outside the device (0..2048)\n"
                                "partial sector: ValueError: write of 100 bytes: not a multiple of the "
                                "sector size 512\n"), out


def test_disk_bulk(disk_app: Image, tmp_path: Path) -> None:
    disk = tmp_path / "big.img"
    with disk.open("wb") as f:
        f.truncate(64 << 20)
    status, out = boot(disk_app, disk, "bulk")
    assert status == 0 and out.endswith(", same: True\n"), out
    assert disk.read_bytes() == bytes(range(256)) * (256 << 10)
    print(out.strip().split("\n")[-1])


def test_qemu_device_options() -> None:
    """What `unicc run` adds to QEMU's command line for the device choices."""
    for name in TARGET_NAMES:
        t = TARGETS[name]
        plain = qemu.qemu_command(t, Path("app"), ["app"], 64, {"ipv4": "10.0.0.2/24"})
        assert plain == qemu.qemu_command(t, Path("app"), ["app"], 64, {"net": "loopback", "block": "ram"})
        both = qemu.qemu_command(t, Path("app"), ["app"], 64, {"net": "virtio:tap9", "block": "virtio:/d.img"})
        assert both == plain + ["-netdev", "tap,id=net0,ifname=tap9,script=no,downscript=no",
                                "-device", "virtio-net-device,netdev=net0",
                                "-drive", "file=/d.img,if=none,format=raw,id=disk0",
                                "-device", "virtio-blk-device,drive=disk0"], both
        ports = qemu.qemu_command(t, Path("app"), ["app"], 64, {"net": "virtio:tap9", "ports": "virtio:p1,p2"})
        assert ports == plain + ["-netdev", "tap,id=net0,ifname=tap9,script=no,downscript=no",
                                 "-device", "virtio-net-device,netdev=net0",
                                 "-netdev", "tap,id=port0,ifname=p1,script=no,downscript=no",
                                 "-device", "virtio-net-device,netdev=port0",
                                 "-netdev", "tap,id=port1,ifname=p2,script=no,downscript=no",
                                 "-device", "virtio-net-device,netdev=port1"], ports
        with pytest.raises(UserError, match="say which host device"):
            qemu.qemu_command(t, Path("app"), ["app"], 64, {"net": "virtio"})
        with pytest.raises(UserError, match="--device ports=virtio: say which host device"):
            qemu.qemu_command(t, Path("app"), ["app"], 64, {"ports": "virtio:,"})
