"""Boot a linked image under QEMU: what `unicc run --target T` does for a
target whose table entry has a `qemu` command line.

Everything target-specific is data in unicc/targets.py.  The command line may
use three placeholders: `{image}` (the linked file), `{cmdline}` (argv joined
by spaces, argv[0] first; a guest splits it on spaces) and `{memory}` (guest
RAM, e.g. "256M", sized by unicc/run/memory.py).  `exit_decoder` says how
the guest's exit status comes back as QEMU's own:

- "plain": QEMU exits with the status (ARM semihosting SYS_EXIT_EXTENDED).
- "isa-debug-exit": QEMU exits with (status << 1) | 1, truncated to 8 bits,
  so statuses 0..127 survive; an even status means the guest stopped without
  reporting one (a triple fault with -no-reboot, for instance).

The guest console is streamed to `out` as it arrives; a guest that does not
exit within the timeout is killed and reported with its last console lines.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import BinaryIO

from unicc.errors import UserError
from unicc.image import Image
from unicc.run import memory
from unicc.targets import Target

TAIL_BYTES = 4096
TAIL_LINES = 10


def apt_package(binary: str) -> str:
    """Debian packs qemu-system-x86_64 in qemu-system-x86, aarch64 with arm."""
    arch = binary.removeprefix("qemu-system-")
    return {"x86_64": "qemu-system-x86", "i386": "qemu-system-x86",
            "aarch64": "qemu-system-arm"}.get(arch, binary)


def qemu_command(t: Target, image: Path, argv: list[str], memory_mib: int = 256,
                 devices: dict[str, str] | None = None) -> list[str]:
    if not t.qemu:
        raise UserError([f"unicc: error: target {t.name} does not run under QEMU"])
    if not t.cmdline and len(argv) > 1:
        raise UserError([f"unicc: error: target {t.name} cannot pass command-line arguments"])
    for a in argv[1:] if t.cmdline else []:
        if a == "" or any(c.isspace() for c in a):
            raise UserError([f"unicc: error: target {t.name} splits its command line on "
                             f"spaces: cannot pass the argument {a!r}"])
    values = {"{image}": str(image), "{cmdline}": " ".join(argv),
              "{memory}": f"{memory_mib}M"}
    return fill(t.qemu, values) + device_options(t, devices or {})


def device_options(t: Target, devices: dict[str, str]) -> list[str]:
    """The QEMU options that give the guest's drivers their devices: for
    `--net virtio:tap0` on xen, a virtio-net device on the host's TAP tap0;
    for `--device ports=virtio:tap1,tap2` one on each of tap1 and tap2."""
    out: list[str] = []
    for kind, (name, options) in t.qemu_devices.items():
        chosen, _, value = devices.get(kind, "").partition(":")
        if chosen != name:
            continue
        items = [v for v in value.split(",") if v]
        if not items:
            option = f"--{kind} " if kind in ("net", "block") else f"--device {kind}="
            raise UserError([f"unicc: error: {option}{name}: say which host device to attach "
                             f"under QEMU, e.g. {option}{name}:NAME"])
        for i, item in enumerate(items):
            out += fill(options, {"{value}": item, "{i}": str(i)})
    return out


def fill(template: list[str], values: dict[str, str]) -> list[str]:
    """A QEMU command line with its `{name}` placeholders replaced."""
    out = []
    for a in template:
        for key, value in values.items():
            a = a.replace(key, value)
        out.append(a)
    return out


class _Console:
    """Copies the guest console to `out` on a thread, keeping its tail."""

    def __init__(self, fd: int, out: BinaryIO) -> None:
        self.fd, self.out = fd, out
        self.tail = bytearray()
        self.thread = threading.Thread(target=self._pump, daemon=True)
        self.thread.start()

    def _pump(self) -> None:
        while chunk := os.read(self.fd, 65536):
            self.out.write(chunk)
            self.out.flush()
            self.tail = (self.tail + chunk)[-TAIL_BYTES:]

    def last_lines(self) -> list[str]:
        lines = self.tail.decode("utf-8", "replace").splitlines()[-TAIL_LINES:]
        return ["last console lines:", *("  " + s for s in lines)] if lines else \
            ["the guest printed nothing"]


def decode_exit(t: Target, returncode: int) -> int | None:
    """The guest's exit status, or None if QEMU ended without one."""
    if returncode < 0:
        return None  # QEMU itself was killed by a signal
    if t.exit_decoder == "isa-debug-exit":
        return returncode >> 1 if returncode & 1 else None
    return returncode


def run(image: Image, argv: list[str], *, timeout: float = 60.0, out: BinaryIO | None = None,
        devices: dict[str, str] | None = None) -> int:
    """Boot `image` (with the host devices `devices`, the build's --net/--block
    choices, attach), stream its console, return the guest's exit status."""
    t = image.target
    cmd = qemu_command(t, image.boot, argv, memory.memory_mib(image, memory.QEMU), devices)
    if shutil.which(cmd[0]) is None:
        raise UserError([f"unicc: error: {cmd[0]} not found (needed to run target {t.name}); "
                         f"install it with `apt-get install {apt_package(cmd[0])}`"])
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    console = _Console(proc.stdout.fileno(), out if out is not None else sys.stdout.buffer)
    try:
        returncode = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        console.thread.join()
        raise UserError([f"unicc: error: guest did not exit within {timeout:g} s",
                         *console.last_lines()]) from None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    console.thread.join()
    status = decode_exit(t, returncode)
    if status is None:
        raise UserError([f"unicc: error: guest stopped without reporting an exit status "
                         f"(QEMU exit status {returncode}): it crashed or reset",
                         *console.last_lines()])
    if status != 0:
        from unicc.run.symbolize import explain_panic
        note = explain_panic(image.elf, console.tail.decode("utf-8", "replace"))
        if note:
            print(note, file=sys.stderr)
    return status
