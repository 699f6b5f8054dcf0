"""Size reports: where the bytes of a linked image go (`unicc size`,
`unicc build --size-report`).

The linked ELF is read with pyelftools.  Every function and data symbol
(.symtab, st_size) of a loaded section is attributed to one group:

- a compiled Python module.  Compiled code and data are named after their
  qualified names (`pkg.mod.Class.method`, `type.pkg.mod.Class` for a class's
  type descriptor), so the group is the longest known module name that
  prefixes the symbol.  Known modules are the ones the compiler compiles (the
  modules under the program's directory and stdlib/, and `__main__`) plus
  every `<module>.<initialised>` flag found in the image.  A name that no
  known module prefixes falls back to its components up to the first
  capitalised one (a class) or, failing that, all but the last.  Compiled
  symbols of no module (`unicc_main`, closure and cell types, tuple kinds)
  form the group "(entry & glue)"; LLVM inlines freely, so a small program's
  functions often live inside `unicc_main`.  String constants are private
  symbols: on ARM they keep `.L` names ("(literals)"), on x86-64 they have
  none and count as unattributed.
- the C runtime, by source file.  The runtime is compiled with DWARF: each
  compile unit gives a source file's code ranges and top-level variables;
  local symbols also follow their object's ELF `FILE` symbol.  Without DWARF,
  `rt_*`/`plat_*` names go to one group "runtime (C)".
- other: any remaining symbol.

Bytes that no symbol covers (string constants of compiled code, merged C
string literals, alignment padding, .eh_frame, linker-script areas such as
the ARM stack) are reported per section as unattributed, and overlapping
symbols (aliases, merged constants) count once: each loaded section's groups
plus its unattributed bytes add up to its size, and the sections stored in
the file plus the ELF headers and padding add up to the file size.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from elftools.elf.elffile import ELFFile
from elftools.elf.sections import SymbolTableSection

from unicc.image import Image
from unicc.targets import ROOT, RUNTIME

PYTHON, RUNTIME_C, OTHER = "python", "runtime", "other"
GLUE = "(entry & glue)"
LITERALS = "(literals)"   # private constants: ARM objects keep them as .L symbols
GLUE_PREFIXES = ("unicc_", "type.cell.", "type.closure.", "kinds.")
RUNTIME_PREFIXES = ("rt_", "plat_")
FORMATS = ("table", "json", "html")
FUNCTIONS = "functions (count)"
SHF_ALLOC = 2
DW_OP_ADDR = 0x03


@dataclass
class Section:
    name: str
    size: int
    loaded: bool          # SHF_ALLOC: part of the image in memory
    in_file: bool         # not SHT_NOBITS: occupies bytes of the file
    address: int = 0
    attributed: int = 0   # bytes covered by some symbol, each byte once

    @property
    def unattributed(self) -> int:
        return self.size - self.attributed


@dataclass
class Symbol:
    name: str
    kind: str             # "function" | "object"
    section: str
    address: int
    size: int             # st_size
    bytes: int            # bytes attributed to it (what an earlier symbol covers is not)
    group: str
    group_kind: str       # PYTHON | RUNTIME_C | OTHER


@dataclass
class SourceLines:
    path: str             # relative to the repository
    language: str         # "C" (.c, .h) | "asm" (.S)
    lines: int            # non-blank, non-comment


@dataclass
class Group:
    name: str
    kind: str
    sections: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return sum(self.sections.values())


@dataclass
class Report:
    elf: str
    file_size: int
    sections: list[Section]
    symbols: list[Symbol]
    target: str = ""
    cpu: str = ""         # the CPU level it was compiled for (LLVM's name)
    program: str = ""     # the entry file the image was built from
    image: str = ""       # the bootable file when it is not the ELF (zImage)
    image_size: int = 0
    lines: list[SourceLines] = field(default_factory=list)

    @property
    def headers(self) -> int:
        """ELF header, program and section header tables, alignment padding."""
        return self.file_size - sum(s.size for s in self.sections if s.in_file)

    def loaded(self, in_file: bool | None = None) -> list[Section]:
        return [s for s in self.sections if s.loaded and in_file in (None, s.in_file)]

    def groups(self) -> list[Group]:
        """Python modules, then runtime files, then other; the largest first in each."""
        by_name: dict[str, Group] = {}
        for s in self.symbols:
            g = by_name.setdefault(s.group, Group(s.group, s.group_kind))
            g.sections[s.section] = g.sections.get(s.section, 0) + s.bytes
        order = {PYTHON: 0, RUNTIME_C: 1, OTHER: 2}
        return sorted((g for g in by_name.values() if g.size),
                      key=lambda g: (order[g.kind], -g.size, g.name))

    def top(self, kind: str, n: int) -> list[Symbol]:
        return sorted((s for s in self.symbols if s.kind == kind and s.bytes),
                      key=lambda s: (-s.bytes, s.name))[:n]


# ---- reading the ELF ----

@dataclass
class RawSymbol:
    name: str
    kind: str             # "function" | "object" | "file"
    local: bool
    shndx: int            # 0 for undefined, absolute and common symbols
    address: int
    size: int


def read_elf(path: Path, modules: Iterable[str] = ()) -> Report:
    with path.open("rb") as f:
        elf = ELFFile(f)
        by_index = {i: Section(s.name, s["sh_size"], bool(s["sh_flags"] & SHF_ALLOC),
                               s["sh_type"] != "SHT_NOBITS", s["sh_addr"])
                    for i, s in enumerate(elf.iter_sections()) if i}
        dwarf = DwarfFiles(elf, [s for s in by_index.values() if s.loaded])
        raw = list(raw_symbols(elf))
    known = set(modules) | {r.name.removesuffix(".<initialised>") for r in raw
                            if r.name.endswith(".<initialised>")}
    modnames = sorted(known, key=len, reverse=True)
    files = iter(dwarf.match_files([r.name for r in raw if r.kind == "file"]))
    symbols: list[Symbol] = []
    current_file: str | None = None
    for r in raw:
        if r.kind == "file":
            current_file = next(files) or ""   # "": the compiled program's object
            continue
        sec = by_index.get(r.shndx)
        if sec is None or not sec.loaded or not r.size:
            continue
        group, kind = classify(r, dwarf, current_file if r.local else None, modnames)
        symbols.append(Symbol(r.name, r.kind, sec.name, r.address, r.size, 0, group, kind))
    sections = list(by_index.values())
    attribute(sections, symbols)
    return Report(str(path), path.stat().st_size, sections, symbols)


def raw_symbols(elf: ELFFile) -> Iterator[RawSymbol]:
    symtab = elf.get_section_by_name(".symtab")
    if not isinstance(symtab, SymbolTableSection):
        return
    thumb_bit = ~1 if elf["e_machine"] == "EM_ARM" else ~0
    kinds = {"STT_FUNC": "function", "STT_OBJECT": "object", "STT_FILE": "file"}
    for sym in symtab.iter_symbols():
        kind = kinds.get(sym["st_info"]["type"])
        if kind is None:
            continue
        shndx = sym["st_shndx"] if isinstance(sym["st_shndx"], int) else 0
        addr = sym["st_value"] & thumb_bit if kind == "function" else sym["st_value"]
        yield RawSymbol(sym.name, kind, sym["st_info"]["bind"] == "STB_LOCAL", shndx, addr, sym["st_size"])


def classify(r: RawSymbol, dwarf: DwarfFiles, file: str | None, modules: list[str]) -> tuple[str, str]:
    src = dwarf.function_file(r.address) if r.kind == "function" else dwarf.variable_file(r.address)
    if src is None and file:    # a local symbol whose object has DWARF
        src = file
    if src is not None:
        return src, RUNTIME_C
    if file is None and not dwarf.present and r.name.startswith(RUNTIME_PREFIXES):
        return "runtime (C)", RUNTIME_C
    mod = module_of(r.name, modules)
    if mod is not None:
        return mod, PYTHON
    if r.name.startswith("."):
        return LITERALS, PYTHON
    if r.name.startswith(GLUE_PREFIXES):
        return GLUE, PYTHON
    if file is not None or "." in r.name:   # local to the compiled program, or a qualified name
        return guess_module(r.name) or GLUE, PYTHON
    return OTHER, OTHER


def module_of(name: str, modules: list[str]) -> str | None:
    """The longest module (modules come longest first) that prefixes a qualified name."""
    qual = name.removeprefix("type.")
    return next((m for m in modules if qual.startswith(m + ".")), None)


def guess_module(name: str) -> str | None:
    """`a.b.Class.method` -> `a.b`; `a.b.func` -> `a.b`: used when no module is known."""
    parts = name.removeprefix("type.").split(".")
    for i in range(1, len(parts)):
        if parts[i][:1].isupper() or parts[i].startswith("<"):
            return ".".join(parts[:i])
    return ".".join(parts[:-1]) or None


def attribute(sections: list[Section], symbols: list[Symbol]) -> None:
    """Give each byte of a section to at most one symbol: the first by address
    (the larger one at equal addresses); clip symbols to their section."""
    by_section: dict[str, list[Symbol]] = {}
    for s in symbols:
        by_section.setdefault(s.section, []).append(s)
    for sec in sections:
        covered = sec.address
        end_of_section = sec.address + sec.size
        for s in sorted(by_section.get(sec.name, []), key=lambda s: (s.address, -s.size)):
            start, end = max(s.address, covered), min(s.address + s.size, end_of_section)
            s.bytes = max(0, end - start)
            covered = max(covered, end)
        sec.attributed = sum(s.bytes for s in by_section.get(sec.name, []))


class DwarfFiles:
    """Which runtime source file defines an address, from the DWARF compile units."""

    def __init__(self, elf: ELFFile, loaded: list[Section]) -> None:
        self.units: list[str] = []                       # source files, in link order
        self.ranges: list[tuple[int, int, str]] = []     # code ranges, sorted
        self.variables: dict[int, str] = {}              # top-level variable address -> file
        self.present = elf.has_dwarf_info() and elf.get_section_by_name(".debug_info") is not None
        if not self.present:
            return
        info = elf.get_dwarf_info()
        for cu in info.iter_CUs():
            top = cu.get_top_DIE()
            path = source_path(top.attributes)
            self.units.append(path)
            for lo, hi in cu_ranges(info, cu, top.attributes):
                if lo < hi and any(s.address <= lo < s.address + s.size for s in loaded):
                    self.ranges.append((lo, hi, path))   # gc'ed code keeps address 0: skipped
            for die in top.iter_children():
                addr = variable_address(die, cu["address_size"], elf.little_endian)
                if addr is not None:
                    self.variables[addr] = path
        self.ranges.sort()

    def function_file(self, addr: int) -> str | None:
        i = bisect_right(self.ranges, addr) - 1
        if i >= 0 and self.ranges[i][0] <= addr < self.ranges[i][1]:
            return self.ranges[i][2]
        return None

    def variable_file(self, addr: int) -> str | None:
        return self.variables.get(addr)

    def match_files(self, names: list[str]) -> list[str | None]:
        """Match the ELF FILE symbols (basenames, in link order) to compile units
        (paths, in link order): greedily, since the former are a subsequence of
        the latter plus objects without DWARF (the compiled program)."""
        if not self.units:   # no DWARF: a C or assembly file is the runtime's
            return [n if n.endswith((".c", ".S")) else None for n in names]
        out: list[str | None] = []
        i = 0
        for name in names:
            j = next((k for k in range(i, len(self.units)) if Path(self.units[k]).name == name), None)
            out.append(None if j is None else self.units[j])
            i = i if j is None else j + 1
        return out


def bisect_right(ranges: list[tuple[int, int, str]], addr: int) -> int:
    lo, hi = 0, len(ranges)
    while lo < hi:
        mid = (lo + hi) // 2
        if ranges[mid][0] <= addr:
            lo = mid + 1
        else:
            hi = mid
    return lo


def source_path(attrs: dict[str, Any]) -> str:
    name = attrs["DW_AT_name"].value.decode() if "DW_AT_name" in attrs else "?"
    p = Path(name)
    if not p.is_absolute() and "DW_AT_comp_dir" in attrs:
        p = Path(attrs["DW_AT_comp_dir"].value.decode()) / p
    if p.is_relative_to(ROOT):
        return str(p.relative_to(ROOT))
    parts = p.parts   # built in another checkout (or with relative paths): from runtime/ on
    return str(Path(*parts[parts.index("runtime"):])) if "runtime" in parts else name


def cu_ranges(info: Any, cu: Any, attrs: dict[str, Any]) -> list[tuple[int, int]]:
    base = attrs["DW_AT_low_pc"].value if "DW_AT_low_pc" in attrs else 0
    if "DW_AT_ranges" in attrs:
        out = []
        rl = info.range_lists()
        for e in rl.get_range_list_at_offset(attrs["DW_AT_ranges"].value, cu=cu):
            if hasattr(e, "base_address"):
                base = e.base_address
            elif e.is_absolute:
                out.append((e.begin_offset, e.end_offset))
            else:
                out.append((base + e.begin_offset, base + e.end_offset))
        return out
    if "DW_AT_high_pc" in attrs:
        hi = attrs["DW_AT_high_pc"]
        return [(base, hi.value if hi.form == "DW_FORM_addr" else base + hi.value)]
    return []


def variable_address(die: Any, address_size: int, little: bool) -> int | None:
    if die.tag != "DW_TAG_variable" or "DW_AT_location" not in die.attributes:
        return None
    loc = die.attributes["DW_AT_location"].value
    if not isinstance(loc, list) or len(loc) != 1 + address_size or loc[0] != DW_OP_ADDR:
        return None
    return int.from_bytes(bytes(loc[1:]), "little" if little else "big")


# ---- the runtime's source lines ----

def runtime_lines(dirs: list[Path]) -> list[SourceLines]:
    out = []
    for d in dirs:
        for p in sorted(d.iterdir()):
            if p.suffix in (".c", ".h", ".S"):
                out.append(SourceLines(str(p.relative_to(ROOT)), "asm" if p.suffix == ".S" else "C",
                                       code_lines(p.read_text())))
    return out


def code_lines(text: str) -> int:
    """Lines with something besides blanks and C comments (// and /* */;
    string and character literals are skipped so that "//" in them is code)."""
    count, code, state, i = 0, False, "", 0
    while i < len(text):
        c, pair = text[i], text[i:i + 2]
        if c == "\n":
            count, code = count + code, False
            if state == "//":
                state = ""
        elif state == "/*":
            if pair == "*/":
                state, i = "", i + 1
        elif state in ('"', "'"):
            code = True
            if c == "\\":
                i += 1
            elif c == state:
                state = ""
        elif state == "//":
            pass
        elif pair in ("//", "/*"):
            state, i = pair, i + 1
        elif not c.isspace():
            code = True
            if c in "\"'":
                state = c
        i += 1
    return count + code


# ---- building and rendering ----

def program_modules(entry: Path) -> list[str]:
    """The modules the compiler compiles for this entry file (as check.py does)."""
    from unicc.frontend.check import module_names
    from unicc.paths import STDLIB
    return ["__main__", *module_names(entry.resolve().parent), *module_names(STDLIB)]


def report_for(entry: Path, image: Image) -> Report:
    """The report of the image `unicc build` made of the program `entry`."""
    r = read_elf(image.elf, program_modules(entry))
    r.target, r.cpu, r.program = image.target.name, image.target.cpu, str(entry)
    if image.elf != image.boot:
        r.image, r.image_size = str(image.boot), image.boot.stat().st_size
    r.lines = runtime_lines([RUNTIME / "include", *image.target.runtime_dirs])
    return r


def comparison(std: Report, dce: Report) -> list[tuple[str, int, int]]:
    """Rows of the standard-versus-DCE table: (what, standard bytes, DCE bytes);
    the sections, then every group either build has, largest standard first."""
    def loaded(r: Report, in_file: bool) -> int:
        return sum(s.size for s in r.loaded(in_file))

    def section(r: Report, name: str) -> int:
        return sum(s.size for s in r.loaded() if s.name == name)

    def kind(r: Report, k: str) -> int:
        return sum(g.size for g in r.groups() if g.kind == k)

    def functions(r: Report) -> int:
        return sum(1 for s in r.symbols if s.kind == "function" and s.bytes)

    rows = [("ELF file", std.file_size, dce.file_size),
            ("loaded from the file", loaded(std, True), loaded(dce, True)),
            ("zero-filled at start", loaded(std, False), loaded(dce, False))]
    names = list(dict.fromkeys(s.name for r in (std, dce) for s in r.loaded()))
    rows += [(f"  {n}", section(std, n), section(dce, n)) for n in names]
    rows += [("compiled Python", kind(std, PYTHON), kind(dce, PYTHON)),
             ("runtime (C)", kind(std, RUNTIME_C), kind(dce, RUNTIME_C)),
             (FUNCTIONS, functions(std), functions(dce))]
    sizes = {g.name: [g.size, 0] for g in std.groups()}
    for g in dce.groups():
        sizes.setdefault(g.name, [0, 0])[1] = g.size
    rows += [(f"  {n}", a, b) for n, (a, b) in sorted(sizes.items(), key=lambda kv: (-kv[1][0], kv[0]))]
    return rows


def compare_table(std: Report, dce: Report) -> str:
    head = f"{dce.program} for {dce.target}: " if dce.program else ""
    out = [head + "the standard build (--no-dce: everything imported) against whole-program DCE", "",
           f"{'':36}{'standard':>12}{'DCE':>12}{'removed':>12}"]
    for what, a, b in comparison(std, dce):
        share = f"{round((a - b) * 100 / a):>6}%" if a and what != FUNCTIONS else ""
        out.append(f"{what:36}{a:>12,}{b:>12,}{a - b:>12,}{share}")
        if what == FUNCTIONS:
            out += ["", "by group:"]
    return "\n".join(out)


def json_doc(r: Report, top: int = 20) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "program": r.program, "elf": r.elf, "target": r.target, "cpu": r.cpu, "file_size": r.file_size, "headers": r.headers,
        "image": r.image or r.elf, "image_size": r.image_size or r.file_size,
        "sections": [{**asdict(s), "unattributed": s.unattributed} for s in r.sections],
        "groups": [{"name": g.name, "kind": g.kind, "size": g.size, "sections": g.sections}
                   for g in r.groups()],
        "top_functions": [asdict(s) for s in r.top("function", top)],
        "top_objects": [asdict(s) for s in r.top("object", top)],
        "symbols": [asdict(s) for s in r.symbols],
        "runtime_lines": {"C": sum(x.lines for x in r.lines if x.language == "C"),
                          "asm": sum(x.lines for x in r.lines if x.language == "asm"),
                          "files": [asdict(x) for x in r.lines]},
    }
    return doc


def lines_by_dir(r: Report) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for x in r.lines:
        d = out.setdefault(str(Path(x.path).parent), {"C": 0, "asm": 0})
        d[x.language] += x.lines
    return out


def to_table(r: Report, top: int = 20) -> str:
    loaded = r.loaded()
    head = f"{r.program} for {r.target}" + (f" (CPU {r.cpu})" if r.cpu else "") + ": " if r.program else ""
    head += f"ELF {r.file_size:,} bytes" + ("" if r.program else f" ({r.elf})")
    if r.image:
        head += f"; boot image {Path(r.image).name}: {r.image_size:,} bytes"
    out = [head, "", f"{'section':24}{'size':>10}{'attributed':>12}{'unattributed':>14}"]
    for s in loaded:
        name = s.name + ("" if s.in_file else " (no file bytes)")
        out.append(f"{name:24}{s.size:>10,}{s.attributed:>12,}{s.unattributed:>14,}")
    rest = [s for s in r.sections if not s.loaded]
    out.append(f"{'not loaded (' + str(len(rest)) + ')':24}{sum(s.size for s in rest):>10,}"
               f"{'':12}{'':>14}  {' '.join(s.name for s in rest)}")
    out.append(f"{'ELF headers, padding':24}{r.headers:>10,}")
    image = sum(s.size for s in loaded if s.in_file)
    ram = sum(s.size for s in loaded if not s.in_file)
    out.append(f"loaded from the file: {image:,} bytes; zero-filled at start: {ram:,} bytes")
    out += ["", group_table(r, loaded)]
    for kind, label in (("function", "functions"), ("object", "data objects")):
        out += ["", f"largest {label}:"]
        out += [f"{s.bytes:>9,}  {s.section:9} {s.name}  [{s.group}]" for s in r.top(kind, top)]
    if r.lines:
        c = sum(x.lines for x in r.lines if x.language == "C")
        asm = sum(x.lines for x in r.lines if x.language == "asm")
        parts = ", ".join(f"{d} {n['C'] + n['asm']:,}" for d, n in lines_by_dir(r).items())
        out += ["", f"C runtime source: {c:,} lines of C + {asm:,} lines of assembly "
                    f"(non-blank, non-comment): {parts}"]
    return "\n".join(out)


def group_table(r: Report, loaded: list[Section]) -> str:
    cols = [s.name for s in loaded]
    width = max([len(c) for c in cols] + [8]) + 2
    out = [f"{'group':36}{'total':>9}" + "".join(f"{c:>{width}}" for c in cols)]
    kind_label = {PYTHON: "compiled Python", RUNTIME_C: "runtime (C)", OTHER: "other"}
    last = ""
    for g in r.groups():
        if g.kind != last:
            out.append(kind_label[g.kind] + ":")
            last = g.kind
        out.append(f"  {g.name:34}{g.size:>9,}" + "".join(f"{g.sections.get(c, 0):>{width},}" for c in cols))
    un = [s.unattributed for s in loaded]
    out.append(f"{'unattributed':36}{sum(un):>9,}" + "".join(f"{u:>{width},}" for u in un))
    out.append(f"{'= section size':36}{sum(s.size for s in loaded):>9,}"
               + "".join(f"{s.size:>{width},}" for s in loaded))
    return "\n".join(out)
