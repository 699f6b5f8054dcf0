"""The Xen domain configuration of a Xen guest image.

`unicc build --target xen|xen-arm -o app` also writes `app.xl`, so that
`xl create -c app.xl` in dom0 boots the program; the Xen rig (xenrig.py)
boots a guest with the same settings.  The fixed settings come from the
target table (`Target.xl`); the memory is sized by unicc/run/memory.py from
the linked image and the heap it was built with (`--heap`).  `--net xen`
(netfront, stdlib/unicc_devices/xen/netfront.py) adds a vif on a bridge of
dom0's: `--net xen:BRIDGE`, xenbr0 by default; `--block xen:PATH`
(blkfront, stdlib/unicc_devices/xen/blkfront.py) a disk, xvda, on the raw
image PATH in dom0.
"""

from __future__ import annotations

from pathlib import Path

from unicc.errors import UserError
from unicc.image import Image
from unicc.run.memory import XEN, memory_mib


Setting = str | int | list[str]
BRIDGE = "xenbr0"


def settings(image: Image, devices: dict[str, str] | None = None) -> dict[str, Setting]:
    """The domain's settings; its command line is the program's name (argv[0])."""
    boot = image.boot
    out: dict[str, Setting] = {"name": boot.stem, **(image.target.xl or {}), "kernel": str(boot.resolve()),
                               "memory": memory_mib(image, XEN), "vcpus": 1, "cmdline": boot.stem}
    chosen, _, bridge = (devices or {}).get("net", "").partition(":")
    if chosen == "xen":
        out["vif"] = [f"bridge={bridge or BRIDGE}"]
    chosen, _, path = (devices or {}).get("block", "").partition(":")
    if chosen == "xen":
        out["disk"] = [disk_spec(path)]
    return out


def disk_spec(path: str) -> str:
    """xl's disk line for the raw image `path` in dom0, attached as xvda
    by the `block` hotplug script (target= comes last: the rest is the path)."""
    if not path:
        raise UserError(["unicc: error: --block xen needs the disk image in dom0: --block xen:PATH"])
    return f"format=raw, vdev=xvda, access=rw, script=block, target={path}"


def line(key: str, value: Setting) -> str:
    """One setting in xl's syntax."""
    if isinstance(value, int):
        return f"{key} = {value}"
    if isinstance(value, list):
        return f"{key} = [{', '.join(repr(v) for v in value)}]"
    return f'{key} = "{value}"'


def write(image: Image, devices: dict[str, str] | None = None) -> Path:
    """Write IMAGE.xl next to the boot image of a Xen guest."""
    out = image.boot.with_suffix(".xl")
    lines = [f"# Xen domain for {image.boot.name}, written by `unicc build --target {image.target.name}`.",
             f"# Boot it from dom0 with `xl create -c {out.name}`; the console ends with",
             "# EXIT=<status>, since Xen does not pass an exit status on.  The first word",
             "# of cmdline is sys.argv[0]: append the program's arguments after it.",
             *(line(k, v) for k, v in settings(image, devices).items())]
    out.write_text("\n".join(lines) + "\n")
    return out
