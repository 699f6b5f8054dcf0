"""Size reports (`unicc size`, `unicc build --size-report`, unicc/report/size.py):
the numbers add up to the ELF's section and file sizes, the JSON has its
keys, and the HTML page renders in a headless Chromium (`make system-deps`
installs Debian's chromium).  Dead code and the standard-versus-DCE
comparison: tests/test_dce.py."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from conftest import BUILD_TIMEOUT, ROOT, unicc
from unicc.report.size import code_lines
from unicc.targets import TARGETS

HELLO = ROOT / "examples" / "hello" / "hello.py"
JSON_KEYS = {"program", "elf", "target", "file_size", "headers", "image", "image_size", "sections",
             "groups", "top_functions", "top_objects", "symbols", "runtime_lines"}

SHAPES = '''from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Square:
    def __init__(self, side: int) -> None:
        self.side = side

    def area(self) -> int:
        return self.side * self.side
'''
APP = '''import sys
from geometry.shapes import Point, Square


def main(args: list[str]) -> int:
    squares = [Square(i) for i in range(len(args) + 2)]
    print(sum(s.area() for s in squares), repr(Point(len(args), 2)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
'''


def size_json(program: Path, target: str) -> dict[str, Any]:
    res = unicc(["size", str(program), "--target", target, "--format", "json", "--top", "5"],
                program.parent, "unicc size", BUILD_TIMEOUT)
    assert res.status == 0, res.stderr.decode("utf-8", "replace")[-3000:]
    doc: dict[str, Any] = json.loads(res.stdout)
    return doc


@pytest.fixture(scope="module")
def hello_unix() -> dict[str, Any]:
    return size_json(HELLO, "unix")


def loaded_sizes(doc: dict[str, Any]) -> dict[str, int]:
    return {s["name"]: s["size"] for s in doc["sections"] if s["loaded"]}


def test_json_has_the_expected_keys(hello_unix: dict[str, Any]) -> None:
    doc = hello_unix
    assert JSON_KEYS <= set(doc), JSON_KEYS - set(doc)
    assert doc["target"] == "unix" and doc["program"].endswith("hello.py")
    assert {".text", ".rodata", ".data", ".bss"} <= set(loaded_sizes(doc))
    assert {"name", "size", "loaded", "in_file", "attributed", "unattributed"} <= set(doc["sections"][0])
    assert {"name", "kind", "size", "sections"} <= set(doc["groups"][0])
    assert {"name", "kind", "section", "size", "bytes", "group", "group_kind"} <= set(doc["symbols"][0])
    assert len(doc["top_functions"]) == 5
    assert all(s["kind"] == "function" for s in doc["top_functions"])
    groups = {g["name"]: g["kind"] for g in doc["groups"]}
    assert groups.get("runtime/core/gc.c") == "runtime", groups
    assert groups.get("__main__") == "python", groups
    assert doc["runtime_lines"]["C"] > 1000
    assert any(f["path"] == "runtime/platform/unix/platform.c" for f in doc["runtime_lines"]["files"])


@pytest.mark.parametrize("target", ["unix", "cubieboard2", "xen-arm"])
def test_hello_report_adds_up(target: str, hello_unix: dict[str, Any]) -> None:
    doc = hello_unix if target == "unix" else size_json(HELLO, target)
    sections = doc["sections"]
    assert sum(s["size"] for s in sections if s["in_file"]) + doc["headers"] == doc["file_size"]
    per_section: dict[str, int] = {}
    for g in doc["groups"]:
        assert g["size"] == sum(g["sections"].values())
        for name, n in g["sections"].items():
            per_section[name] = per_section.get(name, 0) + n
    for s in sections:
        if s["loaded"]:
            assert s["unattributed"] >= 0, s
            assert s["attributed"] == per_section.get(s["name"], 0), s
            assert s["attributed"] + s["unattributed"] == s["size"], s
    assert sum(x["bytes"] for x in doc["symbols"]) == sum(s["attributed"] for s in sections)
    code = [s for s in sections if s["name"] == ".text"][0]
    assert code["attributed"] > 0.95 * code["size"], "most code should have a symbol"
    if TARGETS[target].image == "zimage":   # the boot image is the zImage, the report reads the ELF next to it
        assert doc["image"] != doc["elf"] and doc["image_size"] < doc["file_size"]


def test_build_size_report_prints_the_table(tmp_path: Path) -> None:
    out = tmp_path / "hello"
    res = unicc(["build", str(HELLO), "--target", "unix", "-o", str(out), "--size-report"],
                tmp_path, "unicc build --size-report", BUILD_TIMEOUT)
    text = res.stdout.decode()
    assert res.status == 0 and out.is_file(), res.stderr.decode()
    for want in (".text", ".rodata", ".bss", "unattributed", "= section size", "runtime/core/str.c",
                 "largest functions", "C runtime source:", "lines of C"):
        assert want in text, f"{want!r} missing from:\n{text}"


class Page(HTMLParser):
    """Counts the elements and collects the text and anything that would load an asset."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}
        self.text: list[str] = []
        self.external: list[str] = []
        self.rects_with_title = 0
        self.last = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "title" and self.last == "rect":
            self.rects_with_title += 1
        self.last = tag
        self.external += [f"{tag} {k}={v}" for k, v in attrs if k in ("src", "href")]
        if tag in ("script", "link", "img", "iframe"):
            self.external.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def chromium(html: Path, *args: str) -> bytes:
    with tempfile.TemporaryDirectory() as profile:
        p = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                            *args, html.as_uri()], capture_output=True, timeout=60, cwd=html.parent)
    return p.stdout


