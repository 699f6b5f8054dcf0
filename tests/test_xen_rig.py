"""Programs from tests/programs/ as domUs of a real Xen 4.17 nested in QEMU.

The plain `xen`/`xen-arm` suites boot images under QEMU alone; here the same
images run where they are meant to: Xen's PVH (x86) or ARM domU, started by
`xl create` in a Debian dom0 (unicc/run/xenrig.py).  All programs of one
architecture share a single Xen boot, one guest after the other; each
console is compared with CPython's merged stdout/stderr and the status the
guest printed as `EXIT=<n>` with CPython's, as tests/conftest.py does for
QEMU targets.  One more guest per boot, tests/xen_guests/xenstore_probe.py,
talks to xenstore through unicc_devices.xen while a script in dom0
(dom0_probe.sh beside it) reads and writes the same keys with
xenstore-read/-write; their two accounts must agree.  And examples/http
runs on netfront (`--net xen`) while dom0_http.sh in dom0 pings it and
fetches from it over the rig's bridge and Linux's netback (an upload
checked by the SHA-256 the app answers), and examples/echo answers the
UDP datagrams dom0 sends it with tests/xen_guests/udp_client.c (built by
zig cc for dom0: busybox has no UDP client).  Two guests
of tests/xen_guests/disk_pattern.py share one disk image (`--block xen`):
the first writes it through blkfront and Linux's blkback, the second reads
it back.

The first run builds the rig from Debian packages, so it needs the Debian
mirrors: without them the tests fail (never skip) with apt's message.
"""

from __future__ import annotations

import hashlib
import subprocess
import warnings
from pathlib import Path

import pytest

from bench.idle import PROGRAM as IDLE_PROGRAM
from conftest import ARGS, BUILD_TIMEOUT, PYTHON, ROOT, STDLIB, Result, Runner, unicc
from test_idle import FIRST, check_elapsed
from unicc.errors import UserError
from unicc.image import Image
from unicc.run import xenrig, xlconfig
from unicc.targets import TARGETS

PROGRAMS = Path(__file__).resolve().parent / "programs"
XEN_GUESTS = Path(__file__).resolve().parent / "xen_guests"
PROBE = "xenstore_probe"
IDLE = "sleep2"   # bench.idle's program: the event loop's sleep (tests/test_idle.py)
HTTP_APP = ROOT / "examples" / "http" / "http.py"
NET = "http"      # examples/http on netfront, on the rig's bridge
NET_IPV4 = "10.0.19.2/24"   # beside dom0's xenrig.DOM0_IPV4
NET_BYTES = 262144          # each way; TCP runs at a few MB/s under TCG
ECHO_APP = ROOT / "examples" / "echo" / "echo.py"
UDP = "echo"      # examples/echo on netfront, after the HTTP guest (another address: dom0's ARP cache)
UDP_IPV4 = "10.0.19.3/24"
UDP_SIZES = [0, 1, 11, 512, 1472, 1473, 4000, 9000, 65507]   # tests/test_net.py's, on unix --net tap
# dom0's UDP client (busybox has none), built for the rig's dom0 by zig cc without a C library
UDP_CLIENT = XEN_GUESTS / "udp_client.c"
UDP_CLIENT_FLAGS = ["-Os", "-static", "-nostdlib", "-ffreestanding", "-fno-stack-protector", "-fno-sanitize=all",
                    "-fno-pie", "-fno-pic", "-s"]
UDP_CLIENT_TARGET = {"x86_64": ["-target", "x86_64-linux-none"],
                     "armhf": ["-target", "arm-linux-none", "-mcpu=cortex_a15", "-marm"]}
DISK = "disk_pattern"       # tests/xen_guests/disk_pattern.py, booted twice on one image
DISK_MODES = ["write", "read"]
DISK_BYTES = 512 << 10
# Chosen for breadth (arguments, exit statuses, tracebacks on stderr, floats,
# classes, exceptions, containers); all pass on the plain QEMU targets.
NAMES = ["sys_argv", "sys_exit_code", "err_zerodiv_uncaught", "err_stderr_exit", "algo_sieve",
         "class_inherit_super", "dict_methods", "exc_hierarchy", "float_format",
         "str_split_join", "generic_class", "print_sep_end"]
# A hang detector, not a speed limit: idle, Xen and dom0 boot in ~10 s and each
# guest takes ~2 s under TCG; in `make test` other workers share the CPUs.
SECONDS_PER_GUEST = 30


