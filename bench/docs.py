"""The measured parts of the docs: each tool rewrites only the text between
its own `<!-- TOOL: begin -->` and `<!-- TOOL: end -->` markers, so that the
prose around the tables is written by hand and kept."""

from __future__ import annotations

from pathlib import Path


def replace_block(doc: Path, tool: str, text: str) -> None:
    begin, end = f"<!-- {tool}: begin -->", f"<!-- {tool}: end -->"
    content = doc.read_text()
    head, sep, rest = content.partition(begin)
    _, sep2, tail = rest.partition(end)
    if not (sep and sep2):
        raise SystemExit(f"{doc}: no {begin} ... {end} block to replace")
    doc.write_text(f"{head}{begin}\n{text}{end}{tail}")
