"""An idle guest really idles: the event loop's sleep on every target.

tests/idle/sleep2.py prints a line, awaits unicc_loop.sleep(2.0) (which ends
in unicc_sys.block_until) and prints the elapsed monotonic time.  The elapsed time must be
2.0 s +-20%, and the host CPU time of the process that runs it (QEMU, or the
program itself on unix) must grow by less than 0.3 s between the two lines:
/proc/<pid>/stat is sampled as each line arrives on the streamed console
(block_until flushes stdout, so the first line comes out before the sleep).

On the real Xen rig (unicc/xenrig.py) only the elapsed time is checked: the
same QEMU process also runs Xen and dom0.
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from pathlib import Path

import pytest

from conftest import BUILD_TIMEOUT, TIMEOUT, unicc
from unicc import qemu, xenrig
from unicc.errors import UserError
from unicc.targets import TARGETS

PROGRAM = Path(__file__).resolve().parent / "idle" / "sleep2.py"
FIRST = b"sleeping 2 s\n"
ELAPSED = re.compile(rb"elapsed (\d+\.\d) s\n")
SLEEP, TOLERANCE = 2.0, 0.2
MAX_CPU = 0.3   # host CPU seconds for the whole 2 s


def build(target: str, workdir: Path) -> Path:
    image = workdir / PROGRAM.stem
    built = unicc(["build", str(PROGRAM), "--target", target, "-o", str(image)],
                  PROGRAM.parent, "build", BUILD_TIMEOUT)
    if built.status != 0:
        pytest.fail(f"unicc build failed:\n{built.stderr.decode()[-4000:]}")
    return image


def cpu_seconds(pid: int) -> float:
    """utime + stime of a whole process (all its threads)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()   # the name may hold spaces; fields 3.. follow
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def check_elapsed(line: bytes) -> None:
    m = ELAPSED.fullmatch(line)
    assert m, f"unexpected second line {line!r}"
    assert abs(float(m.group(1)) - SLEEP) <= SLEEP * TOLERANCE, line


@pytest.mark.parametrize("target", ["unix", "xen", "cubieboard2", "xen-arm"])
def test_idle(target: str, tmp_path: Path) -> None:
    t = TARGETS[target]
    image = build(target, tmp_path)
    cmd = qemu.qemu_command(t, image, [PROGRAM.stem]) if t.qemu else [str(image)]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    watchdog = threading.Timer(TIMEOUT, proc.kill)
    watchdog.start()
    try:
        first = proc.stdout.readline()
        cpu0, t0 = cpu_seconds(proc.pid), time.monotonic()
        second = proc.stdout.readline()
        cpu1, t1 = cpu_seconds(proc.pid), time.monotonic()
        rest = proc.stdout.read()
        returncode = proc.wait()
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert first == FIRST, f"the guest printed {first + second + rest!r}"
    check_elapsed(second)
    assert rest == b"" and qemu.decode_exit(t, returncode) == 0, \
        f"QEMU status {returncode}, then {rest!r}"
    # The samples bracket the sleep only if the first line came out before it.
    assert t1 - t0 >= SLEEP * (1 - TOLERANCE), f"both lines came {t1 - t0:.2f} s apart"
    used = cpu1 - cpu0
    print(f"{target}: {second.decode().strip()}, host CPU {used:.2f} s while idle")
    assert used < MAX_CPU, f"{target} used {used:.2f} s of host CPU while idling for 2 s"


@pytest.mark.parametrize("target", ["xen", "xen-arm"])
def test_idle_on_xen(target: str, tmp_path: Path) -> None:
    t = TARGETS[target]
    image = build(target, tmp_path)
    guest = xenrig.Guest(image, xenrig.guest_config(t, image, [PROGRAM.stem]))
    try:
        xenrig.boot(xenrig.arch_of(t), [guest], timeout=120)
    except UserError as e:   # no Debian mirror, a rig that does not boot, a timeout
        pytest.fail("\n".join(e.messages), pytrace=False)
    assert guest.status == 0, guest.console
    lines = guest.console.splitlines(keepends=True)
    assert lines[:1] == [FIRST] and len(lines) == 2, guest.console
    check_elapsed(lines[1])