def build_guest(target: str, program: Path, workdir: Path, argv: list[str],
                options: list[str] | None = None) -> xenrig.Guest:
    """The guest of program; options: its device options (`--net xen --ipv4 ...`, `--block xen:PATH`)."""
    image = workdir / program.stem
    built = unicc(["build", str(program), "--target", target, "-o", str(image), *(options or [])],
                  program.parent, "build", BUILD_TIMEOUT)
    if built.status != 0:
        pytest.fail(f"unicc build {program.stem} failed:\n" + built.stderr.decode()[-4000:])
    opts = options or []
    devices = {kind: opts[opts.index(f"--{kind}") + 1] for kind in ("net", "block") if f"--{kind}" in opts}
    return xenrig.Guest(image, xenrig.guest_config(Image.load(TARGETS[target], image), argv, devices))


def udp_client(target: str, workdir: Path) -> bytes:
    """tests/xen_guests/udp_client.c built for the target's rig dom0."""
    out = workdir / "udp_client"
    flags = UDP_CLIENT_TARGET[xenrig.arch_of(TARGETS[target]).name]
    built = subprocess.run([PYTHON, "-m", "ziglang", "cc", *flags, *UDP_CLIENT_FLAGS, "-o", str(out), str(UDP_CLIENT)],
                           capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    if built.returncode != 0:
        pytest.fail(f"zig cc {UDP_CLIENT.name} failed:\n{built.stderr}")
    return out.read_bytes()


def dom0_bytes(size: int) -> bytes:
    """What `yes 0123456789abcdef | head -c size` gives in dom0: the bytes its scripts send."""
    line = b"0123456789abcdef\n"
    return (line * (size // len(line) + 1))[:size]


def boot_all(target: str, names: list[str], workdir: Path) -> dict[str, xenrig.Guest]:
    """Build the programs for `target`, the xenstore probe, the idle
    program, the disk guests and the HTTP and echo examples, and boot them
    all in one Xen."""
    guests = [build_guest(target, PROGRAMS / f"{n}.py", workdir, [n, *ARGS]) for n in names]
    probe = build_guest(target, XEN_GUESTS / f"{PROBE}.py", workdir, [PROBE])
    probe.dom0_script = (XEN_GUESTS / "dom0_probe.sh").read_text()
    idle = build_guest(target, IDLE_PROGRAM, workdir, [IDLE])
    http = build_guest(target, HTTP_APP, workdir, [NET], ["--net", "xen", "--ipv4", NET_IPV4])
    http.dom0_script = (f"addr={NET_IPV4.split('/')[0]}\nsize={NET_BYTES}\n"
                        + (XEN_GUESTS / "dom0_http.sh").read_text())
    echo = build_guest(target, ECHO_APP, workdir, [UDP], ["--net", "xen", "--ipv4", UDP_IPV4])
    echo.dom0_script = (f"addr={UDP_IPV4.split('/')[0]}\nsizes='{' '.join(map(str, UDP_SIZES))}'\n"
                        + (XEN_GUESTS / "dom0_udp.sh").read_text())
    echo.dom0_files = {"udp_client": udp_client(target, workdir)}
    disk = workdir / "disk.img"
    disk.write_bytes(bytes(DISK_BYTES))
    disks = [build_guest(target, XEN_GUESTS / f"{DISK}.py", workdir, [DISK, mode], ["--block", f"xen:{disk}"])
             for mode in DISK_MODES]
    disks[0].dom0_script = (XEN_GUESTS / "dom0_disk.sh").read_text()
    names = [*names, PROBE, IDLE, *(f"{DISK}-{m}" for m in DISK_MODES), NET, UDP]
    guests = [*guests, probe, idle, *disks, http, echo]
    problem = None
    try:
        xenrig.boot(xenrig.arch_of(TARGETS[target]), guests, timeout=120 + SECONDS_PER_GUEST * len(guests))
    except UserError as e:   # no Debian mirror, a rig that does not boot, a timeout
        problem = "\n".join(e.messages)
    if problem:
        pytest.fail(problem, pytrace=False)
    for n, g in zip(names, guests):
        if "stuck" in g.times:   # its output and status are complete; the toolstack hung
            warnings.warn(f"xl create -c did not return after guest {n} ended; xl list said:\n"
                          + "\n".join(g.xl), stacklevel=2)
    return dict(zip(names, guests))


# What each architecture's boot gave, kept for the worker's whole session:
# pytest-xdist tears a module fixture down whenever a worker's queue runs dry
# (the next test is not known yet), and the next test of the group would
# boot the rig again (CI's log showed two boots per architecture).
_BOOTED: dict[str, dict[str, xenrig.Guest]] = {}


@pytest.fixture(scope="module", params=["xen", "xen-arm"])
def domus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[str, dict[str, xenrig.Guest]]:
    target = str(request.param)
    if target not in _BOOTED:
        _BOOTED[target] = boot_all(target, NAMES, tmp_path_factory.mktemp(target))
    return target, _BOOTED[target]


@pytest.mark.parametrize("name", NAMES)
def test_domu(name: str, domus: tuple[str, dict[str, xenrig.Guest]]) -> None:
    target, guests = domus
    g = guests[name]
    runner = Runner(target)
    runner.assert_same(runner.reference(PROGRAMS / f"{name}.py"),
                       Result(-1 if g.status is None else g.status, g.console, b""))


def test_xenstore(domus: tuple[str, dict[str, xenrig.Guest]]) -> None:
    """The guest's xenstore client and dom0's xenstore tools tell one story."""
    _, guests = domus
    g = guests[PROBE]
    said = "\n".join(["guest:", g.console.decode(errors="replace"), "dom0:", *g.dom0])
    assert g.status == 0, said
    guest = dict(line.split(" ", 1) for line in g.console.decode().splitlines() if " " in line)
    dom0 = dict(line.split(" ", 1) for line in g.dom0 if " " in line)
    assert guest["domid"] == dom0["domid"] == dom0["xl-domid"] and int(dom0["domid"]) > 0, said
    assert guest["name"] == dom0["name"] == f"g{list(guests).index(PROBE):02d}", said
    assert guest["home"].split() == dom0["home"].split(), said
    assert guest["probe"] == dom0["probe"] == f"hello from domain {dom0['domid']}", said
    assert guest["watch-registered"] == "data/flag flag", said
    assert guest["watch-fired"] in (f"/local/domain/{dom0['domid']}/data/flag flag", "data/flag flag"), said
    assert guest["flag"] == "set by dom0", said
    assert guest["transaction-committed"] == "True" and dom0["done"] == "yes", said
    assert guest["grants"] == "8 9 8" and int(guest["unbound-port"]) > 2, said


def test_idle(domus: tuple[str, dict[str, xenrig.Guest]]) -> None:
    """The event loop's 2 s sleep as a domU lasts 2 s (its host CPU is not
    measured: the same QEMU runs Xen and dom0)."""
    _, guests = domus
    g = guests[IDLE]
    assert g.status == 0, g.console
    lines = g.console.splitlines(keepends=True)
    assert lines[:1] == [FIRST] and len(lines) == 2, g.console
    check_elapsed(lines[1])


def http_app_bodies(size: int) -> tuple[bytes, bytes]:
    """What examples/http answers to GET / and GET /bytes/size, from the
    app's own GREETING and PATTERN (its module run by CPython)."""
    code = "import runpy, sys; m = runpy.run_path(sys.argv[1]); print(m['GREETING'].hex(), m['PATTERN'].hex())"
    out = subprocess.run([PYTHON, "-c", code, str(HTTP_APP)], env={"PYTHONPATH": str(STDLIB)},
                         capture_output=True, text=True, check=True, timeout=30).stdout
    greeting, pattern = (bytes.fromhex(h) for h in out.split())
    return greeting, (pattern * (size // len(pattern) + 1))[:size]


def test_netfront(domus: tuple[str, dict[str, xenrig.Guest]]) -> None:
    """examples/http on netfront answers dom0 over the rig's bridge and
    Linux's netback: ping, GET / and /bytes/N (checked by SHA-256), and a
    POST /sha256 whose answer is the SHA-256 of what dom0 sent; when `xl
    network-detach` takes its vif away it says so and runs on (until dom0
    destroys it)."""
    _, guests = domus
    g = guests[NET]
    said = "\n".join(["guest:", g.console.decode(errors="replace"), "xl:", *g.xl, "dom0:", *g.dom0])
    dom0 = dict(line.split(" ", 1) for line in g.dom0 if " " in line)
    backend = f"/local/domain/0/backend/vif/{dom0.get('domid')}/0"
    ready, detached = f"http: port 80 on {NET_IPV4.split('/')[0]}", "the vif is gone, frames are dropped"
    assert g.console.decode().splitlines() in [
        [ready, f"netfront: the backend {backend} is {state}: {detached}"] for state in ("Closing", "Closed")], said
    assert dom0.get("detached") == "0" and dom0.get("running") == "1", said
    greeting, body = http_app_bodies(NET_BYTES)
    assert dom0.get("ping") == "3", said
    assert dom0.get("root") == hashlib.sha256(greeting).hexdigest(), said
    assert dom0.get("bytes", "").split()[:1] == [hashlib.sha256(body).hexdigest()], said
    upload = hashlib.sha256(dom0_bytes(NET_BYTES)).hexdigest()
    assert dom0.get("sent") == upload and dom0.get("upload", "").split()[:1] == [upload], said


def test_udp_echo(domus: tuple[str, dict[str, xenrig.Guest]], request: pytest.FixtureRequest) -> None:
    """examples/echo on netfront sends each of dom0's UDP datagrams back as
    it came, from 0 bytes to 65507 (45 IPv4 fragments each way), as it does
    on unix --net tap (tests/test_net.py, the same sizes); a datagram to a
    port it does not listen on is refused (ICMP port unreachable)."""
    target, guests = domus
    if target == "xen":   # seen to stop answering after one datagram: a lost wake-up (docs/devices.md)
        request.applymarker(pytest.mark.xfail(reason="netfront's lost wake-up on x86 (docs/devices.md)",
                                              strict=False))
    g = guests[UDP]
    said = "\n".join(["guest:", g.console.decode(errors="replace"), "xl:", *g.xl, "dom0:", *g.dom0])
    assert g.console.decode().splitlines() == [f"echo: TCP and UDP port 7 on {UDP_IPV4.split('/')[0]}"], said
    dom0 = dict(line.split(" ", 1) for line in g.dom0 if " " in line)
    for n in UDP_SIZES:
        assert dom0.get(f"udp-{n}") == f"0 {hashlib.sha256(dom0_bytes(n)).hexdigest()}", said
    assert dom0.get("refused") == "2", said


def test_blkfront(domus: tuple[str, dict[str, xenrig.Guest]], tmp_path: Path) -> None:
    """One guest writes seeded extents (one longer than a request) through
    blkfront and Linux's blkback, and a second guest reads them back from
    the same image: each says what the same program says under CPython on
    a file (FileBlock), run twice in the same way; dom0 sees the bytes the
    CPython run left in its file, and blkback offered cache flushes."""
    _, guests = domus
    writer, reader = (guests[f"{DISK}-{m}"] for m in DISK_MODES)
    said = "\n".join(["writer:", writer.console.decode(errors="replace"), "xl:", *writer.xl, "dom0:", *writer.dom0,
                      "reader:", reader.console.decode(errors="replace"), "xl:", *reader.xl])
    disk = tmp_path / "disk.img"
    disk.write_bytes(bytes(DISK_BYTES))
    for g, mode in ((writer, "write"), (reader, "read")):
        ref = unicc(["run", str(XEN_GUESTS / f"{DISK}.py"), "--target", "python", "--block", f"file:{disk}",
                     "--", mode], tmp_path, "reference")
        assert (ref.status, ref.stderr) == (0, b""), ref.stderr.decode()
        assert (g.status, g.console) == (0, ref.stdout), said
    assert writer.console.splitlines()[-1] == reader.console.splitlines()[-1], said
    dom0 = dict(line.split(" ", 1) for line in writer.dom0 if " " in line)
    assert dom0.get("params", "").startswith("/disks/"), said
    assert dom0.get("flush") == "1", said   # blkback offers flushes on a loop device: each write asked for one
    assert dom0.get("image") == hashlib.sha256(disk.read_bytes()).hexdigest(), said


def test_disk_images_in_dom0(tmp_path: Path) -> None:
    """Guests given one image share its copy in dom0's initramfs; a missing
    image is a plain error (no rig boot)."""
    a, b = tmp_path / "a.img", tmp_path / "b.img"
    a.write_bytes(b"A" * 1024)
    b.write_bytes(b"B" * 512)
    disks: dict[Path, str] = {}
    files: dict[str, bytes] = {}
    spec = xlconfig.disk_spec
    got = [xenrig.disk_in_dom0(spec(str(p)), disks, files) for p in (a, tmp_path / "." / "a.img", b)]
    assert got == [spec("/disks/0.img"), spec("/disks/0.img"), spec("/disks/1.img")]
    assert files == {"disks/0.img": b"A" * 1024, "disks/1.img": b"B" * 512}
    with pytest.raises(UserError, match="no disk image"):
        xenrig.disk_in_dom0(spec(str(tmp_path / "none.img")), disks, files)
