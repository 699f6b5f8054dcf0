"""Boot Xen guests on a real Xen 4.17 hypervisor nested in QEMU (TCG):
what `unicc run --target xen|xen-arm --on xen` does.

The rig is Debian's own Xen, dom0 kernel and toolstack, fetched with
`apt-get download` (a lists directory of its own, so the host's apt state is
neither needed nor touched) and unpacked with `dpkg-deb -x`; nothing is
installed on the host.  From them it builds a busybox initramfs whose /init
starts xenstored, xen-init-dom0 and xenconsoled, makes the bridge xenbr0
(dom0 is DOM0_IPV4 on it; a guest's vif joins it through VIF_SCRIPT), then
runs `xl create -c` for each guest under /guests/ in turn and powers the
machine off.  The rig is
built once per architecture into (XDG_CACHE_HOME or ~/.cache)/unicc/xenrig/;
each boot appends the guests as a second cpio archive (Linux unpacks
concatenated archives), so a boot costs no rebuild.

The serial line carries Xen's, dom0's and the guests' output.  /init frames
each guest with `@@unicc:` marker lines: while a guest runs its console
(through `xl create -c`) is streamed, and when it is gone /init prints the
log xenconsoled kept of it, which is authoritative: whatever the live stream
missed is written from it.  Xen passes no exit status on, so the runtime
prints `EXIT=<n>` last; it is parsed and removed from the console.  Carriage
returns are dropped (dom0's terminal adds them).  A guest may bring a
busybox sh script that /init runs in dom0 beside it (tests use it to check
a guest's xenstore client with xenstore-read/-write/-list), with files of
its own beside it (Guest.dom0_files: a test's tools); what it printed
is framed after the guest's log and kept in Guest.dom0.  A watchdog kills QEMU after
the timeout and reports the last lines of the serial console.
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import lzma
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from elftools.elf.dynamic import DynamicSection
from elftools.elf.elffile import ELFFile

from unicc.errors import UserError
from unicc.image import Image
from unicc.run.qemu import fill
from unicc.run import xlconfig
from unicc.targets import TARGETS, Target

XEN = "4.17"
TOOLS = ["xl", "xenconsole", "xenstored", "xenconsoled", "xen-init-dom0"]
CLIENTS = ["xenstore-read", "xenstore-write", "xenstore-list"]   # for guests' dom0 scripts
# In load order (insmod resolves no dependencies): the toolstack's, then the
# bridge and netback for guests with a vif, loop and blkback for a disk.
MODULES = ["xen-evtchn", "xen-privcmd", "xen-gntdev", "xen-gntalloc", "xenfs",
           "llc", "stp", "bridge", "xen-netback", "loop", "xen-blkback"]
# Everything the toolstack links against; a library nobody needs stays out.
PACKAGES = ["busybox-static", f"xen-utils-{XEN}", f"libxenmisc{XEN}", "libxencall1",
            "libxendevicemodel1", "libxenevtchn1", "libxenforeignmemory1", "libxengnttab1",
            "libxenhypfs1", "libxenstore4", "libxentoolcore1", "libxentoollog1", "libyajl2",
            "libc6", "libgcc-s1", "zlib1g", "libuuid1", "liblzma5", "libzstd1", "libfdt1",
            "xenstore-utils"]
DOM0_MIB = 512
MARK = "@@unicc:"
STUCK_S = 30   # how long a guest may stay after its EXIT= line before the rig ends it
SCRIPT_S = 10  # how long a guest's dom0 script may run on after the guest ended
TAIL_LINES = 15
BRIDGE = xlconfig.BRIDGE    # dom0's bridge, which `--net xen` puts a guest's vif on
DOM0_IPV4 = "10.0.19.1/24"  # dom0's address on it: guests take others of 10.0.19.0/24
EXIT_RE = re.compile(rb"EXIT=(-?\d+)\n?\Z")


@dataclass(frozen=True)
class RigArch:
    name: str           # cache subdirectory; the key of ARCHES that Arch.xen_rig names
    debarch: str        # Debian architecture
    flavour: str        # Debian kernel flavour: linux-image-<flavour> names the current one
    multiarch: str      # library directory name
    qemu: list[str]     # {xen} {kernel} {initrd} {memory} are filled in
    guest_cpus: str = ""   # the physical CPUs guests are pinned to (xl's `cpus`), if any

    def command(self, rig: Path, initrd: Path, memory_mib: int) -> list[str]:
        values = {"{xen}": str(rig / "xen"), "{kernel}": str(rig / "vmlinuz"),
                  "{initrd}": str(initrd), "{memory}": str(memory_mib)}
        for path in values.values():
            if " " in path or "," in path:   # QEMU splits module lists on them
                raise UserError([f"unicc: error: the Xen rig cannot use a path with spaces "
                                 f"or commas: {path}"])
        return fill(self.qemu, values)


XEN_ARGS = f"dom0_mem={DOM0_MIB}M,max:{DOM0_MIB}M dom0_max_vcpus=1 noreboot"
DOM0_ARGS = "console=hvc0 loglevel=3 rdinit=/init"
COMMON = ["-m", "{memory}", "-nodefaults", "-display", "none", "-serial", "stdio", "-no-reboot"]

ARCHES = {
    # TCG emulates SVM with nested paging, which Debian's Xen needs; its SMAP
    # emulation crashes the PV dom0, hence -smap.  Two CPUs, dom0 pinned to
    # the first and the guests to the second: when one CPU switches between
    # dom0 and a busy PVH guest (network traffic), dom0's processes now and
    # then crash at their first TLS access (%fs reads 0).  One host thread
    # runs both CPUs.
    "x86_64": RigArch("x86_64", "amd64", "amd64", "x86_64-linux-gnu", [
        "qemu-system-x86_64", "-M", "pc", "-cpu", "max,-smap", "-accel", "tcg,thread=single",
        "-smp", "2", *COMMON, "-kernel", "{xen}",
        "-append", f"console=com1 com1=115200,8n1 {XEN_ARGS} dom0_vcpus_pin",
        "-initrd", f"{{kernel}} {DOM0_ARGS} earlyprintk=xen,{{initrd}}"], guest_cpus="1"),
    # highmem=off: otherwise dom0 Linux hangs setting up the PCI host bridge.
    "armhf": RigArch("armhf", "armhf", "armmp-lpae", "arm-linux-gnueabihf", [
        "qemu-system-arm", "-M", "virt,virtualization=on,gic-version=2,highmem=off",
        "-cpu", "cortex-a15", "-accel", "tcg", "-smp", "1", *COMMON, "-kernel", "{xen}",
        "-append", f"console=dtuart dtuart=/pl011@9000000 {XEN_ARGS}",
        "-device", f"guest-loader,addr=0x42000000,kernel={{kernel}},bootargs={DOM0_ARGS}",
        "-device", "guest-loader,addr=0x44000000,initrd={initrd}"]),
}

INIT = f"""#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/usr/lib/xen-{XEN}/bin LD_LIBRARY_PATH=/lib/@MULTIARCH@
echo "{MARK} dom0"
mkdir -p /proc /sys /dev /tmp /var/run/xen /var/lib/xen /var/log/xen /var/lock /run/xen \\
  /var/lib/xenstored
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
mkdir -p /dev/pts; mount -t devpts devpts /dev/pts
for m in {' '.join(MODULES)}; do insmod /modules/$m.ko; done
mount -t xenfs xenfs /proc/xen
ip link set lo up
brctl addbr {BRIDGE}; ip addr add {DOM0_IPV4} dev {BRIDGE}; ip link set {BRIDGE} up
xenstored --pid-file /var/run/xenstored.pid
xen-init-dom0 >/dev/null
xenconsoled --log=guest --log-dir=/var/log/xen
echo "{MARK} toolstack"
# `xl create -c` has been seen (rarely, under load) not to return after its
# guest printed EXIT=: once the guest's log has that line, give the toolstack
# {STUCK_S} s, then end the guest and the console client, and say so.
watch() {{
  until grep -qE '^EXIT=-?[0-9]+.?$' /var/log/xen/guest-g$1.log 2>/dev/null; do sleep 1; done
  sleep {STUCK_S}
  echo "{MARK} stuck $1"
  xl list
  xl destroy g$1; killall xenconsole xl
}}
for d in /guests/*; do
  n=${{d##*/}}
  echo "{MARK} start $n"
  watch $n &
  w=$!
  # a guest's dom0.sh runs beside it; its account is printed after the guest's
  # log, once it ended (at most {SCRIPT_S} s after the guest)
  h=
  [ -f $d/dom0.sh ] && {{ sh $d/dom0.sh g$n >/tmp/dom0.log 2>&1 & h=$!; }}
  xl create -c $d/guest.cfg 2>/tmp/xl.log
  s=$?
  kill $w 2>/dev/null
  echo "{MARK} xl $n $s"
  grep -v '^Parsing config' /tmp/xl.log
  echo "{MARK} log $n"
  cat /var/log/xen/guest-g$n.log 2>/dev/null; echo
  echo "{MARK} end $n"
  if [ -n "$h" ]; then
    i=0; while kill -0 $h 2>/dev/null && [ $i -lt {SCRIPT_S * 5} ]; do sleep 0.2; i=$((i+1)); done
    kill $h 2>/dev/null
    echo "{MARK} script $n"; cat /tmp/dom0.log
  fi
