"""The target table: a target is data plus a runtime directory.

Adding a board means adding an entry here and a directory under runtime/;
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
    "-fno-pie", "-mcmodel=small", "-fno-builtin",
]


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    triple: str               # LLVM triple for compiled Python
    cpu: str                  # LLVM CPU name ("" = generic)
    features: str             # LLVM feature string
    cflags: list[str]         # zig cc flags for the runtime
    platform: str             # runtime/<platform>/ directory
    ldflags: list[str] = field(default_factory=list)
    linker_script: str = ""   # relative to runtime/<platform>/
    image: str = "elf"        # elf | zimage | bin
    qemu: list[str] = field(default_factory=list)  # how to boot it; [] = run natively
    exit_decoder: str = "plain"  # how an exit status comes back: plain | isa-debug-exit
    ptr_bits: int = 64

    @property
    def runtime_dirs(self) -> list[Path]:
        return [RUNTIME / "core", RUNTIME / self.platform]


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
    ldflags=["-static", "--no-dynamic-linker", "-z", "max-page-size=4096",
             "-z", "norelro", "--build-id=none", "-e", "_start"],
))
