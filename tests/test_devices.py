"""Device applications (docs/devices.md, unicc/config.py): the generated main
module, how implementations are chosen, the errors a wrong choice gives,
and the direct calls a fixed configuration compiles to.

The differential programs tests/programs/device_*.py cover the behaviour of
the devices themselves, compiled against CPython."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, PYTHON, ROOT, Result, unicc

EXAMPLES = ROOT / "examples"
CLOCK, DICE = EXAMPLES / "clock" / "clock.py", EXAMPLES / "dice" / "dice.py"

STORE_APP = '''from unicc_devices import Block, Console, Random


def main(console: Console, disk: Block, rng: Random) -> None:
    disk.write(2, rng.random_bytes(disk.sector_size()))
    console.log(f"{disk.sectors()} {disk.read(2, 1)[:6].hex()} {rng.below(100)}")
'''

JOB_APP = '''from unicc_devices import Console, KV


class Main:
    def __init__(self, console: Console, store: KV) -> None:
        self.console = console
        self.store = store

    def start(self) -> None:
        self.store.put("k", b"v")
        self.console.log(f"job ran: {self.store.keys()}")
'''

# A Console with a `write` of the wrong type and no `log`.
BAD_CONSOLE = '''class Upper:
    def write(self, text: bytes) -> None:
        print(text)
'''


def cli(args: list[str], cwd: Path) -> Result:
    return unicc(args, cwd, "unicc " + " ".join(args[:2]), BUILD_TIMEOUT)


def ok(res: Result) -> str:
    assert res.status == 0, res.stderr.decode()
    return res.stdout.decode()


def fails(res: Result) -> str:
    """A user error: exit status 2, messages on stderr, no traceback."""
    err = res.stderr.decode()
    assert res.status == 2, (res.status, err)
    assert "Traceback" not in err, err
    return err


def app(tmp_path: Path, source: str, name: str = "app.py") -> Path:
    p = tmp_path / name
    p.write_text(source)
    return p


def main_module(path: Path, *args: str) -> str:
    return ok(cli(["build", "--emit-main", str(path), *args], path.parent))


# ---- the generated main module ------------------------------------------------------------

def test_emit_main_creates_each_device_once_in_dependency_order() -> None:
    text = main_module(DICE, "--target", "xen")
    body = text[text.index("def start"):]
    assert re.findall(r"^    (\w+): (\w+) = (\w+)\(", body, re.M) == [
        ("console", "Console", "StdoutConsole"), ("clock", "Clock", "MonotonicClock"),
        ("entropy", "Entropy", "JitterEntropy"), ("random", "Random", "ChaChaRandom")]
    assert "JitterEntropy(clock=clock)" in body and "ChaChaRandom(entropy=entropy)" in body
    assert "app.main(console=console, random=random)" in body
    assert "import dice as app" in text and "target xen" in text
    # on unix the entropy is getrandom(2), which needs no clock
    unix = main_module(DICE)
    assert "entropy: Entropy = GetrandomEntropy()" in unix and "MonotonicClock" not in unix


def test_the_main_module_shown_in_the_docs_is_what_unicc_prints() -> None:
    doc = (ROOT / "docs" / "devices.md").read_text()
    shown = re.search(r'```python\n("""The main module unicc generated for dice.py on target xen.*?)```', doc, re.S)
    assert shown is not None and shown.group(1) == main_module(DICE, "--target", "xen")


def test_main_module_is_typed_python_that_cpython_runs(tmp_path: Path) -> None:
    text = main_module(CLOCK)
    (tmp_path / "__main__.py").write_text(text)
    check = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "mypy", "--strict",
                            "--no-incremental", str(tmp_path / "__main__.py")], capture_output=True, text=True,
                           env={"MYPYPATH": f"{ROOT / 'stdlib'}:{CLOCK.parent}", "PATH": "/usr/bin:/bin"})
    assert check.returncode == 0, check.stdout
    out = ok(cli(["run", "--target", "python", str(CLOCK)], CLOCK.parent))
    assert re.fullmatch(r"fib\(24\) = 46368, computed in [\d.]+ ms\nwall clock: 2\d\d\d-\d\d-\d\d "
                        r"\d\d:\d\d:\d\d UTC\n", out), out


def test_plain_scripts_have_no_main_module() -> None:
    err = fails(cli(["build", "--emit-main", str(EXAMPLES / "hello" / "hello.py")], ROOT))
    assert "plain script" in err
    err = fails(cli(["build", str(EXAMPLES / "hello" / "hello.py"), "--block", "x.img"], ROOT))
    assert "takes no devices" in err


def test_a_job_class_is_constructed_with_its_devices_then_started(tmp_path: Path) -> None:
    p = app(tmp_path, JOB_APP)
    text = main_module(p)
    assert "job: Job = app.Main(console=console, store=kv)" in text and "job.start()" in text
    assert ok(cli(["run", str(p)], tmp_path)) == "job ran: ['k']\n"
    assert ok(cli(["run", "--target", "python", str(p)], tmp_path)) == "job ran: ['k']\n"



@pytest.mark.parametrize("source", ["import os\nprint(os.getpid())\n",
                                    JOB_APP.replace("f\"job ran: {self.store.keys()}\"", "str(os.getpid())")
                                    .replace("from unicc_devices", "import os\nfrom unicc_devices")],
                         ids=["plain", "app"])
def test_the_reference_run_is_cpython_itself(source: str, tmp_path: Path) -> None:
    """`unicc run --target python` becomes the CPython process (no child),
    so a caller that kills it on a timeout leaves nothing running."""
    p = app(tmp_path, source)
    # the shell prints its pid, then exec makes unicc that same process
    out = subprocess.run(["sh", "-c", 'echo $$; exec "$@"', "sh", PYTHON, "-m", "unicc", "run",
                          "--target", "python", str(p)], cwd=tmp_path, capture_output=True, text=True,
                         timeout=BUILD_TIMEOUT)
    assert out.returncode == 0, out.stderr
    shell_pid, program_pid = out.stdout.split()
    assert shell_pid == program_pid, out.stdout

# ---- choosing implementations ----------------------------------------------------------------

def test_command_line_config_module_and_table_in_that_order(tmp_path: Path) -> None:
    p = app(tmp_path, STORE_APP)
    assert "MemoryBlock()" in main_module(p)                           # the unix table: ram
    (tmp_path / "unicc_config.py").write_text(
        '"""Devices for app.py."""\nblock = "ram:64"\ntargets = {"xen": {"block": "ram:8"}}\n')
    assert "MemoryBlock(sectors=64)" in main_module(p)
    assert "MemoryBlock(sectors=8)" in main_module(p, "--target", "xen")
    assert "FileBlock(path='disk.img')" in main_module(p, "--block", "disk.img")
    text = main_module(p, "--device", "entropy=seed:0badc0de", "--block", "ram:16")
    assert "FixedEntropy(seed='0badc0de')" in text and "MemoryBlock(sectors=16)" in text
    clock = main_module(CLOCK, "--target", "cubieboard2", "--device", "wallclock=boot:1767225600")
    assert "BootWallClock(clock=clock, epoch_s=1767225600)" in clock


def test_file_backed_block_device_and_fixed_seed_match_cpython(tmp_path: Path) -> None:
    p = app(tmp_path, STORE_APP)
    opts = ["--block", "disk.img", "--device", "entropy=seed:01"]
    (tmp_path / "disk.img").write_bytes(bytes(4096))
    assert ok(cli(["build", str(p), "-o", str(tmp_path / "app"), *opts], tmp_path)) == ""
    got = subprocess.run([str(tmp_path / "app")], cwd=tmp_path, capture_output=True).stdout.decode()
    written = (tmp_path / "disk.img").read_bytes()
    (tmp_path / "disk.img").write_bytes(bytes(4096))
    want = ok(cli(["run", "--target", "python", str(p), *opts], tmp_path))
    assert got == want and got.startswith("8 ") and written == (tmp_path / "disk.img").read_bytes()
    assert written[1024:1030].hex() == got.split()[1]


@pytest.mark.parametrize("args, message", [
    (["--net", "loopback"], "takes no Netif device, so the choice for net does not apply"),
    (["--device", "random=dice"], "--device random=dice: no random implementation is named 'dice'; "
                                  "unix has chacha for random"),
    (["--target", "xen", "--block", "disk.img"], "--block disk.img: 'file' is not available on xen"),
    (["--device", "entropy=seed"], "FixedEntropy() needs a value for seed: give it as seed:VALUE"),
    (["--block", "ram:lots"], "sectors must be an int, not 'lots'"),
    (["--device", "clock"], "expected KIND=SPEC"),
])
def test_bad_choices_are_plain_errors(tmp_path: Path, args: list[str], message: str) -> None:
    p = app(tmp_path, STORE_APP)
    assert message in fails(cli(["build", "--emit-main", str(p), *args], tmp_path))


def test_a_device_the_target_lacks_is_asked_for_where_it_is_needed(tmp_path: Path) -> None:
    p = app(tmp_path, "from unicc_devices import Netif\n\n\ndef main(net: Netif) -> None:\n"
                      "    print(net.mtu())\n")
    err = fails(cli(["build", str(p)], tmp_path))
    assert err.startswith(f"{p}:4:10: error: parameter 'net' of main needs a Netif device"), err
    assert "--net SPEC (loopback, tap, tap-plain)" in err
    assert "net: Netif = TapNetif(name='tap0')" in ok(cli(["build", "--emit-main", str(p), "--net", "tap0"],
                                                          tmp_path))
    assert "--net socket: the host's sockets are a Stack device (TCP and UDP), not a Netif" in \
        fails(cli(["build", str(p), "--net", "socket"], tmp_path))
    assert ok(cli(["run", str(p), "--net", "loopback"], tmp_path)) == "1500\n"


def test_several_interfaces_are_one_ports_device(tmp_path: Path) -> None:
    """A switch's ports: one device, every TAP named in its value (on the
    guests, each TAP one virtio-net device)."""
    p = app(tmp_path, "from unicc_devices import Ports\n\n\ndef main(ports: Ports) -> None:\n"
                      "    print(ports.count())\n")
    err = fails(cli(["build", str(p)], tmp_path))
    assert err.startswith(f"{p}:4:10: error: parameter 'ports' of main needs a Ports device"), err
    assert "--device ports=SPEC (taps)" in err
    assert "    ports: Ports = TapPorts(names='tap1,tap2')\n" in \
        ok(cli(["build", "--emit-main", str(p), "--device", "ports=taps:tap1,tap2"], tmp_path))
    assert "--device ports=taps:tap1: 'taps' is not available on xen" in \
        fails(cli(["build", str(p), "--target", "xen", "--device", "ports=taps:tap1"], tmp_path))
    for guest in ("xen", "xen-arm"):
        assert "    ports: Ports = VirtioPorts(host_taps='tap1,tap2')\n" in \
            ok(cli(["build", "--emit-main", str(p), "--target", guest, "--device", "ports=virtio:tap1,tap2"],
                   tmp_path))
    assert "--device ports=virtio:tap1: 'virtio' is not available on unix" in \
        fails(cli(["build", str(p), "--device", "ports=virtio:tap1"], tmp_path))


ECHO = EXAMPLES / "echo" / "echo.py"


def test_the_network_stack_takes_its_address_from_the_device_options(tmp_path: Path) -> None:
    main = ok(cli(["build", "--emit-main", str(ECHO), "--target", "unix", "--net", "tap:tap7",
                   "--ipv4", "10.0.0.2/24", "--ipv4-gateway", "10.0.0.1"], tmp_path))
    assert "    net: Netif = TapNetif(name='tap7')\n" in main
    assert "    stack: Stack = DirectStack(net=net, clock=clock, ipv4='10.0.0.2/24', ipv4_gateway='10.0.0.1')\n" \
        in main
    err = fails(cli(["build", "--emit-main", str(ECHO), "--net", "tap:tap7"], tmp_path))
    assert "DirectStack() (chosen by the unix device table: stack = 'direct') needs --ipv4 ADDR/PREFIX" in err
    err = fails(cli(["build", "--emit-main", str(ECHO)], tmp_path))
    assert "parameter 'net' of DirectStack.__init__ needs a Netif device" in err
    # unicc_config.py may hold them too; the command line wins
    (tmp_path / "echo.py").write_text(ECHO.read_text())
    (tmp_path / "unicc_config.py").write_text('net = "tap:tap3"\nipv4 = "192.168.9.9/16"\n'
                                              'targets = {"unix": {"ipv4_gateway": "192.168.0.1"}}\n')
    main = ok(cli(["build", "--emit-main", str(tmp_path / "echo.py"), "--ipv4", "10.1.1.1/8"], tmp_path))
    assert "DirectStack(net=net, clock=clock, ipv4='10.1.1.1/8', ipv4_gateway='192.168.0.1')" in main
    # --dhcp is --ipv4 dhcp; --net socket is the host's sockets, with --ipv4 optional
    main = ok(cli(["build", "--emit-main", str(ECHO), "--net", "tap:tap7", "--dhcp"], tmp_path))
    assert "    stack: Stack = DirectStack(net=net, clock=clock, ipv4='dhcp')\n" in main
    assert "--dhcp and --ipv4 10.0.0.2/24: choose one" in \
        fails(cli(["build", "--emit-main", str(ECHO), "--dhcp", "--ipv4", "10.0.0.2/24"], tmp_path))
    main = ok(cli(["build", "--emit-main", str(ECHO), "--net", "socket"], tmp_path))
    assert "    stack: Stack = SocketStack()\n" in main and "Netif" not in main
    main = ok(cli(["build", "--emit-main", str(ECHO), "--net", "socket", "--ipv4", "127.0.0.1"], tmp_path))
    assert "    stack: Stack = SocketStack(ipv4='127.0.0.1')\n" in main
    # an address for a program without a stack is a plain error
    p = app(tmp_path, STORE_APP)
    assert "--ipv4 10.0.0.2/24: no device of this program takes ipv4" in \
        fails(cli(["build", "--emit-main", str(p), "--ipv4", "10.0.0.2/24"], tmp_path))


def test_an_entry_point_takes_only_devices(tmp_path: Path) -> None:
    p = app(tmp_path, "from unicc_devices import Console\n\n\ndef main(console: Console, n: int) -> None:\n"
                      "    console.log(str(n))\n")
    assert f"{p}:4:28: error: parameter 'n' of main is not a device" in fails(cli(["build", str(p)], tmp_path))


def test_a_nonconforming_implementation_is_a_located_error_naming_the_member(tmp_path: Path) -> None:
    p = app(tmp_path, STORE_APP)
    (tmp_path / "mycon.py").write_text(BAD_CONSOLE)
    err = fails(cli(["build", str(p), "--device", "console=mycon.Upper"], tmp_path)).splitlines()
    assert err[0] == (f"{p}:4:10: error: mycon.Upper (chosen by --device console=mycon.Upper) does not "
                      f"implement Console, which parameter 'console' of main asks for"), err
    notes = "\n".join(err[1:])
    assert f'{p}:4:10: note: "Upper" is missing following "Console" protocol member:' in notes
    assert f"{p}:4:10: note:     log" in notes
    assert "def write(self, text: str) -> None" in notes and "def write(self, text: bytes) -> None" in notes
    # `unicc check` says the same
    assert err[0] in fails(cli(["check", str(p), "--device", "console=mycon.Upper"], tmp_path))


def test_a_device_cycle_is_reported(tmp_path: Path) -> None:
    p = app(tmp_path, STORE_APP)
    (tmp_path / "echo.py").write_text("from unicc_devices import Console\n\n\nclass Echo:\n"
                                      "    def __init__(self, inner: Console) -> None:\n"
                                      "        self.inner = inner\n")
    err = fails(cli(["build", "--emit-main", str(p), "--device", "console=echo.Echo"], tmp_path))
    assert f"{tmp_path / 'echo.py'}:5:24: error: devices depend on each other in a cycle: console -> console" \
        in err


# ---- specialisation: calls through device Protocols are direct -------------------------------------

def functions(llvm: str) -> dict[str, str]:
    """Body of every defined function of an LLVM module, by name."""
    out = {}
    for m in re.finditer(r'^define [^@]*@"?([^"(]+)"?\(.*?^}', llvm, re.M | re.S):
        out[m.group(1)] = m.group(0)
    return out


# A second Console implementation that the configuration does not construct.
QUIET = """

class Quiet:
    def write(self, text: str) -> None:
        pass

    def log(self, line: str) -> None:
        pass
"""


def test_device_calls_compile_to_direct_calls(tmp_path: Path) -> None:
    """examples/dice plus a Console class nothing constructs: every call through
    Console and Random goes straight to the configured implementation."""
    dice = app(tmp_path, DICE.read_text() + QUIET, "dice.py")
    ll = tmp_path / "dice.ll"
    ok(cli(["build", str(dice), "-O0", "-o", str(tmp_path / "dice"), "--emit-llvm", str(ll)], tmp_path))
    fns = functions(ll.read_text())
    assert "dice.Quiet.log" not in fns    # never called: dropped before LLVM (transform/reachable.py)
    app_code = fns["dice.main"] + fns["dice.roll"]
    called = re.findall(r"call \S+ @\"?([\w.]+)", app_code)
    assert "unicc_devices.chacha.ChaChaRandom.below" in called
    assert "unicc_devices.chacha.ChaChaRandom.random_bytes" in called
    assert "unicc_devices.console.StdoutConsole.log" in called
    assert not re.search(r"call \S+ %", app_code), "an indirect call"
    # a type switch loads class descriptors to compare with the object's (cells are closures')
    classes = [t for t in re.findall(r'ptr @"?type\.([\w.]+)', app_code) if not t.startswith("cell.")]
    assert not classes, f"a type switch on the device's class: {classes}"
    # optimised, the device code is inlined and no call anywhere is indirect
    ll2 = tmp_path / "dice2.ll"
    ok(cli(["build", str(dice), "-o", str(tmp_path / "dice2"), "--emit-llvm", str(ll2)], tmp_path))
    assert not re.search(r"call [^@]*%[\w.]+\(", ll2.read_text())


def test_examples_run_on_unix_and_under_cpython() -> None:
    for example in (CLOCK, DICE):
        for target in ("unix", "python"):
            out = ok(cli(["run", "--target", target, str(example)], example.parent))
            assert out.count("\n") == 2 and ("wall clock" in out or "token: " in out), out
    out = ok(cli(["run", str(DICE)], DICE.parent))
    dice = [int(d) for d in out.split("=")[0].split(":")[1].split("+")]
    assert len(dice) == 3 and all(1 <= d <= 6 for d in dice)


def test_clock_example_boots_on_cubieboard2() -> None:
    out = ok(cli(["run", "--target", "cubieboard2", str(CLOCK)], CLOCK.parent))
    # no calendar on the board: the wall clock honestly starts at the epoch
    assert "fib(24) = 46368" in out and "wall clock: 1970-01-01 00:00:0" in out, out


def test_the_catalogue_names_real_targets_modules_and_classes() -> None:
    """stdlib/unicc_devices/catalogue.py is data: check what it names exists."""
    from unicc.config import KINDS, catalogue, module_file
    from unicc.targets import TARGETS
    cat = catalogue()
    assert set(cat.impls) <= set(KINDS.values()) and set(cat.portable) <= set(cat.impls)
    assert set(cat.target_defaults) <= set(TARGETS)
    for kind, named in cat.impls.items():
        for name, impl in named.items():
            assert set(impl.targets) <= set(TARGETS), (kind, name)
            path = module_file(impl.module, ROOT)
            assert path is not None and f"class {impl.cls}" in path.read_text(), (kind, name)
    for target in TARGETS.values():
        for kind, spec in cat.defaults(target).items():
            assert cat.impls[kind][spec].offered_on(target), (target.name, kind, spec)