done
echo "{MARK} poweroff"
poweroff -f
"""

# xl runs /etc/xen/scripts/vif-bridge for each vif (its default script) with
# the backend's xenstore directory in XENBUS_PATH and the interface's name in
# $vif: "online" once netback made the interface, "offline" when it goes.
# netback connects the guest only after hotplug-status says "connected".
# Xen's own script needs bash; this one is busybox sh.
VIF_SCRIPT = f"""#!/bin/sh
[ "$1" = online ] || exit 0
bridge=$(xenstore-read "$XENBUS_PATH/bridge" 2>/dev/null || echo {BRIDGE})
brctl addif "$bridge" "$vif" && ip link set "$vif" up &&
  xenstore-write "$XENBUS_PATH/hotplug-status" connected
"""

# xl runs /etc/xen/scripts/block (the `script=block` of a disk line) with
# the vbd backend's directory in XENBUS_PATH: "add" before the guest starts,
# "remove" when it is gone.  blkback opens the disk once `physical-device`
# (the block device's major:minor in hex) is written; a file (the `params`
# key, xl's target) goes on a free loop device first.  Xen's script needs bash.
BLOCK_SCRIPT = """#!/bin/sh
case "$1" in
add)
  target=$(xenstore-read "$XENBUS_PATH/params") || exit 1
  dev=$target
  if [ ! -b "$dev" ]; then dev=$(losetup -f) && losetup "$dev" "$target" || exit 1; fi
  xenstore-write "$XENBUS_PATH/physical-device" "$(stat -L -c %t:%T "$dev")" \\
    "$XENBUS_PATH/physical-device-path" "$dev" "$XENBUS_PATH/hotplug-status" connected
  ;;
