"""Whole-program dead-code elimination, against the standard build (--no-dce):
dead code leaves no bytes behind, and the comparison report adds up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import BUILD_TIMEOUT, ROOT, run, unicc

HELLO = ROOT / "examples" / "hello" / "hello.py"
DICE = ROOT / "examples" / "dice" / "dice.py"

# A sizeable function nothing calls; `CALL` makes hello's main call it.
UNUSED = '''

def unused_report(rows: list[str], width: int) -> str:
    counts: dict[str, int] = {}
    for r in rows:
        for w in r.split():
            counts[w.lower()] = counts.get(w.lower(), 0) + 1
    out: list[str] = []
    for k, v in sorted(counts.items()):
        line = f"{k:<{width}} {v:>6} {v * 100 // max(1, len(rows))}% {float(v) / 3.0:.3f}"
        out.append(line.upper().replace("A", "@").strip().center(width * 2))
    s: set[int] = {len(x) for x in out}
    t = tuple(sorted(s))
    out.append(repr(t) + bytes(range(len(t) + 10)).hex() + str(sum(t) ** 3 % 97))
    return "\\n".join(reversed(out))
'''
CALL = ("print(greet(who))", "print(greet(who), unused_report(args, 3))")

# A second Console implementation in the application; `USE` constructs it too,
# in a list next to the configured console (so calls become a type switch).
SPARE_CONSOLE = '''

class Boxed:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def write(self, text: str) -> None:
        self.lines.append(text)
        print("| " + text.upper().replace("\\n", " |\\n| "), end="")

    def log(self, line: str) -> None:
        self.write(f"{line:^40}\\n")
        print(sorted(self.lines), {x: len(x) for x in self.lines})
'''
USE = ('    console.log(f"3d6:', '    for c in [console, Boxed()]:\n        c.log(f"3d6:')


def size(program: Path, target: str = "unix", *args: str) -> dict[str, Any]:
    res = unicc(["size", str(program), "--target", target, "--format", "json", "--top", "5", *args],
                program.parent, "unicc size", BUILD_TIMEOUT)
    assert res.status == 0, res.stderr.decode("utf-8", "replace")[-3000:]
    doc: dict[str, Any] = json.loads(res.stdout)
    return doc


def loaded(doc: dict[str, Any]) -> dict[str, int]:
    return {s["name"]: s["size"] for s in doc["sections"] if s["loaded"]}


def variants(tmp_path: Path, source: str, extra: str, anchor: str, use: tuple[str, str]) -> list[Path]:
    """The program as it is, with `extra` inserted before `anchor`, and with it used:
    same directory and name length, and the program padded with as many blank
    lines as `extra` has, so only the code differs (line numbers are in the code)."""
    out = []
    padded = source.replace(anchor, "\n" * extra.count("\n") + anchor)
    for name, text in (("base", padded), ("dead", source.replace(anchor, extra + anchor)),
                       ("used", source.replace(anchor, extra + anchor).replace(*use))):
        (tmp_path / name).mkdir()
        p = tmp_path / name / "app.py"
        p.write_text(text)
        out.append(p)
    return out


def test_an_unused_function_leaves_no_code(tmp_path: Path) -> None:
    base, dead, used = variants(tmp_path, HELLO.read_text(), UNUSED, "\n\ndef main(", CALL)
    want, got = size(base), size(dead)
    assert not [s for s in got["symbols"] if "unused" in s["name"]]
    assert loaded(got) == loaded(want)
    # the control: the same function, called, does take room
    assert loaded(size(used))[".text"] > loaded(want)[".text"] + 1000


def test_an_unused_device_implementation_leaves_no_code(tmp_path: Path) -> None:
    base, dead, used = variants(tmp_path, DICE.read_text(), SPARE_CONSOLE, "\n\ndef roll(", USE)
    want, got = size(base), size(dead)
    assert not [s for s in got["symbols"] if "Boxed" in s["name"]]
    assert loaded(got) == loaded(want)
    # constructed as well, it costs its code and turns console calls into a type switch
    assert loaded(size(used))[".text"] > loaded(want)[".text"] + 1000
    out = run([str(ROOT / ".venv" / "bin" / "python"), "-m", "unicc", "run", str(used)], used.parent, "run")
    assert out.status == 0 and out.stdout.decode().count("3D6:") == 1, out.stdout


def test_the_standard_build_keeps_what_dce_drops(tmp_path: Path) -> None:
    _, dead, _ = variants(tmp_path, HELLO.read_text(), UNUSED, "\n\ndef main(", CALL)
    std = size(dead, "unix", "--no-dce")
    assert [s for s in std["symbols"] if s["name"] == "__main__.unused_report"]
    assert any(g["name"] == "runtime/core/set.c" for g in std["groups"])   # the whole runtime
    exe = tmp_path / "hello-std"
    res = unicc(["build", str(dead), "--no-dce", "-o", str(exe)], tmp_path, "build", BUILD_TIMEOUT)
    assert res.status == 0, res.stderr.decode()
    assert run([str(exe)], tmp_path, "run").stdout.startswith(b"hello, world!\n")


def adds_up(doc: dict[str, Any]) -> None:
    """Groups + unattributed == each loaded section; sections + headers == the file."""
    sections = doc["sections"]
    assert sum(s["size"] for s in sections if s["in_file"]) + doc["headers"] == doc["file_size"]
    per_section: dict[str, int] = {}
    for g in doc["groups"]:
        for name, n in g["sections"].items():
            per_section[name] = per_section.get(name, 0) + n
    for s in sections:
        if s["loaded"]:
            assert s["attributed"] == per_section.get(s["name"], 0), s
            assert s["attributed"] + s["unattributed"] == s["size"], s


@pytest.fixture(scope="module")
def hello_cubieboard2() -> dict[str, Any]:
    return size(HELLO, "cubieboard2", "--compare")


def test_hello_on_cubieboard2_dce_is_smaller_and_adds_up(hello_cubieboard2: dict[str, Any]) -> None:
    doc = hello_cubieboard2
    std, dce = doc["standard"], doc["dce"]
    adds_up(std)
    adds_up(dce)
    rows = {r["what"]: (r["standard"], r["dce"]) for r in doc["comparison"]}
    stored = (sum(s["size"] for s in std["sections"] if s["loaded"] and s["in_file"]),
              sum(s["size"] for s in dce["sections"] if s["loaded"] and s["in_file"]))
    assert rows["loaded from the file"] == stored
    assert stored[1] < stored[0] / 2, stored           # DCE keeps well under half
    assert rows["ELF file"] == (std["file_size"], dce["file_size"]) and dce["file_size"] < std["file_size"]
    assert rows["  .text"][1] < rows["  .text"][0]
    assert rows["runtime (C)"] == tuple(sum(g["size"] for g in d["groups"] if g["kind"] == "runtime")
                                        for d in (std, dce))


def test_compare_table(tmp_path: Path) -> None:
    res = unicc(["size", str(HELLO), "--target", "unix", "--compare"], tmp_path, "unicc size", BUILD_TIMEOUT)
    text = res.stdout.decode()
    assert res.status == 0, res.stderr.decode()
    head, *rows = [line for line in text.splitlines() if line.startswith("loaded from the file")]
    assert not rows
    standard, dce, removed = (int(x.replace(",", "")) for x in head.split()[4:7])
    assert standard - dce == removed > 0
    for want in ("standard", "DCE", "removed", ".text", "runtime/core/str.c", "by group:"):
        assert want in text, f"{want!r} missing from:\n{text}"


def test_builds_are_reproducible(tmp_path: Path) -> None:
    """The same program gives the same image, byte for byte, in another process:
    nothing in the output may depend on hashing or object addresses (the size
    comparisons above rely on it)."""
    images = []
    for name in ("one", "two"):
        image = tmp_path / name
        res = unicc(["build", str(DICE), "-o", str(image)], DICE.parent, "unicc build", BUILD_TIMEOUT)
        assert res.status == 0, res.stderr.decode("utf-8", "replace")[-3000:]
        images.append(image.read_bytes())
    assert images[0] == images[1]


def test_unused_stdlib_tables_leave_no_data(tmp_path: Path) -> None:
    """math's top level builds the tables of all its functions; a program that
    calls only sqrt keeps none of them, one that calls exp keeps exp's."""
    docs = {}
    for name, source in (("plain", "print(2.0 * 0.5)\n"), ("sqrt", "import math\nprint(math.sqrt(2.0))\n"),
                         ("exp", "import math\nprint(math.exp(1.5))\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "app.py").write_text(source)
        docs[name] = loaded(size(tmp_path / name / "app.py"))
    assert docs["sqrt"][".data"] == docs["plain"][".data"], docs
    assert docs["exp"][".data"] > docs["sqrt"][".data"] + 2000, docs   # the control: exp's table


def test_unmade_subclasses_leave_no_code(tmp_path: Path) -> None:
    """random seeds through hashlib's sha512: the method calls on hashlib's
    base class HASH are type switches over every hash class, and the arms of
    the classes nothing makes are cut, with their methods."""
    docs = {}
    for name, source in (("random", "import random\nrandom.seed('x')\nprint(random.random())\n"),
                         ("md5", "import random\nimport hashlib\nrandom.seed('x')\n"
                                 "print(random.random(), hashlib.md5(b'x').hexdigest())\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "app.py").write_text(source)
        docs[name] = {s["name"] for s in size(tmp_path / name / "app.py")["symbols"]}
    assert "hashlib._SHA512._blocks" in docs["random"]
    unmade = ("hashlib._MD5.", "hashlib._SHA1.", "hashlib._SHA256.", "hashlib._Keccak.", "hashlib.blake2b.")
    assert not {s for s in docs["random"] if s.startswith(unmade)}, docs["random"]
    assert "hashlib._MD5._blocks" in docs["md5"]   # the control: made, it is compiled
