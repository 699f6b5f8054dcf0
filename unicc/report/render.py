"""A size report (size.py) in the format asked for: a text table, json or
the HTML page (html.py).  Above both, so that neither imports the other
back."""

from __future__ import annotations

import json

from unicc.report.size import Report, compare_table, comparison, json_doc, to_table
from unicc.report.html import to_html


def render(r: Report, fmt: str, top: int = 20, standard: Report | None = None) -> str:
    """The report of r; with `standard` (the --no-dce build of the same program),
    the two side by side: in the table, the comparison only; in json and html,
    the comparison, then r's report."""
    if fmt == "json":
        doc = json_doc(r, top)
        if standard is not None:
            doc = {"comparison": [{"what": w, "standard": a, "dce": b} for w, a, b in comparison(standard, r)],
                   "dce": doc, "standard": json_doc(standard, top)}
        return json.dumps(doc, indent=1)
    if fmt == "html":
        return to_html(r, top, standard)
    return to_table(r, top) if standard is None else compare_table(standard, r)