remove)
  dev=$(xenstore-read "$XENBUS_PATH/physical-device-path" 2>/dev/null)
  case "$dev" in /dev/loop*) losetup -d "$dev" ;; esac
  ;;
esac
exit 0
"""


# ---- the rig: downloaded once, cached ----

def rig_dir(arch: RigArch) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "unicc" / "xenrig" / arch.name


def ensure_rig(arch: RigArch) -> Path:
    """The rig's directory, holding xen, vmlinuz and base.cpio.gz.  The
    downloaded packages stay in debs/, so a change to this file's rig
    (its stamp) rebuilds the initramfs without fetching them again."""
    rig = rig_dir(arch)
    stamp = hashlib.sha256(f"{PACKAGES}{TOOLS}{CLIENTS}{MODULES}{INIT}{VIF_SCRIPT}{BLOCK_SCRIPT}".encode()).hexdigest()[:16]
    if stamp_of(rig) == stamp:
        return rig
    rig.mkdir(parents=True, exist_ok=True)
    with (rig / ".lock").open("w") as lock:   # parallel first runs build it once
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp_of(rig) != stamp:
            with tempfile.TemporaryDirectory(dir=rig) as tmp:
                build_rig(arch, rig, Path(tmp))
            (rig / "stamp").write_text(stamp)
    return rig


def stamp_of(rig: Path) -> str:
    return (rig / "stamp").read_text() if (rig / "stamp").exists() else ""


def apt(arch: RigArch, work: Path, debs: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("apt-get") is None:
        raise UserError(["unicc: error: the Xen rig is built from Debian packages: "
                         "apt-get and dpkg-deb are needed"])
    (work / "lists" / "partial").mkdir(parents=True, exist_ok=True)
    (work / "cache" / "archives" / "partial").mkdir(parents=True, exist_ok=True)
    opts = [f"-oAPT::Architecture={arch.debarch}", f"-oAPT::Architectures={arch.debarch}",
            f"-oDir::State::Lists={work / 'lists'}", f"-oDir::Cache={work / 'cache'}",
            "-oAPT::Sandbox::User=root" if os.getuid() == 0 else "-oDebug::NoLocking=1"]
    tool = "apt-cache" if args[0] == "depends" else "apt-get"
    return subprocess.run([tool, *opts, *args], cwd=debs, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL)


def fetch(arch: RigArch, debs: Path, work: Path) -> None:
    """apt-get download the packages into debs/ (unless done already)."""
    done = debs / ".packages"
    if done.exists() and done.read_text() == str(PACKAGES):
        return
    shutil.rmtree(debs, ignore_errors=True)
    debs.mkdir()
    update = apt(arch, work, debs, "update")   # a mirror in sync is enough: errors surface below
    deps = apt(arch, work, debs, "depends", f"linux-image-{arch.flavour}")
    kernel = re.findall(r"Depends: (linux-image-\S+)", deps.stdout)
    got = None
    if kernel:
        got = apt(arch, work, debs, "download", *PACKAGES,
                  f"xen-hypervisor-{XEN}-{arch.debarch}", kernel[0])
    if got is None or got.returncode != 0:
        log = (update.stdout + update.stderr + deps.stderr + (got.stderr if got else ""))
        raise UserError([f"unicc: error: could not download Debian's {arch.debarch} Xen "
                         f"packages to build the Xen rig (it needs network access to the "
                         f"Debian mirrors of /etc/apt/sources.list); apt said:",
                         *("  " + s for s in log.strip().splitlines()[-12:])])
    done.write_text(str(PACKAGES))


def build_rig(arch: RigArch, rig: Path, work: Path) -> None:
    fetch(arch, rig / "debs", work)
    root = work / "root"
    for deb in sorted((rig / "debs").glob("*.deb")):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    xen = root / "boot" / f"xen-{XEN}-{arch.debarch}"   # x86: QEMU cannot load the .gz
    gz = xen.with_name(xen.name + ".gz")
    data = xen.read_bytes() if xen.exists() else gzip.decompress(gz.read_bytes())
    (rig / "xen").write_bytes(data)
    shutil.copyfile(next((root / "boot").glob("vmlinuz-*")), rig / "vmlinuz")
    tmp = rig / "base.cpio.gz.tmp"
    tmp.write_bytes(gzip.compress(cpio(base_files(arch, root)), 1))
    tmp.replace(rig / "base.cpio.gz")


def inside(root: Path, rel: str) -> Path:
    """root/rel with symbolic links followed inside the unpacked tree."""
    p = root / rel.lstrip("/")
    for _ in range(20):
        if not p.is_symlink():
            return p
        target = os.readlink(p)
        p = root / target.lstrip("/") if target.startswith("/") else p.parent / target
    raise UserError([f"unicc: error: symlink loop at {rel} in the Xen rig"])


def needed(path: Path) -> tuple[list[str], str]:
    """An ELF file's DT_NEEDED libraries and its interpreter ("" if none)."""
    with path.open("rb") as f:
        elf = ELFFile(f)
        # pyelftools sets DT_NEEDED's `needed` at run time; its types do not declare it
        libs = [getattr(t, "needed") for s in elf.iter_sections()  # noqa: B009
                if isinstance(s, DynamicSection) for t in s.iter_tags("DT_NEEDED")]
        interp = [s.data().rstrip(b"\0").decode() for s in elf.iter_segments()
                  if s["p_type"] == "PT_INTERP"]
    return libs, interp[0] if interp else ""


