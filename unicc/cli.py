"""unicc command line: check, build, run, targets."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from unicc.errors import UserError, summary

if TYPE_CHECKING:
    from unicc.config import Glue
    from unicc.driver import BuildOptions
    from unicc.image import Image
    from unicc.targets import Target

SIZE_UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def parse_size(text: str) -> int:
    t = text.strip().upper().rstrip("B")
    mult = SIZE_UNITS.get(t[-1:], 1)
    try:
        n = int(t[:-1] if t[-1:] in SIZE_UNITS else t) * mult
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid size: {text!r} (e.g. 16M)") from None
    if n < 1 << 20:
        raise argparse.ArgumentTypeError("the heap must be at least 1M")
    return n


def target_names() -> list[str]:
    from unicc.targets import TARGETS
    return list(TARGETS)


def add_build_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--target", default="unix", metavar="T",
                   help="target to build for (see `unicc targets`; default: unix); `build` takes "
                        "several, comma-separated, and writes OUTPUT-TARGET for each")
    p.add_argument("-O", dest="opt", default="2", choices=["0", "1", "2", "3", "s"],
                   help="LLVM optimisation level (default: 2)")
    p.add_argument("--cpu", metavar="CPU",
                   help="the CPU level to compile for, the program and its runtime: baseline (the "
                        "default: runs on any host of the target's architecture), native (this "
                        "machine's), or x86-64-v2, x86-64-v3, x86-64-v4; cortex-a7, cortex-a15 on ARM")
    p.add_argument("--heap", type=parse_size, default=None, metavar="SIZE",
                   help="heap size of the image, e.g. 16M (default: 1G reserved on unix, 64M on the images)")
    p.add_argument("--emit-ir", type=Path, metavar="FILE",
                   help="write unicc's IR, after the passes, to FILE ('-' for stdout)")
    p.add_argument("--emit-ir-before", type=Path, metavar="FILE",
                   help="write unicc's IR as built, before the passes, to FILE ('-' for stdout)")
    p.add_argument("--emit-llvm", type=Path, metavar="FILE", help="write the optimised LLVM IR to FILE ('-' for stdout)")
    add_device_options(p)
    p.add_argument("--no-dce", dest="dce", action="store_false",
                   help="the standard build: keep every function of every imported module and the "
                        "whole runtime (for comparison; see `unicc size --compare`)")


def add_device_options(p: argparse.ArgumentParser) -> None:
    """For an application that takes devices (docs/devices.md)."""
    p.add_argument("--net", metavar="SPEC", help="the network interface, e.g. tap:tap0 (unix), loopback")
    p.add_argument("--ipv4", metavar="ADDR/PREFIX", help="the network stack's address, e.g. 10.0.0.2/24")
    p.add_argument("--ipv4-gateway", metavar="ADDR", help="the network stack's default gateway")
    p.add_argument("--dhcp", action="store_true", help="the network stack's address from DHCP (--ipv4 dhcp)")
    p.add_argument("--block", metavar="SPEC", help="the block device, e.g. disk.img (unix), ram:4096")
    p.add_argument("--device", action="append", default=[], metavar="KIND=SPEC",
                   help="any device, e.g. entropy=seed:00ff or console=mymod.MyConsole")


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="unicc",
        description="Compile a statically typed subset of Python (checked by mypy --strict) "
                    "into native executables and unikernel images.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    c = sub.add_parser("check", help="report everything `build` would reject (type errors, constructs "
                                     "outside the subset), without compiling")
    c.add_argument("files", type=Path, nargs="+", metavar="file",
                   help="a program's entry file; a directory: each NAME.py and NAME/main.py in it is a program")
    c.add_argument("--target", default="unix", metavar="T", help="target whose devices to check against")
    add_device_options(c)
    b = sub.add_parser("build", help="compile a program into an executable or image")
    b.add_argument("file", type=Path, help="the program's entry file")
    b.add_argument("-o", "--output", type=Path, help="output file (default: the entry file's name without .py)")
    b.add_argument("--timings", action="store_true", help="print how long each stage took")
    b.add_argument("--size-report", action="store_true", help="print where the image's bytes go (see `unicc size`)")
    b.add_argument("--emit-main", action="store_true",
                   help="print the main module generated for an application that takes devices, and stop")
    add_build_options(b)
    r = sub.add_parser("run", help="build and run a program (target `python`: the CPython reference run)")
    r.add_argument("file", type=Path, help="the program's entry file")
    add_build_options(r)
    r.add_argument("--timeout", type=float, default=60.0, help="seconds before a booted guest is stopped (default: 60)")
    r.add_argument("--on", choices=["qemu", "xen"], default="qemu",
                   help="boot under plain QEMU, or as a domU of real Xen 4.17 inside QEMU "
                        "(targets xen, xen-arm; the first run downloads Debian's Xen)")
    r.add_argument("args", nargs="*", help="arguments for the program (put them after --)")
    sub.add_parser("targets", help="list the targets")
    z = sub.add_parser("size", help="build a program and report the size of its image by section, "
                                    "module, runtime file and function")
    z.add_argument("file", type=Path, help="the program's entry file")
    add_build_options(z)
    z.add_argument("--format", default="table", choices=["table", "json", "html"],
                   help="table (default), json, or a self-contained HTML page with a treemap")
    z.add_argument("--top", type=int, default=20, metavar="N", help="list the N largest functions (default: 20)")
    z.add_argument("--compare", action="store_true",
                   help="also build the standard build (--no-dce) and show the two side by side")
    return p


def resolve_target(name: str) -> Target:
    from unicc.targets import TARGETS
    if name not in TARGETS:
        raise UserError([f"unicc: error: unknown target '{name}' (known: {', '.join([*TARGETS, *RUNNERS])})"])
    return TARGETS[name]


@dataclass(frozen=True)
class Runner:
    """What `unicc run --target NAME` does: build for target NAME and run the
    image, or, for a NAME of RUNNERS, run the program some other way."""
    name: str
    description: str
    run: Callable[[argparse.Namespace], int]


def run_on_cpython(ns: argparse.Namespace) -> int:
    """The reference run: CPython has the devices a process of this machine has."""
    from unicc.run.reference import run_reference
    from unicc.targets import host_target
    if not ns.file.is_file():
        raise UserError([f"unicc: error: no such file: {ns.file}"])
    glue = glue_for(ns, host_target())
    if glue is None:
        run_reference(ns.file.resolve(), ns.args)
    home = ns.file.resolve().parent
    run_reference(home / glue.path.name, ns.args, [home], glue.text)


# Runners that are no target (`unicc targets` lists them after the targets).
RUNNERS = {r.name: r for r in [
    Runner("python", "the reference: run the program under CPython with typeguard", run_on_cpython)]}


def runner_for(name: str) -> Runner:
    if name in RUNNERS:
        return RUNNERS[name]
    target = resolve_target(name)
    return Runner(target.name, target.description, lambda ns: build_and_run(ns, target))


def device_choices(ns: argparse.Namespace) -> dict[str, str]:
    from unicc.config import parse_overrides
    if ns.dhcp and ns.ipv4 is not None and ns.ipv4 != "dhcp":
        raise UserError([f"unicc: error: --dhcp and --ipv4 {ns.ipv4}: choose one"])
    return parse_overrides(ns.net, ns.block, ns.device, "dhcp" if ns.dhcp else ns.ipv4, ns.ipv4_gateway)


def build_opts(ns: argparse.Namespace, target: Target) -> BuildOptions:
    from unicc.driver import BuildOptions
    from unicc.targets import with_cpu
    opt = 2 if ns.opt == "s" else int(ns.opt)
    return BuildOptions(target=with_cpu(target, ns.cpu), opt=opt, size=ns.opt == "s", heap=ns.heap,
                        emit_ir=ns.emit_ir, emit_ir_before=ns.emit_ir_before, emit_llvm=ns.emit_llvm,
                        devices=device_choices(ns), dce=ns.dce)


def glue_for(ns: argparse.Namespace, target: Target) -> Glue | None:
    """The generated main module of a device application (None: a plain script)."""
    from unicc.config import configure
    return configure(ns.file, target, device_choices(ns))


def programs_in(paths: list[Path]) -> list[Path]:
    """The entry files `unicc check` is given: files, and in a directory each
    NAME.py and NAME/main.py (as tests/programs/ holds them)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted([*p.glob("*.py"), *p.glob("*/main.py")])
        else:
            out.append(p)
    return out


