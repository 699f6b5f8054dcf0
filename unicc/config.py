"""Device configuration: apply an application to a target's devices.

An application that declares its devices by the types of its entry point,

    def main(console: Console, clock: Clock) -> None      # or
    class Main:                                           # a Job: __init__ takes
        def __init__(self, console: Console) -> None: ... # the devices, start()
        def start(self) -> None: ...                      # runs it

(the Protocols of stdlib/unicc_devices), is compiled through a generated glue
module: ordinary typed Python that creates each device once, in dependency
order, and calls the entry point.  It is the program's `__main__`, so mypy
checks that every implementation conforms to its Protocol, and the compiler
sees exactly one constructed implementation per device (direct calls).

Which implementation a device gets, the first that applies:
  1. the command line: `--net SPEC`, `--block SPEC`, `--device KIND=SPEC`;
  2. the config module `unicc_config.py` next to the application (read,
     never run): `KIND = "SPEC"` for every target and
     `targets = {"xen": {"KIND": "SPEC"}}` for one;
  3. the target's defaults in the device catalogue
     (stdlib/unicc_devices/catalogue.py, next to the implementations).
A SPEC is `NAME` or `NAME:VALUE` (a named implementation of the catalogue, VALUE
its constructor's first plain argument), a bare VALUE where the kind has a
default name for one (`--block disk.img` = `file:disk.img`), or
`module.Class` for any implementation (the application's own, say).
An implementation's constructor may itself take devices (Protocol-typed
parameters): they are configured the same way and created first.

A program without such an entry point is a plain script: no glue.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from unicc.errors import UserError, located
from unicc.paths import STDLIB
from unicc.targets import Target

SIGNATURES = "unicc_devices"
# Protocol of unicc_devices -> device kind: the name of its option and of its glue variable.
KINDS = {"Console": "console", "Clock": "clock", "WallClock": "wallclock", "Entropy": "entropy",
         "Random": "random", "Netif": "net", "Stack": "stack", "Block": "block", "KV": "kv",
         "Ports": "ports"}
PROTOCOL = {kind: proto for proto, kind in KINDS.items()}
CONFIG_MODULE = "unicc_config.py"
GLUE_NAME = "__unicc_main__.py"   # the glue's file name (never written next to the app)


CATALOGUE = STDLIB / SIGNATURES / "catalogue.py"
# `--net socket` (MirageOS's): no Netif at all, the Stack device is the host's sockets.
SOCKET_NET = "socket"
# Plain constructor parameters that device options set, by the parameter's name:
# the option that sets it (unicc_config.py sets it by its own name).
PARAMETERS = {"ipv4": "--ipv4 ADDR/PREFIX", "ipv4_gateway": "--ipv4-gateway ADDR"}


@dataclass(frozen=True)
class Impl:
    module: str
    cls: str
    targets: tuple[str, ...]   # the targets that offer it; () = every target

    def offered_on(self, target: Target) -> bool:
        return not self.targets or target.name in self.targets


@dataclass(frozen=True)
class Catalogue:
    """stdlib/unicc_devices/catalogue.py, read as data."""
    impls: dict[str, dict[str, Impl]]      # kind -> NAME -> implementation
    portable: dict[str, str]               # kind -> NAME every target gets by default
    target_defaults: dict[str, dict[str, str]]   # target -> its own defaults
    bare_value: dict[str, str]             # kind -> the NAME a bare VALUE means

    def defaults(self, target: Target) -> dict[str, str]:
        """kind -> the spec the target gives an application by default."""
        return {**self.portable, **self.target_defaults.get(target.name, {})}


@functools.cache
def catalogue() -> Catalogue:
    """The module's assignments, evaluated as literals: unicc never imports it."""
    tree = ast.parse(CATALOGUE.read_text(), str(CATALOGUE))
    data = {node.target.id: ast.literal_eval(node.value) for node in tree.body
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
            and node.value is not None}
    impls = {kind: {name: Impl(*entry) for name, entry in named.items()}
             for kind, named in data["IMPLEMENTATIONS"].items()}
    return Catalogue(impls, data["PORTABLE"], data["TARGET_DEFAULTS"], data["BARE_VALUE"])


