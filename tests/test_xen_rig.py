"""Programs from tests/programs/ as domUs of a real Xen 4.17 nested in QEMU.

The plain `xen`/`xen-arm` suites boot images under QEMU alone; here the same
images run where they are meant to: Xen's PVH (x86) or ARM domU, started by
`xl create` in a Debian dom0 (unicc/run/xenrig.py).  All programs of one
architecture share a single Xen boot, one guest after the other; each
console is compared with CPython's merged stdout/stderr and the status the
guest printed as `EXIT=<n>` with CPython's, as tests/conftest.py does for
QEMU targets.

The first run builds the rig from Debian packages, so it needs the Debian
mirrors: without them the tests fail (never skip) with apt's message.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from conftest import ARGS, BUILD_TIMEOUT, Result, Runner, unicc
from unicc.errors import UserError
from unicc.image import Image
from unicc.run import xenrig
from unicc.targets import TARGETS

PROGRAMS = Path(__file__).resolve().parent / "programs"
# Chosen for breadth (arguments, exit statuses, tracebacks on stderr, floats,
# classes, exceptions, containers); all pass on the plain QEMU targets.
NAMES = ["sys_argv", "sys_exit_code", "err_zerodiv_uncaught", "err_stderr_exit", "algo_sieve",
         "class_inherit_super", "dict_methods", "exc_hierarchy", "float_format",
         "str_split_join", "generic_class", "print_sep_end"]
# A hang detector, not a speed limit: idle, Xen and dom0 boot in ~10 s and each
# guest takes ~2 s under TCG; in `make test` other workers share the CPUs.
SECONDS_PER_GUEST = 30


def boot_all(target: str, names: list[str], workdir: Path) -> dict[str, Result]:
    """Build the programs for `target` and boot them all in one Xen."""
    t = TARGETS[target]
    guests = []
    for name in names:
        program, image = PROGRAMS / f"{name}.py", workdir / name
        built = unicc(["build", str(program), "--target", target, "-o", str(image)],
                      PROGRAMS, "build", BUILD_TIMEOUT)
        if built.status != 0:
            pytest.fail(f"unicc build {name} failed:\n" + built.stderr.decode()[-4000:])
        built_image = Image.load(t, image)
        guests.append(xenrig.Guest(image, xenrig.guest_config(built_image, [name, *ARGS])))
    problem = None
    try:
        xenrig.boot(xenrig.arch_of(t), guests, timeout=120 + SECONDS_PER_GUEST * len(guests))
    except UserError as e:   # no Debian mirror, a rig that does not boot, a timeout
        problem = "\n".join(e.messages)
    if problem:
        pytest.fail(problem, pytrace=False)
    for n, g in zip(names, guests):
        if "stuck" in g.times:   # its output and status are complete; the toolstack hung
            warnings.warn(f"xl create -c did not return after guest {n} ended; xl list said:\n"
                          + "\n".join(g.xl), stacklevel=2)
    return {n: Result(-1 if g.status is None else g.status, g.console, b"")
            for n, g in zip(names, guests)}


@pytest.fixture(scope="module", params=["xen", "xen-arm"])
def domus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[str, dict[str, Result]]:
    target = str(request.param)
    return target, boot_all(target, NAMES, tmp_path_factory.mktemp(target))


@pytest.mark.parametrize("name", NAMES)
def test_domu(name: str, domus: tuple[str, dict[str, Result]]) -> None:
    target, results = domus
    runner = Runner(target)
    runner.assert_same(runner.reference(PROGRAMS / f"{name}.py"), results[name])