def base_files(arch: RigArch, root: Path) -> dict[str, bytes]:
    """The dom0 initramfs: path -> contents (directories are implied)."""
    ma = arch.multiarch
    files = {"init": INIT.replace("@MULTIARCH@", ma).encode(), "etc/xen/xl.conf": b"",
             "etc/xen/scripts/vif-bridge": VIF_SCRIPT.encode(),
             "etc/xen/scripts/block": BLOCK_SCRIPT.encode(),
             "bin/busybox": inside(root, "bin/busybox").read_bytes()}
    todo = [inside(root, f"usr/lib/xen-{XEN}/bin/{t}") for t in TOOLS]
    for t, p in zip(TOOLS, todo):
        files[f"usr/lib/xen-{XEN}/bin/{t}"] = p.read_bytes()
    for c in CLIENTS:   # one program that acts on the name it is called by
        files[f"bin/{c}"] = inside(root, f"usr/bin/{c}").read_bytes()
    todo.append(inside(root, f"usr/bin/{CLIENTS[0]}"))
    todo.append(inside(root, f"lib/{ma}/libgcc_s.so.1"))   # dlopen()ed by xl's abort path
    files[f"lib/{ma}/libgcc_s.so.1"] = todo[-1].read_bytes()
    while todo:
        libs, interp = needed(todo.pop())
        if interp and interp.lstrip("/") not in files:
            files[interp.lstrip("/")] = inside(root, f"lib/{ma}/{Path(interp).name}").read_bytes()
        for lib in libs:
            if f"lib/{ma}/{lib}" in files:
                continue
            found = [p for d in (f"lib/{ma}", f"usr/lib/{ma}")
                     if (p := inside(root, f"{d}/{lib}")).exists()]
            if not found:
                raise UserError([f"unicc: error: the Xen rig lacks {lib} (add its Debian package "
                                 f"to unicc.run.xenrig.PACKAGES)"])
            files[f"lib/{ma}/{lib}"] = found[0].read_bytes()
            todo.append(found[0])
    kernel = next((root / "lib" / "modules").glob("*/kernel"))
    for m in MODULES:
        ko = next(kernel.rglob(f"{m}.ko*"))
        data = ko.read_bytes()
        files[f"modules/{m}.ko"] = lzma.decompress(data) if ko.suffix == ".xz" else data
    return files