@dataclass(frozen=True)
class Where:
    """Where a device is asked for: a parameter of the entry point or of a constructor."""
    path: str
    line: int
    col: int
    what: str          # "parameter 'console' of main"

    def error(self, msg: str) -> str:
        return located(self.path, self.line, self.col, msg)


@dataclass
class Param:
    name: str
    kind: str | None   # device kind, None for a plain value
    annotation: str    # as written
    has_default: bool
    where: Where


@dataclass
class Device:
    kind: str
    module: str
    cls: str
    origin: str                # how it was chosen: "--block disk.img", "the xen device table: ..."
    where: Where               # the first place that asks for it
    args: list[str] = field(default_factory=list)   # Python source of the constructor's arguments


@dataclass
class Entry:
    name: str                  # "main" or the Job class's name
    is_class: bool
    params: list[Param]
    returns_int: bool


@dataclass
class Glue:
    path: Path                 # where the glue pretends to live (for mypy and messages)
    text: str
    devices: list[Device]      # in creation order
    lines: dict[int, Device]   # glue line -> the device created there


# ---- the application's entry point -----------------------------------------------------

def device_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> Protocol, from `from unicc_devices import Console [as C]`;
    `unicc_devices.` (or its alias) + name is recognised too."""
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == SIGNATURES:
            names.update({a.asname or a.name: a.name for a in node.names if a.name in KINDS})
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name == SIGNATURES:
                    names.update({f"{a.asname or a.name}.{p}": p for p in KINDS})
    return names


def annotation_text(a: ast.expr | None) -> str:
    if a is None:
        return ""
    if isinstance(a, ast.Constant) and isinstance(a.value, str):
        return a.value
    return ast.unparse(a)


def params_of(f: ast.FunctionDef, names: dict[str, str], path: str, owner: str, skip: int) -> list[Param]:
    args = f.args.posonlyargs + f.args.args
    defaults = len(f.args.defaults)
    out = []
    for i, a in enumerate(args[skip:], skip):
        text = annotation_text(a.annotation)
        proto = names.get(text)
        out.append(Param(a.arg, KINDS[proto] if proto else None, text, i >= len(args) - defaults,
                         Where(path, a.lineno, a.col_offset, f"parameter '{a.arg}' of {owner}")))
    return out


def find_entry(entry: Path) -> Entry | None:
    """The device-typed entry point of the application, or None for a plain script."""
    try:
        tree = ast.parse(entry.read_text(), str(entry))
    except (SyntaxError, ValueError, OSError):
        return None   # mypy reports it properly
    names = device_names(tree)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "main":
            params = params_of(node, names, str(entry), "main", 0)
            returns_int = annotation_text(node.returns) == "int"
            found = Entry("main", False, params, returns_int)
        elif isinstance(node, ast.ClassDef) and node.name == "Main":
            init = next((f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
            found = Entry("Main", True, params_of(init, names, str(entry), "Main", 1) if init else [], False)
        else:
            continue
        if not any(p.kind for p in found.params):
            return None
        plain = [p for p in found.params if p.kind is None]
        if plain:
            raise UserError([p.where.error(
                f"{p.where.what} is not a device: an entry point that takes devices takes only devices "
                f"(annotations from {SIGNATURES}: {', '.join(KINDS)})") for p in plain])
        return found
    return None


# ---- choosing implementations ----------------------------------------------------------------

def read_config(app_dir: Path, target: str) -> tuple[dict[str, str], dict[str, str]]:
    """(choices for every target, choices for `target`) from unicc_config.py."""
    path = app_dir / CONFIG_MODULE
    if not path.is_file():
        return {}, {}
    tree = ast.parse(path.read_text(), str(path))
    common: dict[str, str] = {}
    per_target: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue   # the docstring
        name = node.targets[0].id if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            and isinstance(node.targets[0], ast.Name) else None
        try:
            value = ast.literal_eval(node.value) if isinstance(node, ast.Assign) else None
        except ValueError:
            value = None
        if (name in PROTOCOL or name in PARAMETERS) and isinstance(value, str):
            common[name] = value
        elif name == "targets" and isinstance(value, dict) and all(
                isinstance(v, dict) and all((k in PROTOCOL or k in PARAMETERS) and isinstance(s, str)
                                            for k, s in v.items())
                for v in value.values()):
            per_target = dict(value.get(target, {}))
        else:
            raise UserError([located(str(path), node.lineno, node.col_offset,
                                     f"{CONFIG_MODULE} holds only `KIND = \"SPEC\"` and "
                                     f"`targets = {{\"TARGET\": {{\"KIND\": \"SPEC\"}}}}` "
                                     f"(kinds: {', '.join(PROTOCOL)}; also {', '.join(PARAMETERS)})")])
    return common, per_target


def choices(app_dir: Path, target: Target, overrides: dict[str, str]) -> dict[str, tuple[str, str]]:
    """kind (or parameter) -> (spec or value, how it was chosen), by precedence."""
    common, per_target = read_config(app_dir, target.name)
    defaults = catalogue().defaults(target)
    out = {k: (s, f"the {target.name} device table: {k} = {s!r}") for k, s in defaults.items()}
    out.update({k: (s, f"{CONFIG_MODULE}: {k} = {s!r}") for k, s in common.items()})
    out.update({k: (s, f"{CONFIG_MODULE}: targets[{target.name!r}][{k!r}] = {s!r}") for k, s in per_target.items()})
    flags = {"net": "--net ", "block": "--block ", "ipv4": "--ipv4 ", "ipv4_gateway": "--ipv4-gateway "}
    out.update({k: (s, flags.get(k, f"--device {k}=") + s) for k, s in overrides.items()})
    if out.get("net", ("", ""))[0] == SOCKET_NET:
        out["stack"] = (SOCKET_NET, out["net"][1])   # and a Netif cannot come from it: pick()
    return out


def parse_overrides(net: str | None, block: str | None, device: list[str], ipv4: str | None = None,
                    ipv4_gateway: str | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    for d in device:
        kind, eq, spec = d.partition("=")
        if not eq or kind not in PROTOCOL or not spec:
            raise UserError([f"unicc: error: --device {d!r}: expected KIND=SPEC with KIND one of "
                             f"{', '.join(PROTOCOL)}"])
        out[kind] = spec
    if net is not None:
        out["net"] = net
    if block is not None:
        out["block"] = block
    if ipv4 is not None:
        out["ipv4"] = ipv4
    if ipv4_gateway is not None:
        out["ipv4_gateway"] = ipv4_gateway
    return out


def module_file(module: str, app_dir: Path) -> Path | None:
    for root in (app_dir, STDLIB):
        base = root / module.replace(".", "/")
        for p in (base.with_suffix(".py"), base / "__init__.py"):
            if p.is_file():
                return p
    return None


def pick(kind: str, spec: str, origin: str, target: Target) -> tuple[str, str, str | None]:
    """(module, class, VALUE or None) for a spec."""
    name, colon, value = spec.partition(":")
    head, dot, last = name.rpartition(".")
    if dot and last[:1].isupper():
        return head, last, value if colon else None     # module.Class
    if kind == "net" and name == SOCKET_NET:
        raise UserError([f"unicc: error: {origin}: the host's sockets are a Stack device (TCP and UDP), "
                         f"not a Netif of Ethernet frames; {target.name} has {available(kind, target)} for net"])
    named = catalogue().impls.get(kind, {})
    bare_value = catalogue().bare_value
    if name not in named and kind in bare_value:
        name, colon, value = bare_value[kind], ":", spec
    impl = named.get(name)
    if impl is None or not impl.offered_on(target):
        why = (f"'{name}' is not available on {target.name}" if impl else
               f"no {kind} implementation is named '{name}'")
        raise UserError([f"unicc: error: {origin}: {why}; {target.name} has {available(kind, target)} "
                         f"for {kind}, or give module.Class"])
    return impl.module, impl.cls, value if colon else None


def available(kind: str, target: Target) -> str:
    names = [n for n, i in catalogue().impls.get(kind, {}).items() if i.offered_on(target)]
    return ", ".join(names) or "none"


def constructor(module: str, cls: str, app_dir: Path, kind: str) -> list[Param]:
    """The parameters of cls.__init__: devices (Protocol-typed) and plain values."""
    path = module_file(module, app_dir)
    if path is None:
        raise UserError([f"unicc: error: {kind} device {module}.{cls}: no module {module} "
                         f"next to the application or in stdlib/"])
    tree = ast.parse(path.read_text(), str(path))
    names = device_names(tree)
    names.update({p: p for p in KINDS if any(isinstance(n, ast.ClassDef) and n.name == p for n in tree.body)})
    node = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls), None)
    if node is None:
        raise UserError([f"unicc: error: {kind} device {module}.{cls}: {path} defines no class {cls}"])
    init = next((f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
    return params_of(init, names, str(path), f"{cls}.__init__", 1) if init else []


def literal(value: str, p: Param, origin: str) -> str:
    """VALUE as Python source for parameter p: an int literal if p is an int."""
    if p.annotation == "int":
        try:
            return str(int(value, 0))
        except ValueError:
            raise UserError([f"unicc: error: {origin}: {p.name} must be an int, not {value!r}"]) from None
    return repr(value)


def resolve(kinds: list[tuple[str, Where]], chosen: dict[str, tuple[str, str]], target: Target,
            app_dir: Path) -> list[Device]:
    """Every device needed, dependencies before the devices that take them."""
    order: list[Device] = []
    made: dict[str, Device] = {}
    used: set[str] = set()     # the PARAMETERS some constructor took
    active: list[str] = []

    def need(kind: str, where: Where) -> None:
        if kind in made:
            return
        if kind in active:
            cycle = " -> ".join(active[active.index(kind):] + [kind])
            raise UserError([where.error(f"devices depend on each other in a cycle: {cycle}")])
        if kind not in chosen:
            flag = "--net SPEC" if kind == "net" else f"--device {kind}=SPEC"
            raise UserError([where.error(
                f"{where.what} needs a {PROTOCOL[kind]} device, and target {target.name} has none by "
                f"default: choose one with {flag} ({available(kind, target)})")])
        spec, origin = chosen[kind]
        module, cls, value = pick(kind, spec, origin, target)
        params = constructor(module, cls, app_dir, kind)
        dev = Device(kind, module, cls, origin, where)
        active.append(kind)
        for p in params:
            if p.kind is not None:
                need(p.kind, p.where)
                dev.args.append(f"{p.name}={p.kind}")
            elif value is not None:
                dev.args.append(f"{p.name}={literal(value, p, origin)}")
                value = None
            elif p.name in PARAMETERS and p.name in chosen:
                given, how = chosen[p.name]
                dev.args.append(f"{p.name}={literal(given, p, how)}")
                used.add(p.name)
            elif p.name in PARAMETERS and not p.has_default:
                raise UserError([p.where.error(f"{cls}() (chosen by {origin}) needs {PARAMETERS[p.name]}, "
                                               f"or {p.name} = \"...\" in {CONFIG_MODULE}")])
            elif not p.has_default:
                raise UserError([f"unicc: error: {origin}: {cls}() needs a value for {p.name}: "
                                 f"give it as {spec.partition(':')[0]}:VALUE"])
        if value is not None:
            raise UserError([f"unicc: error: {origin}: {cls}() takes no value"])
        active.pop()
        made[kind] = dev
        order.append(dev)

    for kind, where in kinds:
        need(kind, where)
    unused = sorted(k for k, (_, how) in chosen.items() if k in PARAMETERS and k not in used
                    and not how.startswith(CONFIG_MODULE))
    if unused:
        raise UserError([f"unicc: error: {chosen[k][1]}: no device of this program takes {k} "
                         f"(it is for a network stack, `stack: Stack`)" for k in unused])
    return order


# ---- the glue module -------------------------------------------------------------------------

def configure(entry: Path, target: Target, overrides: dict[str, str]) -> Glue | None:
    """The glue for a device application, None for a plain script."""
    found = find_entry(entry)
    if found is None:
        if overrides:
            raise UserError([f"unicc: error: {entry} takes no devices (no `def main(console: Console, ...)` "
                             f"or `class Main`), so --net/--block/--device do not apply"])
        return None
    app_dir = entry.resolve().parent
    kinds = [(p.kind, p.where) for p in found.params if p.kind is not None]
    devices = resolve(kinds, choices(app_dir, target, overrides), target, app_dir)
    kinds_made = {d.kind for d in devices}
    if overrides.get("net") == SOCKET_NET and "stack" in kinds_made:
        kinds_made.add("net")   # it chose the stack
    unused = sorted(set(overrides) - kinds_made - set(PARAMETERS))
    if unused:
        raise UserError([f"unicc: error: {entry} takes no {PROTOCOL[k]} device, so the choice "
                         f"for {k} does not apply" for k in unused])
    return render(entry, found, devices, target)


def render(entry: Path, found: Entry, devices: list[Device], target: Target) -> Glue:
    app = entry.stem
    protos = sorted({PROTOCOL[d.kind] for d in devices} | ({"Job"} if found.is_class else set()))
    imports = sorted({(d.module, d.cls) for d in devices})
    head = [f'"""The main module unicc generated for {entry.name} on target {target.name}.',
            "",
            "It creates each device once, the devices an implementation takes first,",
            f"and hands them to {found.name} (docs/devices.md; `unicc build --emit-main`).",
            '"""', "", "from __future__ import annotations", ""]
    head += (["import sys", ""] if found.returns_int else [])
    head += [f"import {app} as app", f"from {SIGNATURES} import {', '.join(protos)}"]
    head += [f"from {m} import {c}" for m, c in imports]
    body = ["", "", "def start() -> None:"]
    lines: dict[int, Device] = {}
    for d in devices:
        lines[len(head) + len(body) + 1] = d
        body.append(f"    {d.kind}: {PROTOCOL[d.kind]} = {d.cls}({', '.join(d.args)})")
    args = ", ".join(f"{p.name}={p.kind}" for p in found.params)
    if found.is_class:
        body += [f"    job: Job = app.Main({args})", "    job.start()"]
    elif found.returns_int:
        body.append(f"    sys.exit(app.main({args}))")
    else:
        body.append(f"    app.main({args})")
    body += ["", "", "start()", ""]
    path = entry.resolve().parent / GLUE_NAME
    return Glue(path, "\n".join(head + body), devices, lines)


# ---- errors in the glue, told about the application -------------------------------------------

def explain(messages: list[str], glue: Glue) -> list[str]:
    """mypy's errors located in the glue, moved to where the device is asked for
    (`app.py:4:10: error: mycon.Upper (chosen by ...) does not implement Console,
    which parameter 'console' of main asks for`), then mypy's notes, which name
    the members that do not match."""
    out: list[str] = []
    for m in messages:
        found = MESSAGE.match(m)
        if found is None or Path(found["path"]).resolve() != glue.path:
            out.append(m)
            continue
        dev = glue.lines.get(int(found["line"]))
        if dev is None:
            out.append(m + "  (in the generated main module: `unicc build --emit-main` prints it)")
        elif found["severity"] == "error":
            out.append(dev.where.error(
                f"{dev.module}.{dev.cls} (chosen by {dev.origin}) does not implement "
                f"{PROTOCOL[dev.kind]}, which {dev.where.what} asks for"))
        else:
            w = dev.where
            out.append(f"{w.path}:{w.line}:{w.col + 1}: {found['severity']}: {found['text']}")
    return out


MESSAGE = re.compile(r"(?P<path>[^:]+):(?P<line>\d+):(?:\d+:)? (?P<severity>error|note): (?P<text>.*)")
