"""The target table: a target is data plus a runtime directory.

Every platform fact lives here as a typed field: the architecture (`Arch`:
pointer and stack-pointer width, LLVM triple, CPU and features, the flags of
the runtime), hosted or freestanding, the runtime directories, how it links
(linker flags and script), the image format, whether it takes a command
line, how QEMU boots it and whether it is a Xen guest.  Adding a board means
adding an entry here and a directory under runtime/platform/; nothing else tests a
target's name or parses its triple.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from unicc.errors import UserError

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "runtime"

X86_CFLAGS = [
    "-target", "x86_64-freestanding-none", "-O2", "-ffreestanding",
    "-fno-stack-protector", "-fno-sanitize=all", "-mno-red-zone", "-fno-pic",
    "-fno-pie", "-mcmodel=small", "-fno-builtin", "-fno-math-errno",
    "-ffunction-sections", "-fdata-sections",   # so --gc-sections drops unused runtime functions
]
X86_LDFLAGS = ["-static", "--no-dynamic-linker", "-z", "max-page-size=4096", "-z", "norelro",
               "--build-id=none"]


ImageFormat = Literal["elf", "zimage"]   # zimage: the ELF's raw bytes (objcopy -O binary)
ExitDecoder = Literal["plain", "isa-debug-exit"]   # see unicc/run/qemu.py


@dataclass(frozen=True)
class Arch:
    """What every target of one instruction set shares."""
    name: str
    ptr_bits: int
    stack_pointer: str        # the register llvm.read_register names for the stack check
    stack_pointer_bits: int   # its width
    triple: str               # LLVM triple of freestanding code (a hosted target names its own)
    cpu: str                  # LLVM CPU name ("" = generic)
    features: str             # LLVM feature string
    cflags: list[str]         # zig cc flags for the runtime
    ldflags: list[str]        # ld.lld flags
    xen_rig: str = ""         # the architecture of the Xen rig (unicc/run/xenrig.py ARCHES), "" = none


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    arch: Arch
    platform: str             # runtime/platform/<platform>/ directory
    hosted: bool = False      # a process of an operating system (else freestanding: no OS below)
    triple: str = ""          # LLVM triple for compiled Python; "" = the arch's
    ldflags: list[str] = field(default_factory=list)   # after the arch's
    linker_script: str = ""   # relative to runtime/; "" = the linker's default layout
    image: ImageFormat = "elf"
    cmdline: bool = True      # takes a command line (else argv is [program name])
    qemu: list[str] = field(default_factory=list)  # how to boot it (unicc/run/qemu.py); [] = run natively
    exit_decoder: ExitDecoder = "plain"  # how an exit status comes back from QEMU
    shared: list[str] = field(default_factory=list)  # runtime/<dir>s shared by platforms (arch/, xen/)
    xl: dict[str, str] | None = None  # a Xen guest: fixed settings of its .xl (unicc/run/xlconfig.py)
    heap: int = 64 << 20      # default --heap; the VM's RAM is sized from it (unicc/run/memory.py)
    # kind -> (the catalogue NAME of a guest driver, the QEMU options that give it a device,
    # `{value}` being the spec's VALUE, or each of its comma-separated items and `{i}` that
    # item's index): `--net virtio:tap0` adds those options.
    qemu_devices: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    # The devices it offers are in the device catalogue, stdlib/unicc_devices/catalogue.py.

    def __post_init__(self) -> None:
        if not self.triple:
            object.__setattr__(self, "triple", self.arch.triple)

    @property
    def cpu(self) -> str:
        return self.arch.cpu

    @property
    def features(self) -> str:
        return self.arch.features

    @property
    def cflags(self) -> list[str]:
        return self.arch.cflags

    @property
    def link_flags(self) -> list[str]:
        return [*self.arch.ldflags, *self.ldflags]

    @property
    def ptr_bits(self) -> int:
        return self.arch.ptr_bits

    @property
    def runtime_dirs(self) -> list[Path]:
        """In link order, which decides the image layout: core, shared, platform."""
        return [RUNTIME / "core", *(RUNTIME / d for d in self.shared), RUNTIME / "platform" / self.platform]


TARGETS: dict[str, Target] = {}


def register(t: Target) -> None:
    TARGETS[t.name] = t


X86_64 = Arch(name="x86_64", ptr_bits=64, stack_pointer="rsp", stack_pointer_bits=64,
               triple="x86_64-unknown-none-elf", cpu="x86-64", features="", cflags=X86_CFLAGS,
               ldflags=X86_LDFLAGS, xen_rig="x86_64")

register(Target(
    name="unix",
    description="Linux x86-64 process: static ELF, raw system calls, no libc",
    arch=X86_64,
    hosted=True,
    triple="x86_64-unknown-linux-gnu",
    platform="unix",
    ldflags=["-e", "_start"],
    heap=1 << 30,  # reserved, not committed: a process pays only for pages it touches
))


# `--net virtio:TAP`, `--block virtio:IMAGE` and `--device ports=virtio:TAP,TAP`
# on a guest with virtio-mmio (stdlib/unicc_devices/mmio.py): what `unicc run`
# adds to QEMU's command line, once per comma-separated VALUE ({i} its index).
# In this order: the guest finds the interface's device first, the ports' after.
VIRTIO_DEVICES = {"net": ("virtio", ["-netdev", "tap,id=net{i},ifname={value},script=no,downscript=no",
                                     "-device", "virtio-net-device,netdev=net{i}"]),
                  "block": ("virtio", ["-drive", "file={value},if=none,format=raw,id=disk{i}",
                                       "-device", "virtio-blk-device,drive=disk{i}"]),
                  "ports": ("virtio", ["-netdev", "tap,id=port{i},ifname={value},script=no,downscript=no",
                                       "-device", "virtio-net-device,netdev=port{i}"])}


# ---- ARMv7-A (Cortex-A7): runtime/arch/armv7/ plus one directory per board ----

ARMV7_CFLAGS = [
    "-target", "arm-freestanding-eabihf", "-mcpu=cortex_a7", "-marm", "-O2",
    "-ffreestanding", "-fno-stack-protector", "-fno-sanitize=all", "-fno-pic",
    "-fno-pie", "-fno-builtin", "-fno-math-errno", "-mno-unaligned-access",
    "-fno-unwind-tables", "-fno-asynchronous-unwind-tables",
    "-ffunction-sections", "-fdata-sections",   # so --gc-sections drops unused runtime functions
]
ARMV7_LDFLAGS = ["-static", "-z", "max-page-size=4096", "--build-id=none"]
ARMV7_QEMU = ["qemu-system-arm", "-accel", "tcg", "-semihosting", "-nodefaults",
              "-display", "none", "-serial", "stdio", "-no-reboot"]
ARMV7 = Arch(name="armv7a", ptr_bits=32, stack_pointer="sp", stack_pointer_bits=32,
             triple="armv7a-none-none-eabihf", cpu="cortex-a7",
             features="+strict-align,+vfp4,+neon,+hwdiv-arm", cflags=ARMV7_CFLAGS,
             ldflags=ARMV7_LDFLAGS, xen_rig="armhf")
ARMV7_IMAGE_LD = "arch/armv7/link.ld"   # the image layout every ARMv7 board shares

register(Target(
    name="cubieboard2",
    description="Cubieboard2 (Allwinner A20, Cortex-A7) bare metal; QEMU runs it "
                "as orangepi-pc (H3). ELF at 0x40008000; objcopy -O binary for U-Boot",
    arch=ARMV7,
    platform="cubieboard2",
    shared=["arch/armv7"],
    linker_script=ARMV7_IMAGE_LD,
    image="elf",
    cmdline=False,
    # The board has 1 GiB and no device tree reaches the image: RAM is fixed.
    # orangepi-pc's built-in NIC warns on stderr unless it has a backend.
    qemu=[*ARMV7_QEMU, "-M", "orangepi-pc", "-m", "1G", "-nic", "user,restrict=on",
          "-kernel", "{image}"],
))

register(Target(
    name="xen-arm",
    description="32-bit ARM Xen guest (zImage, PV console); also boots on QEMU virt",
    arch=ARMV7,
    platform="xen-arm",
    shared=["arch/armv7", "xen"],
    linker_script=ARMV7_IMAGE_LD,
    image="zimage",
    # force-legacy=false: virtio 1.x (QEMU 7.2's virtio-mmio is legacy by default).
    qemu=[*ARMV7_QEMU, "-M", "virt", "-cpu", "cortex-a7", "-m", "{memory}",
          "-global", "virtio-mmio.force-legacy=false",
          "-kernel", "{image}", "-append", "{cmdline}"],
    qemu_devices=VIRTIO_DEVICES,
    xl={},  # ARM guests are always PVH-like: no type=
))


# ---- x86-64 PVH: one ELF that boots under `qemu -kernel` and as a Xen PVH domU ----

register(Target(
    name="xen",
    description="x86-64 PVH guest: Xen (type=\"pvh\", PV console) or QEMU -kernel "
                "(COM1, isa-debug-exit); ELF loaded at 1 MiB",
    arch=X86_64,
    platform="xen-pvh",
    shared=["arch/x86_64", "xen"],
    linker_script="platform/xen-pvh/link.ld",
    image="elf",
    # ioapic2=off: 8 virtio-mmio slots on the first I/O APIC, where
    # unicc_devices/mmio.py looks; force-legacy=false: virtio 1.x (QEMU 7.2's
    # virtio-mmio is legacy by default).  Both change nothing without devices.
    qemu=["qemu-system-x86_64", "-M", "microvm,x-option-roms=off,pit=off,pic=off,rtc=off,ioapic2=off",
          "-nodefaults", "-no-reboot", "-accel", "tcg", "-m", "{memory}",
          "-display", "none", "-serial", "stdio",
          "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
          "-global", "virtio-mmio.force-legacy=false",
          "-kernel", "{image}", "-append", "{cmdline}"],
    qemu_devices=VIRTIO_DEVICES,
    exit_decoder="isa-debug-exit",
    xl={"type": "pvh"},
))


def host_target() -> Target:
    """The target a process of this machine is: what CPython's reference run stands for."""
    return next(t for t in TARGETS.values() if t.hosted)


