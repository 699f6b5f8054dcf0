"""An idle guest really idles: the event loop's sleep on every target.

tests/idle/sleep2.py prints a line, awaits unicc_loop.sleep(2.0) (which ends
in unicc_sys.block_until) and prints the elapsed monotonic time.  The elapsed time must be
2.0 s +-20%, and the host CPU time of the process that runs it (QEMU, or the
program itself on unix) must grow by less than 0.3 s between the two lines:
/proc/<pid>/stat is sampled as each line arrives on the streamed console
(block_until flushes stdout, so the first line comes out before the sleep);
bench/idle.py does the measuring, and prints the numbers docs/targets.md shows.

On the real Xen rig (unicc/run/xenrig.py) only the elapsed time is checked (the
same QEMU process also runs Xen and dom0), by tests/test_xen_rig.py: the
program is one more guest of the rig's shared boot.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.idle import PROGRAM, measure
from conftest import BUILD_TIMEOUT, TIMEOUT, unicc
from unicc.targets import TARGETS

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


def check_elapsed(line: bytes) -> None:
    m = ELAPSED.fullmatch(line)
    assert m, f"unexpected second line {line!r}"
    assert abs(float(m.group(1)) - SLEEP) <= SLEEP * TOLERANCE, line


@pytest.mark.parametrize("target", ["unix", "xen", "cubieboard2", "xen-arm"])
def test_idle(target: str, tmp_path: Path) -> None:
    t = TARGETS[target]
    r = measure(t, build(target, tmp_path), TIMEOUT)
    assert r.first == FIRST, f"the guest printed {r.first + r.second + r.rest!r}"
    check_elapsed(r.second)
    assert r.rest == b"" and r.status == 0, f"exit status {r.status}, then {r.rest!r}"
    # The samples bracket the sleep only if the first line came out before it.
    assert r.wall >= SLEEP * (1 - TOLERANCE), f"both lines came {r.wall:.2f} s apart"
    print(f"{target}: {r.second.decode().strip()}, host CPU {r.cpu:.2f} s while idle")
    assert r.cpu < MAX_CPU, f"{target} used {r.cpu:.2f} s of host CPU while idling for 2 s"