def test_html_page_renders(tmp_path: Path) -> None:
    (tmp_path / "geometry").mkdir()
    (tmp_path / "geometry" / "__init__.py").write_text("")
    (tmp_path / "geometry" / "shapes.py").write_text(SHAPES)
    (tmp_path / "app.py").write_text(APP)
    res = unicc(["size", "app.py", "--target", "unix", "--format", "html"], tmp_path,
                "unicc size --format html", BUILD_TIMEOUT)
    assert res.status == 0, res.stderr.decode()
    page = tmp_path / "size.html"
    page.write_bytes(res.stdout)
    names = ["geometry.shapes", "__main__", "runtime/core/gc.c", ".text", ".bss", "unattributed"]

    parsed = Page()
    parsed.feed(res.stdout.decode())
    assert parsed.tags.get("svg", 0) == 2, parsed.tags          # stored and zero-filled maps
    assert parsed.tags.get("rect", 0) > 100 and parsed.rects_with_title == parsed.tags["rect"]
    assert not parsed.external, f"page loads external assets: {parsed.external}"
    text = "".join(parsed.text)
    for want in names + ["KiB"]:
        assert want in text, f"{want!r} not in the page's text"

    assert shutil.which("chromium"), "chromium is needed to render the page: `make system-deps` installs it"
    shot = tmp_path / "size.png"
    chromium(page, f"--screenshot={shot}", "--window-size=1200,800")
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1200, 800)
    dom = chromium(page, "--dump-dom").decode()
    for want in names:
        assert want in dom, f"{want!r} not in the rendered page"


def test_code_lines_skips_blanks_and_comments() -> None:
    src = '/* header\n * more */\n\n#include <x.h>\nint a; // why\n// only\nchar *s = "//"; /* a */\n' \
          "char c = '\\''; /* multi\nline */ int b;\n"
    assert code_lines(src) == 5
    assert code_lines("") == 0 and code_lines("x") == 1


def test_html_comparison_renders(tmp_path: Path) -> None:
    """--compare: both builds' treemaps and the table, in the rendered page."""
    dice = ROOT / "examples" / "dice" / "dice.py"
    res = unicc(["size", str(dice), "--target", "unix", "--format", "html", "--compare"], tmp_path,
                "unicc size --compare --format html", BUILD_TIMEOUT)
    assert res.status == 0, res.stderr.decode()
    page = tmp_path / "compare.html"
    page.write_bytes(res.stdout)
    parsed = Page()
    parsed.feed(res.stdout.decode())
    assert parsed.tags.get("svg", 0) == 4, parsed.tags    # standard, DCE to scale, stored, zero-filled
    assert shutil.which("chromium"), "chromium is needed to render the page: `make system-deps` installs it"
    dom = chromium(page, "--dump-dom").decode()
    for want in ("against whole-program DCE", "Standard build", "DCE build, same scale", "dice",
                 "unicc_devices.chacha", "unicc_devices.console", "runtime/core/set.c", "removed"):
        assert want in dom, f"{want!r} not in the rendered page"