def cmd_check(ns: argparse.Namespace) -> int:
    """What `build` does up to the IR (driver.lower), for each program; every
    error of each program at once."""
    from unicc.driver import lower
    target = resolve_target(ns.target)
    programs = programs_in(ns.files)
    errors: list[str] = []
    for entry in programs:
        try:
            lower(entry, target, device_choices(ns))
        except UserError as e:
            errors += e.messages
        else:
            print(f"{entry}: ok")
    if errors:
        raise UserError(errors)
    return 0


def image_summary(image: Image) -> str:
    """`app: 123456 bytes (41234 loaded)`: what a unikernel costs, after every build."""
    from elftools.elf.elffile import ELFFile
    with image.elf.open("rb") as f:
        loaded = sum(seg["p_filesz"] for seg in ELFFile(f).iter_segments() if seg["p_type"] == "PT_LOAD")
    return f"{image.boot}: {image.boot.stat().st_size} bytes, {loaded} bytes loaded"


def cmd_build(ns: argparse.Namespace) -> int:
    from unicc.driver import build_all
    targets = [resolve_target(name) for name in ns.target.split(",")]
    if len(targets) > 1 and (ns.emit_main or ns.emit_llvm or ns.size_report):
        raise UserError(["unicc: error: --emit-main, --emit-llvm and --size-report take one target"])
    if ns.emit_main:
        glue = glue_for(ns, targets[0])
        if glue is None:
            raise UserError([f"unicc: error: {ns.file} is a plain script: it takes no devices, so there "
                             f"is no main module to generate (docs/devices.md)"])
        print(glue.text, end="")
        return 0
    out = ns.output or ns.file.with_suffix("")
    if out.resolve() == ns.file.resolve():
        out = out.with_suffix(".elf")
    jobs = [(out if len(targets) == 1 else out.with_name(f"{out.name}-{t.name}"), build_opts(ns, t))
            for t in targets]
    for image, (_, opts) in zip(build_all(ns.file, jobs), jobs):
        report_build(ns, image, opts)
    return 0