def cpio(files: dict[str, bytes]) -> bytes:
    """A newc cpio archive; /init and the programs are executable."""
    out = bytearray()
    dirs: list[str] = []
    for path in files:
        parts = path.split("/")
        for i in range(1, len(parts)):
            if "/".join(parts[:i]) not in dirs:
                dirs.append("/".join(parts[:i]))
    entries = [(d, 0o040755, b"") for d in dirs] + [(p, 0o100755, d) for p, d in files.items()]
    for ino, (name, mode, data) in enumerate([*entries, ("TRAILER!!!", 0, b"")], 1):
        nb = name.encode() + b"\0"
        fields = (ino, mode, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(nb), 0)
        out += b"070701" + "".join(f"{v:08x}" for v in fields).encode() + nb
        out += b"\0" * (-len(out) % 4) + data
        out += b"\0" * (-len(out) % 4)
    return bytes(out)


# ---- guests and the serial console ----

@dataclass
class Guest:
    """One domU: its boot image, its .xl settings and what came back."""
    image: Path
    settings: dict[str, xlconfig.Setting]
    out: BinaryIO | None = None       # where the console is streamed (None: not streamed)
    console: bytes = b""              # the console without the EXIT= line
    status: int | None = None         # from EXIT=, None if the guest printed none
    times: dict[str, float] = field(default_factory=dict)
    xl: list[str] = field(default_factory=list)   # what `xl create` said, if anything
    dom0_script: str = ""             # a busybox sh script run in dom0 beside the guest ($1: its name)
    dom0_files: dict[str, bytes] = field(default_factory=dict)   # beside the script (its dir is ${0%/*})
    dom0: list[str] = field(default_factory=list)   # what that script printed
    _live: bytearray = field(default_factory=bytearray)
    _sent: int = 0

    def live(self, line: bytes, t: float) -> None:
        """A console line seen while the guest runs; an EXIT= line is held back."""
        self.times.setdefault("first output", t)
        self._live += line + b"\n"
        held = len(line) + 1 if re.search(rb"EXIT=-?\d+$", line) else 0
        self._write(self._live, len(self._live) - held)

    def _write(self, text: bytes | bytearray, end: int) -> None:
        if self.out is not None and end > self._sent:
            self.out.write(text[self._sent:end])
            self.out.flush()
            self._sent = end

    def finish(self, log: bytes) -> None:
        """xenconsoled's log of the whole console: the status and the rest of the output."""
        m = EXIT_RE.search(log)
        self.console = log[:m.start()] if m else log
        self.status = int(m.group(1)) if m else None
        if self.console.startswith(self._live[:self._sent]):
            self._write(self.console, len(self.console))