# ---- CPU levels (`unicc build --cpu`) ----

# The levels each architecture offers by name, the first its default: the
# baseline, because an image may run on any host of its architecture.
CPUS = {"x86_64": ("x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4"),
        "armv7a": ("cortex-a7", "cortex-a15")}


def with_cpu(t: Target, cpu: str | None) -> Target:
    """t compiling its Python and its C runtime for a CPU level: one of
    CPUS[arch], `baseline` (the first of them) or `native` (the build
    machine's CPU and its features, for a target of the build machine's
    architecture).  None: the target as it is."""
    if cpu is None or cpu == "baseline" or cpu == t.arch.cpu:
        return t
    features = t.arch.features
    if cpu == "native":
        import platform

        import llvmlite.binding as llvm
        if platform.machine() != t.arch.name:
            raise UserError([f"unicc: error: --cpu native: the build machine is {platform.machine()}, "
                             f"target '{t.name}' is {t.arch.name}"])
        llvm.initialize_native_target()
        cpu = llvm.get_host_cpu_name()
        features = llvm.get_host_cpu_features().flatten()
    elif cpu not in CPUS.get(t.arch.name, ()):
        known = ", ".join(["baseline", "native", *CPUS.get(t.arch.name, ())])
        raise UserError([f"unicc: error: unknown CPU '{cpu}' for target '{t.name}' (known: {known})"])
    cflags = [f for f in t.arch.cflags if not f.startswith("-mcpu=")] + [f"-mcpu={cpu.replace('-', '_')}"]
    return replace(t, arch=replace(t.arch, cpu=cpu, features=features, cflags=cflags))

