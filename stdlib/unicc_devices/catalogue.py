"""The device catalogue: the named implementations of each device kind, the
targets that offer each, and what every target gets by default.

unicc reads this module as data (unicc/config.py parses it and evaluates
each assignment with ast.literal_eval): it is never imported by the
compiler, and no program imports it, so it is never compiled either.  It is
typed Python all the same (mypy --strict accepts it), holding literals only.
A SPEC (`--device KIND=SPEC`, docs/devices.md) names an implementation by
the NAME it has here.
"""

from __future__ import annotations

# kind -> NAME -> (module, class, the targets that offer it; () = every target).
# The unix ones make Linux system calls (runtime/platform/unix/devices.c).
IMPLEMENTATIONS: dict[str, dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "console": {"stdout": ("unicc_devices.console", "StdoutConsole", ())},
    "clock": {"monotonic": ("unicc_devices.clock", "MonotonicClock", ())},
    "wallclock": {"unix": ("unicc_devices.unix", "UnixWallClock", ("unix",)),
                  "boot": ("unicc_devices.clock", "BootWallClock", ())},
    "entropy": {"getrandom": ("unicc_devices.unix", "GetrandomEntropy", ("unix",)),
                "jitter": ("unicc_devices.entropy", "JitterEntropy", ()),
                "seed": ("unicc_devices.entropy", "FixedEntropy", ())},
    "random": {"chacha": ("unicc_devices.chacha", "ChaChaRandom", ())},
    "net": {"loopback": ("unicc_devices.memory", "LoopbackNetif", ()),
            "tap": ("unicc_devices.unix", "TapNetif", ("unix",)),
            "tap-plain": ("unicc_devices.unix", "PlainTapNetif", ("unix",)),
            "virtio": ("unicc_devices.mmio", "VirtioNetif", ("xen", "xen-arm")),
            "xen": ("unicc_devices.xen.guest", "XenNetif", ("xen", "xen-arm"))},
    "stack": {"direct": ("unicc_net.stack", "DirectStack", ()),
              "socket": ("unicc_net.hostsock", "SocketStack", ("unix",))},
    "block": {"ram": ("unicc_devices.memory", "MemoryBlock", ()),
              "file": ("unicc_devices.unix", "FileBlock", ("unix",)),
              "virtio": ("unicc_devices.mmio", "VirtioBlockDevice", ("xen", "xen-arm")),
              "xen": ("unicc_devices.xen.guest", "XenBlock", ("xen", "xen-arm"))},
    "kv": {"memory": ("unicc_devices.memory", "MemoryKV", ())},
    "ports": {"taps": ("unicc_devices.unix", "TapPorts", ("unix",)),
              "virtio": ("unicc_devices.mmio", "VirtioPorts", ("xen", "xen-arm"))},
}

# What every target gets by default: the runtime's console and monotonic
# clock, and what the subset builds on them.  The wall clock starts at 1970
# and the entropy is clock jitter unless a target does better.
PORTABLE: dict[str, str] = {"console": "stdout", "clock": "monotonic", "wallclock": "boot",
                            "entropy": "jitter", "random": "chacha", "block": "ram", "kv": "memory",
                            "stack": "direct"}

# target -> where its defaults differ from PORTABLE.
TARGET_DEFAULTS: dict[str, dict[str, str]] = {
    "unix": {"wallclock": "unix", "entropy": "getrandom"},
}

# kind -> the NAME a bare VALUE means: `--block disk.img` is `file:disk.img`.
BARE_VALUE: dict[str, str] = {"block": "file", "net": "tap"}