def guest_config(image: Image, argv: list[str], devices: dict[str, str] | None = None) -> dict[str, xlconfig.Setting]:
    """The settings of the image's .xl (what `unicc build` writes), argv as cmdline."""
    for a in argv:
        if a == "" or any(c.isspace() or c in "\"'\\" for c in a):
            raise UserError([f"unicc: error: a Xen guest's command line is split on spaces: "
                             f"cannot pass the argument {a!r}"])
    return {**xlconfig.settings(image, devices), "cmdline": " ".join(argv)}


def guest_archive(arch: RigArch, guests: list[Guest]) -> bytes:
    files: dict[str, bytes] = {}
    disks: dict[Path, str] = {}
    for i, g in enumerate(guests):
        d = f"guests/{i:02d}"
        cfg = {**g.settings, "name": f"g{i:02d}", "kernel": f"/{d}/kernel"}
        if arch.guest_cpus:
            cfg["cpus"] = arch.guest_cpus
        disk = cfg.get("disk")
        if isinstance(disk, list):
            cfg["disk"] = [disk_in_dom0(spec, disks, files) for spec in disk]
        files[f"{d}/kernel"] = g.image.read_bytes()
        if g.dom0_script:
            files[f"{d}/dom0.sh"] = g.dom0_script.encode()
        for name, data in g.dom0_files.items():   # executable, as every file of the archive
            files[f"{d}/{name}"] = data
        files[f"{d}/guest.cfg"] = "".join(xlconfig.line(k, v) + "\n" for k, v in cfg.items()).encode()
    return gzip.compress(cpio(files), 1)


def disk_in_dom0(spec: str, disks: dict[Path, str], files: dict[str, bytes]) -> str:
    """A disk line whose image (target=, last) is a copy in dom0's
    initramfs: one copy per image, so guests given the same image share
    it, and what they write stays in dom0's memory."""
    head, sep, path = spec.partition("target=")
    image = Path(path).resolve()
    if image not in disks:
        if not image.is_file():
            raise UserError([f"unicc: error: no disk image {path} to give the guest (--block xen:PATH)"])
        disks[image] = f"/disks/{len(disks)}.img"
        files[disks[image][1:]] = image.read_bytes()
    return head + sep + disks[image]


class Serial:
    """Reads QEMU's serial console line by line and routes guest lines."""

    def __init__(self, fd: int, guests: list[Guest], t0: float) -> None:
        self.fd, self.guests, self.t0 = fd, guests, t0
        self.times: dict[str, float] = {}
        self.tail: list[str] = []
        self.current: Guest | None = None
        self.log: list[bytes] | None = None
        self.xl: list[str] | None = None
        self.trace = bool(os.environ.get("UNICC_XENRIG_TRACE"))
        self.thread = threading.Thread(target=self._pump, daemon=True)
        self.thread.start()

    def _pump(self) -> None:
        buf = b""
        while chunk := os.read(self.fd, 65536):
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                self._line(line.replace(b"\r", b""))

    def _line(self, line: bytes) -> None:
        t = time.monotonic() - self.t0
        text = line.decode("utf-8", "replace")
        self.tail = (self.tail + [text])[-TAIL_LINES:]
        if self.trace:   # the whole serial console, for debugging the rig
            print(f"[{t:7.3f}] {text}", file=sys.stderr, flush=True)
        if "Xen version" in text:
            self.times.setdefault("xen banner", t)
        if text.startswith(MARK):
            self._mark(text.split()[1:], t)
        elif self.log is not None:
            self.log.append(line)
        elif self.xl is not None:
            self.xl.append(text)
        elif self.current is not None and not text.startswith("(XEN)"):
            self.current.live(line, t)

    def _mark(self, words: list[str], t: float) -> None:
        what = words[0]
        self.xl = None
        if what in ("dom0", "toolstack", "poweroff"):
            self.times[what] = t
            return
        g = self.guests[int(words[1])]
        if what == "start":
            self.current = g
            g.times["start"] = t
        elif what == "stuck":   # what follows is the rig's `xl list`
            g.times["stuck"] = t
            self.current, self.xl = None, g.xl
        elif what == "xl":
            self.current, self.xl = None, g.xl
            g.times["exit"] = t
        elif what == "log":
            self.log = []
        elif what == "end" and self.log is not None:
            g.finish(b"\n".join(self.log))
            self.log = None
        elif what == "script":   # what follows is what the guest's dom0 script printed
            self.xl = g.dom0

    def last_lines(self) -> list[str]:
        return ["last console lines:", *("  " + s for s in self.tail)]


