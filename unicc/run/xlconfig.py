"""The Xen domain configuration of a Xen guest image.

`unicc build --target xen|xen-arm -o app` also writes `app.xl`, so that
`xl create -c app.xl` in dom0 boots the program; the Xen rig (xenrig.py)
boots a guest with the same settings.  The fixed settings come from the
target table (`Target.xl`); the memory is sized by unicc/run/memory.py from
the linked image and the heap it was built with (`--heap`).
"""

from __future__ import annotations

from pathlib import Path

from unicc.image import Image
from unicc.run.memory import XEN, memory_mib


def settings(image: Image) -> dict[str, str | int]:
    """The domain's settings; its command line is the program's name (argv[0])."""
    boot = image.boot
    return {"name": boot.stem, **(image.target.xl or {}), "kernel": str(boot.resolve()),
            "memory": memory_mib(image, XEN), "vcpus": 1, "cmdline": boot.stem}


def write(image: Image) -> Path:
    """Write IMAGE.xl next to the boot image of a Xen guest."""
    out = image.boot.with_suffix(".xl")
    lines = [f"# Xen domain for {image.boot.name}, written by `unicc build --target {image.target.name}`.",
             f"# Boot it from dom0 with `xl create -c {out.name}`; the console ends with",
             "# EXIT=<status>, since Xen does not pass an exit status on.  The first word",
             "# of cmdline is sys.argv[0]: append the program's arguments after it.",
             *(f"{k} = {v}" if isinstance(v, int) else f'{k} = "{v}"'
               for k, v in settings(image).items())]
    out.write_text("\n".join(lines) + "\n")
    return out