def report_build(ns: argparse.Namespace, image: Image, opts: BuildOptions) -> None:
    """What a build writes besides its image, and says of it."""
    if image.target.xl is not None:   # a Xen guest: also a domain config for `xl create`
        from unicc.run import xlconfig
        xlconfig.write(image, opts.devices)
    if not image.target.hosted:
        print(image_summary(image), file=sys.stderr)
    if ns.timings:
        for k, v in opts.timings.items():
            print(f"{k:>6}: {v * 1000:.0f} ms", file=sys.stderr)
        print(f"{'cpu':>6}: {opts.target.cpu or 'generic'}", file=sys.stderr)
    if ns.size_report:
        from unicc.report.render import render
        from unicc.report.size import report_for
        print(render(report_for(ns.file, image), "table"))


def cmd_run(ns: argparse.Namespace) -> int:
    return runner_for(ns.target).run(ns)


def build_and_run(ns: argparse.Namespace, target: Target) -> int:
    args = ns.args
    from unicc.driver import build
    from unicc.run.qemu import device_options
    opts = build_opts(ns, target)
    device_options(target, opts.devices)   # a device QEMU cannot attach fails before the build
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / ns.file.stem
        image = build(ns.file, out, opts)
        if ns.on == "xen":
            from unicc.run import xenrig
            sys.stdout.flush()
            return xenrig.run(image, [ns.file.stem, *args], timeout=ns.timeout, out=sys.stdout.buffer,
                              devices=opts.devices)
        if not target.qemu:
            sys.stdout.flush()
            return subprocess.call([str(image.boot), *args])
        from unicc.run.qemu import run
        return run(image, [ns.file.stem, *args], timeout=ns.timeout, devices=opts.devices)


def cmd_targets(ns: argparse.Namespace) -> int:
    from unicc.targets import TARGETS
    for name, description in [*((t.name, t.description) for t in TARGETS.values()),
                              *((r.name, r.description) for r in RUNNERS.values())]:
        print(f"{name:12} {description}")
    return 0


def cmd_size(ns: argparse.Namespace) -> int:
    from unicc.driver import build
    from unicc.report.render import render
    from unicc.report.size import report_for
    opts = build_opts(ns, resolve_target(ns.target))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / ns.file.stem
        report = report_for(ns.file, build(ns.file, out, opts))
        standard = None
        if ns.compare and opts.dce:
            opts.dce = False
            std_out = Path(tmp) / "standard" / ns.file.stem
            std_out.parent.mkdir()
            standard = report_for(ns.file, build(ns.file, std_out, opts))
        print(render(report, ns.format, ns.top, standard))
    return 0


COMMANDS = {"check": cmd_check, "build": cmd_build, "run": cmd_run, "targets": cmd_targets,
            "size": cmd_size}


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    prog_args: list[str] = []
    if "--" in argv:  # everything after -- belongs to the program
        i = argv.index("--")
        argv, prog_args = argv[:i], argv[i + 1:]
    ns = parser.parse_args(argv)
    if ns.command == "run":
        ns.args = list(ns.args) + prog_args
    if ns.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[ns.command](ns)
    except UserError as e:
        sys.stdout.flush()
        for m in e.messages:
            print(m, file=sys.stderr)
        found = summary(e.messages)
        if found is not None:
            print(found, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
