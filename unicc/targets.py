"""The target table: a target is data plus a runtime directory.

Adding a board means adding an entry here and a directory under
runtime/platform/;
the compiler itself never tests a target's name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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


# Devices every target has: the runtime's console and monotonic clock, and
# what the subset builds on them.  The wall clock starts at 1970 and the
# entropy is clock jitter unless a target does better (docs/devices.md).
PORTABLE_DEVICES = {"console": "stdout", "clock": "monotonic", "wallclock": "boot", "entropy": "jitter",
                    "random": "chacha", "block": "ram", "kv": "memory"}


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    triple: str               # LLVM triple for compiled Python
    cpu: str                  # LLVM CPU name ("" = generic)
    features: str             # LLVM feature string
    cflags: list[str]         # zig cc flags for the runtime
    platform: str             # runtime/platform/<platform>/ directory
    ldflags: list[str] = field(default_factory=list)
    linker_script: str = ""   # relative to runtime/
    image: str = "elf"        # elf | zimage | bin
    qemu: list[str] = field(default_factory=list)  # how to boot it; [] = run natively
    exit_decoder: str = "plain"  # how an exit status comes back: plain | isa-debug-exit
    ptr_bits: int = 64
    shared: list[str] = field(default_factory=list)  # runtime/<dir>s shared by platforms (arch/, xen/)
    xl: dict[str, str] | None = None  # a Xen guest: fixed settings of its .xl (unicc/xlconfig.py)
    # Device kind -> the implementation an application gets by default
    # (a spec, see unicc/config.py; the kinds are the Protocols of stdlib/unicc_devices).
    devices: dict[str, str] = field(default_factory=lambda: dict(PORTABLE_DEVICES))

    @property
    def runtime_dirs(self) -> list[Path]:
        """In link order, which decides the image layout: core, shared, platform."""
        return [RUNTIME / "core", *(RUNTIME / d for d in self.shared), RUNTIME / "platform" / self.platform]


TARGETS: dict[str, Target] = {}


def register(t: Target) -> None:
    TARGETS[t.name] = t


register(Target(
    name="unix",
    description="Linux x86-64 process: static ELF, raw system calls, no libc",
    triple="x86_64-unknown-linux-gnu",
    cpu="x86-64",
    features="",
    cflags=X86_CFLAGS,
    platform="unix",
    ldflags=[*X86_LDFLAGS, "-e", "_start"],
    devices={**PORTABLE_DEVICES, "wallclock": "unix", "entropy": "getrandom"},
))


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
# What every ARMv7 board shares: the CPU, the runtime flags, runtime/arch/armv7/, the image layout.
ARMV7 = dict(triple="armv7a-none-none-eabihf", cpu="cortex-a7",
             features="+strict-align,+vfp4,+neon,+hwdiv-arm", cflags=ARMV7_CFLAGS,
             shared=["arch/armv7"], ldflags=ARMV7_LDFLAGS, linker_script="arch/armv7/link.ld", ptr_bits=32)

register(Target(
    name="cubieboard2",
    description="Cubieboard2 (Allwinner A20, Cortex-A7) bare metal; QEMU runs it "
                "as orangepi-pc (H3). ELF at 0x40008000; objcopy -O binary for U-Boot",
    platform="cubieboard2",
    image="elf",
    # The board has 1 GiB and no device tree reaches the image: RAM is fixed.
    # orangepi-pc's built-in NIC warns on stderr unless it has a backend.
    qemu=[*ARMV7_QEMU, "-M", "orangepi-pc", "-m", "1G", "-nic", "user,restrict=on",
          "-kernel", "{image}"],
    **ARMV7,  # type: ignore[arg-type]
))

register(Target(
    name="xen-arm",
    description="32-bit ARM Xen guest (zImage, PV console); also boots on QEMU virt",
    platform="xen-arm",
    image="zimage",
    qemu=[*ARMV7_QEMU, "-M", "virt", "-cpu", "cortex-a7", "-m", "{memory}",
          "-kernel", "{image}", "-append", "{cmdline}"],
    xl={},  # ARM guests are always PVH-like: no type=
    **{**ARMV7, "shared": ["arch/armv7", "xen"]},  # type: ignore[arg-type]
))


# ---- x86-64 PVH: one ELF that boots under `qemu -kernel` and as a Xen PVH domU ----

register(Target(
    name="xen",
    description="x86-64 PVH guest: Xen (type=\"pvh\", PV console) or QEMU -kernel "
                "(COM1, isa-debug-exit); ELF loaded at 1 MiB",
    triple="x86_64-unknown-none-elf",
    cpu="x86-64",
    features="",
    cflags=X86_CFLAGS,
    platform="xen-pvh",
    shared=["arch/x86_64", "xen"],
    ldflags=X86_LDFLAGS,
    linker_script="platform/xen-pvh/link.ld",
    image="elf",
    qemu=["qemu-system-x86_64", "-M", "microvm,x-option-roms=off,pit=off,pic=off,rtc=off",
          "-nodefaults", "-no-reboot", "-accel", "tcg", "-m", "{memory}",
          "-display", "none", "-serial", "stdio",
          "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
          "-kernel", "{image}", "-append", "{cmdline}"],
    exit_decoder="isa-debug-exit",
    xl={"type": "pvh"},
))