def boot(arch: RigArch, guests: list[Guest], timeout: float) -> dict[str, float]:
    """Boot Xen with the guests one after another; fills in each Guest.  Returns
    when (s from starting QEMU) Xen's banner, dom0's /init, the toolstack,
    the power-off and QEMU's exit came; each Guest's `times` has its own."""
    rig = ensure_rig(arch)
    mem = DOM0_MIB + max(int(str(g.settings.get("memory", 64))) for g in guests) + 256
    with tempfile.TemporaryDirectory() as tmp:
        initrd = Path(tmp) / "initrd.gz"
        initrd.write_bytes((rig / "base.cpio.gz").read_bytes() + guest_archive(arch, guests))
        cmd = arch.command(rig, initrd, mem)
        if shutil.which(cmd[0]) is None:
            raise UserError([f"unicc: error: {cmd[0]} not found (needed to boot Xen)"])
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        assert proc.stdout is not None
        serial = Serial(proc.stdout.fileno(), guests, t0)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise UserError([f"unicc: error: Xen did not finish within {timeout:g} s "
                             f"(--timeout; booting Xen and dom0 alone takes about 10 s)",
                             progress(guests, serial.times), *serial.last_lines()]) from None
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            serial.thread.join()
            proc.stdout.close()
    serial.times["qemu exit"] = time.monotonic() - t0
    missing = [i for i, g in enumerate(guests) if "exit" not in g.times]
    if missing:
        raise UserError([f"unicc: error: Xen stopped before guest {missing[0]} finished "
                         f"(QEMU exit status {proc.returncode})", *serial.last_lines()])
    return serial.times


def progress(guests: list[Guest], times: dict[str, float]) -> str:
    """Where a boot that timed out had got to, from the marker times."""
    ended = sum("exit" in g.times for g in guests)
    running = [(i, g) for i, g in enumerate(guests) if "start" in g.times and "exit" not in g.times]
    if running:
        i, g = running[0]
        stuck = f", and the rig ended it at {g.times['stuck']:.1f} s" if "stuck" in g.times else ""
        return (f"{ended} of {len(guests)} guests had ended; guest {i} started at "
                f"{g.times['start']:.1f} s{stuck}")
    seen = ", ".join(f"{k} at {v:.1f} s" for k, v in times.items())
    return f"{ended} of {len(guests)} guests had ended; rig milestones: {seen or 'none'}"


def arch_of(t: Target) -> RigArch:
    arch = ARCHES.get(t.arch.xen_rig)
    if t.xl is None or arch is None:
        guests = [n for n, x in TARGETS.items() if x.xl is not None]
        raise UserError([f"unicc: error: target {t.name} is not a Xen guest: --on xen needs "
                         f"--target {' or '.join(guests)}"])
    return arch


def run(image: Image, argv: list[str], *, timeout: float = 60.0, out: BinaryIO,
        devices: dict[str, str] | None = None) -> int:
    """`unicc run --on xen`: boot one guest, stream its console, return its
    status.  `--net xen` puts its vif on the rig's bridge (dom0 is DOM0_IPV4)."""
    arch = arch_of(image.target)
    guest = Guest(image.boot, guest_config(image, argv, devices), out)
    boot(arch, [guest], timeout)
    if guest.status is None:   # its console, if any, is above
        raise UserError(["unicc: error: the guest stopped without printing EXIT=<status>: "
                         "it crashed or never started", *(["xl said:"] if guest.xl else []),
                         *("  " + s for s in guest.xl)])
    if "stuck" in guest.times:
        print(f"unicc: note: the guest stayed {STUCK_S} s after its EXIT= line; the rig "
              f"destroyed it", file=sys.stderr)
    return guest.status
