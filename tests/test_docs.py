"""The examples in docs/language.md are programs too: each ```python block is
compiled and run beside CPython, like tests/programs/.  A block that says
`# differs:` shows the deliberate i64 difference and is only compiled.
A block with `# file: NAME` lines is a multi-module program."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from conftest import Runner

DOC = Path(__file__).resolve().parent.parent / "docs" / "language.md"


def blocks() -> list[tuple[int, str]]:
    text = DOC.read_text()
    return [(text[:m.start()].count("\n") + 1, m.group(1))
            for m in re.finditer(r"```python\n(.*?)```", text, re.S)]


def write_program(src: str, where: Path) -> Path:
    parts = re.split(r"^# file: (\S+)\n", src, flags=re.M)
    files = {"main.py": src} if len(parts) == 1 else dict(zip(parts[1::2], parts[2::2]))
    for name, text in files.items():
        (where / name).parent.mkdir(parents=True, exist_ok=True)
        (where / name).write_text(text)
    return where / "main.py"


@pytest.mark.parametrize("line,src", blocks(), ids=[f"line{n}" for n, _ in blocks()])
def test_doc_example(line: int, src: str, runner: Runner, tmp_path: Path) -> None:
    prog = write_program(src, tmp_path / "src")
    got = runner.compiled(prog, tmp_path)
    if "# differs:" not in src:
        runner.assert_same(runner.reference(prog), got)
