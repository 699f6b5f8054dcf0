"""The HTML size report: one self-contained page (inline SVG and CSS, no
script, no external assets) with a treemap of the image -- section, then
group (module or runtime file), then symbol -- and the report's tables.

The layout is computed here (squarified treemap, Bruls et al. 2000), so the
page is static: every rectangle has a <title> tooltip with its full name
and size, and a label when the label fits.  Sections stored in the file and
zero-filled ones (.bss, the ARM stack) are drawn as two maps, each to its own
scale, because a 1 MiB stack would squash the code to a sliver.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from unicc.report.size import OTHER, PYTHON, Report, Section, Symbol, comparison, lines_by_dir

WIDTH = 1160
CHAR_W = 6.6           # px per character of the 11px label font, roughly
HEADER = 15            # px strip for a section's or group's label
PAD = 2

CSS = """
body { font: 13px sans-serif; margin: 16px; color: #222; }
h1 { font-size: 18px; } h2 { font-size: 15px; margin-top: 24px; }
svg text { font: 11px sans-serif; pointer-events: none; }
svg rect { stroke: #fff; stroke-width: 0.5; }
table { border-collapse: collapse; margin: 4px 0 12px; }
td, th { padding: 1px 10px; text-align: right; }
td:first-child, th:first-child { text-align: left; }
tr:nth-child(even) { background: #f4f4f4; }
.legend span { display: inline-block; padding: 1px 6px; margin-right: 6px; }
"""


@dataclass
class Node:
    label: str
    size: int
    color: str
    children: list[Node]
    tip: str = ""


def human(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    return f"{n / 1024:.1f} KiB" if n < 1 << 20 else f"{n / (1 << 20):.2f} MiB"


def hue(name: str, kind: str) -> int:
    """Python modules in blues, runtime files spread over greens to oranges."""
    h = zlib.crc32(name.encode())
    return 200 + h % 40 if kind == PYTHON else 20 + h % 120


def group_color(name: str, kind: str, light: int) -> str:
    if kind == OTHER:
        return f"hsl(0,0%,{light}%)"
    return f"hsl({hue(name, kind)},55%,{light}%)"


UNATTRIBUTED = "hsl(0,0%,82%)"


def section_nodes(r: Report, sections: list[Section]) -> list[Node]:
    by_group: dict[tuple[str, str], list[Symbol]] = {}
    for s in r.symbols:
        if s.bytes:
            by_group.setdefault((s.section, s.group), []).append(s)
    nodes = []
    for sec in sections:
        groups = []
        for g in r.groups():
            syms = by_group.get((sec.name, g.name), [])
            if not syms:
                continue
            kids = [Node(s.name, s.bytes, group_color(g.name, g.kind, 72), [],
                         f"{s.name}\n{s.kind}, {s.bytes:,} bytes\n{g.name}") for s in syms]
            groups.append(Node(g.name, sum(s.bytes for s in syms), group_color(g.name, g.kind, 50), kids,
                               f"{g.name} in {sec.name}: {sum(s.bytes for s in syms):,} bytes"))
        if sec.unattributed:
            groups.append(Node("unattributed", sec.unattributed, UNATTRIBUTED, [],
                               f"{sec.name}: {sec.unattributed:,} bytes without a symbol "
                               "(literals, padding, tables)"))
        nodes.append(Node(sec.name, sec.size, "hsl(0,0%,35%)", groups,
                          f"{sec.name}: {sec.size:,} bytes"))
    return nodes


Rect = tuple[float, float, float, float]


def squarify(sizes: Sequence[int], x: float, y: float, w: float, h: float) -> list[Rect]:
    """Rectangles for sizes (largest first) that tile x,y,w,h with areas in proportion."""
    total = sum(sizes)
    if total <= 0 or w <= 0 or h <= 0:
        return [(x, y, 0.0, 0.0) for _ in sizes]
    areas = [s * w * h / total for s in sizes]
    out: list[Rect] = []
    i = 0
    while i < len(areas):
        short = min(w, h)
        row = [areas[i]]
        i += 1
        while i < len(areas) and worst(row + [areas[i]], short) <= worst(row, short):
            row.append(areas[i])
            i += 1
        thick = sum(row) / short
        pos = y if w >= h else x
        for a in row:
            length = a / thick if thick else 0.0
            out.append((x, pos, thick, length) if w >= h else (pos, y, length, thick))
            pos += length
        if w >= h:
            x, w = x + thick, w - thick
        else:
            y, h = y + thick, h - thick
    return out


def worst(row: list[float], short: float) -> float:
    s = sum(row)
    return max(max(short * short * a / (s * s), s * s / (short * short * a)) for a in row if a > 0) \
        if s > 0 else float("inf")


def draw(nodes: list[Node], x: float, y: float, w: float, h: float, depth: int, out: list[str]) -> None:
    nodes = sorted((n for n in nodes if n.size > 0), key=lambda n: -n.size)
    for n, (rx, ry, rw, rh) in zip(nodes, squarify([n.size for n in nodes], x, y, w, h)):
        if rw < 0.5 or rh < 0.5:
            continue
        out.append(f'<rect x="{rx:.1f}" y="{ry:.1f}" width="{rw:.1f}" height="{rh:.1f}" fill="{n.color}">'
                   f'<title>{escape(n.tip or n.label)}</title></rect>')
        header = HEADER if n.children and rh > 3 * HEADER else 0
        label(n, rx, ry, rw, rh if not header else HEADER, depth, out)
        if n.children and rw > 2 * PAD + 2 and rh > header + 2 * PAD + 2:
            draw(n.children, rx + PAD, ry + header + PAD, rw - 2 * PAD, rh - header - 2 * PAD, depth + 1, out)


def label(n: Node, x: float, y: float, w: float, h: float, depth: int, out: list[str]) -> None:
    if h < 12:
        return
    for text in (f"{n.label} {human(n.size)}", n.label):
        if len(text) * CHAR_W + 4 <= w:
            fill = "#fff" if depth == 0 else "#000"
            out.append(f'<text x="{x + 3:.1f}" y="{y + 11:.1f}" fill="{fill}">{escape(text)}</text>')
            return


def treemap(nodes: list[Node], height: int) -> str:
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}">']
    draw(nodes, 0, 0, WIDTH, height, 0, out)
    out.append("</svg>")
    return "\n".join(out)


def table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{th}</tr>{body}</table>"


def to_html(r: Report, top: int = 20, standard: Report | None = None) -> str:
    files, zero = r.loaded(True), r.loaded(False)
    fsize, zsize = sum(s.size for s in files), sum(s.size for s in zero)
    title = f"unicc size: {r.program or r.elf}" + (f" for {r.target}" if r.target else "")
    parts = [f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
             f"<style>{CSS}</style></head><body>", f"<h1>{escape(title)}</h1>",
             f"<p>ELF file {r.file_size:,} bytes"
             + (f"; boot image {escape(Path(r.image).name)} {r.image_size:,} bytes" if r.image else "")
             + f". Loaded from the file: {fsize:,} bytes; zero-filled at start: {zsize:,} bytes.</p>",
             legend(r)]
    if standard is not None:
        parts += compared(standard, r)
    if files:
        parts += [f"<h2>Image: sections stored in the file ({human(fsize)})</h2>",
                  treemap(section_nodes(r, files), 560)]
    if zero:
        parts += [f"<h2>Zero-filled at start ({human(zsize)})</h2>", treemap(section_nodes(r, zero), 220)]
    parts += tables(r, top)
    parts.append("</body></html>")
    return "\n".join(parts)


def compared(std: Report, dce: Report) -> list[str]:
    """The comparison table, and the stored sections of both builds drawn to
    one scale: the DCE map is as much shorter as its image is smaller."""
    rows = [[what.strip(), f"{a:,}", f"{b:,}", f"{a - b:,}"] for what, a, b in comparison(std, dce)]
    big = sum(s.size for s in std.loaded(True))
    small = sum(s.size for s in dce.loaded(True))
    height = 420
    return ["<h2>The standard build (--no-dce: everything imported) against whole-program DCE</h2>",
            table(["", "standard", "DCE", "removed"], rows),
            f"<h2>Standard build: sections stored in the file ({human(big)})</h2>",
            treemap(section_nodes(std, std.loaded(True)), height),
            f"<h2>DCE build, same scale ({human(small)})</h2>",
            treemap(section_nodes(dce, dce.loaded(True)), max(1, round(height * small / big)) if big else 1)]


def legend(r: Report) -> str:
    spans = [f'<span style="background:{group_color(g.name, g.kind, 72)}">{escape(g.name)}</span>'
             for g in r.groups()]
    spans.append(f'<span style="background:{UNATTRIBUTED}">unattributed</span>')
    return f'<p class="legend">{"".join(spans)}</p>'


def tables(r: Report, top: int) -> list[str]:
    loaded = r.loaded()
    def num(n: int) -> str:
        return f"{n:,}"
    secs = [[s.name + ("" if s.in_file else " (zero-filled)"), num(s.size), num(s.attributed),
             num(s.unattributed)] for s in loaded]
    rest = [s for s in r.sections if not s.loaded]
    secs.append([f"not loaded: {' '.join(s.name for s in rest)}", num(sum(s.size for s in rest)), "", ""])
    secs.append(["ELF headers, padding", num(r.headers), "", ""])
    cols = [s.name for s in loaded]
    groups = [[g.name, g.kind, num(g.size), *(num(g.sections.get(c, 0)) for c in cols)] for g in r.groups()]
    groups.append(["unattributed", "", num(sum(s.unattributed for s in loaded)),
                   *(num(s.unattributed) for s in loaded)])
    funcs = [[s.name, s.group, s.section, num(s.bytes)] for s in r.top("function", top)]
    objs = [[s.name, s.group, s.section, num(s.bytes)] for s in r.top("object", top)]
    out = ["<h2>Sections</h2>", table(["section", "size", "attributed", "unattributed"], secs),
           "<h2>Groups</h2>", table(["group", "kind", "total", *cols], groups),
           f"<h2>Largest functions (top {top})</h2>", table(["function", "group", "section", "bytes"], funcs),
           f"<h2>Largest data objects (top {top})</h2>", table(["object", "group", "section", "bytes"], objs)]
    if r.lines:
        rows = [[d, num(n["C"]), num(n["asm"])] for d, n in lines_by_dir(r).items()]
        rows.append(["total", num(sum(x.lines for x in r.lines if x.language == "C")),
                     num(sum(x.lines for x in r.lines if x.language == "asm"))])
        out += ["<h2>C runtime source lines (non-blank, non-comment)</h2>",
                table(["directory", "C", "assembly"], rows)]
    return out
