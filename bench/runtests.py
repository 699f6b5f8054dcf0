"""mypyc's own run tests as typed programs nobody here wrote: how many unicc
compiles unchanged, and which it gets wrong.

    .venv/bin/python -m bench.runtests PATH [--files lists,dicts,...] [--only CASE,...]
                                            [--jobs N] [--markdown FILE] [--keep]

PATH is a checkout of github.com/python/mypy; its mypyc/test-data/run-*.test
files hold mypyc's compile-and-run cases.  Nothing of them is in this
repository: each case becomes a program at run time, in a temporary
directory.  A case's first part is the module mypyc compiles; when the case
has a `[file driver.py]`, the driver (untyped code that calls the module)
is appended to it with its `from native import ...` lines blanked, so one
program holds both; without a driver, mypyc's harness calls every
module-level `test_*` function, and so does the line appended here.  Other
`[file X.py]` parts are modules beside it.  `testutil.assertRaises`, the
one helper of mypyc's fixture the cases import, comes from a stand-in
written here (a class, the same checks).  Cases marked `-xfail`, for
another Python version (`_python3x`) or for 32-bit builds are left out, as
are the cases that import other names from mypyc's fixtures, mypy_extensions
internals or `native` as a module.

Each program then goes through bench.peers' measurement: CPython first (a
case CPython cannot run here is "not-run"), then unicc for --target unix,
stdout and exit status compared.  Many cases test CPython-level features
unicc rejects by design (ints beyond 64 bits, `Any`, subclasses of
builtins, `exec`): those are `rejected` with a located error and count as
such.  What matters most are `differs` and `crash`: silent miscompiles.
This is a measurement, not a test; nothing here asserts.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from bench import peers
from bench.peers import PROG, Bench

TEST_DATA = "mypyc/test-data"
CASE = re.compile(r"^\[case (?P<name>[^\]]+)\]\s*$", re.M)
SECTION = re.compile(r"^\[(?P<kind>[a-z]+)(?: (?P<arg>[^\]]+))?\]\s*$", re.M)
# cases whose name says they are not for this run
SKIP_NAME = re.compile(r"(-xfail|_python3(?:[0-9]+)|_32bit|-skip)", re.I)
SKIPPED_WHY = "marked xfail or for another Python, or importing native or other fixtures"
IMPORT_NATIVE = re.compile(r"^\s*from native import .*$", re.M)
# our stand-in for mypyc's test-data/fixtures/testutil.assertRaises
TESTUTIL = '''from types import TracebackType


class assertRaises:
    """with assertRaises(E, "text"): the block must raise exactly E, its
    message containing the text."""

    def __init__(self, typ: type[BaseException], msg: str = "") -> None:
        self.typ = typ
        self.msg = msg

    def __enter__(self) -> None:
        pass

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> bool:
        assert e is not None, f"Expected {self.typ.__name__} but got no exception"
        assert type(e) is self.typ, f"{e!r} is not a {self.typ.__name__}"
        assert self.msg in str(e), f'Message "{e}" does not match "{self.msg}"'
        return True
'''
TESTUTIL_NAMES = {"assertRaises"}


def sections(body: str) -> tuple[str, dict[str, str]]:
    """The case's module and its `[file NAME]` parts (other sections, such as
    [out], are dropped: the output compared is CPython's)."""
    marks = list(SECTION.finditer(body))
    main = body[:marks[0].start()] if marks else body
    files: dict[str, str] = {}
    for m, nxt in zip(marks, [*marks[1:], None]):
        if m["kind"] == "file" and m["arg"]:
            files[m["arg"].strip()] = body[m.end():nxt.start() if nxt else len(body)]
    return main, files


def uses_other_fixtures(src: str) -> bool:
    for m in re.finditer(r"^\s*from testutil import (?P<names>.+)$", src, re.M):
        names = {n.strip().split(" as ")[0] for n in m["names"].strip("()").split(",")}
        if not names <= TESTUTIL_NAMES:
            return True
    return bool(re.search(r"^\s*import (native|testutil)\b", src, re.M))


def test_calls(src: str) -> str:
    """mypyc's harness, for a case without a driver: each test_* function, in order."""
    names = re.findall(r"^def (test_\w+)\(\)", src, re.M)
    return "".join(f"{n}()\n" for n in names)


def case_program(name: str, body: str) -> dict[str, str] | None:
    main, files = sections(body)
    # a .pyi is a stub for mypyc's fixture-only typeshed (asyncio): here the real module is there
    files = {name: text for name, text in files.items() if not name.endswith(".pyi")}
    driver = files.pop("driver.py", None)
    if uses_other_fixtures(main + (driver or "") + "".join(files.values())):
        return None
    prog = main.rstrip("\n") + "\n\n\n"
    if driver is not None:
        prog += IMPORT_NATIVE.sub("", driver)
    else:
        prog += test_calls(main)
    out = {f"{PROG}.py": prog, **files}
    if "testutil" in prog or any("testutil" in s for s in files.values()):
        out["testutil.py"] = TESTUTIL
    return out


def discover(checkout: Path, stems: list[str] | None) -> tuple[list[Bench], list[str]]:
    benches, skipped = [], []
    for path in sorted((checkout / TEST_DATA).glob("run-*.test")):
        stem = path.stem[len("run-"):]
        if stems and stem not in stems:
            continue
        text = path.read_text()
        cases = list(CASE.finditer(text))
        for m, nxt in zip(cases, [*cases[1:], None]):
            name = m["name"].strip()
            body = text[m.end():nxt.start() if nxt else len(text)]
            files = None if SKIP_NAME.search(name) else case_program(name, body)
            if files is None:
                skipped.append(f"{stem}.{name}")
                continue
            benches.append(Bench(f"{TEST_DATA}/{path.name}", name, files, []))
    return benches, skipped


def commit(checkout: Path) -> str:
    p = subprocess.run(["git", "-C", str(checkout), "log", "-1", "--format=%h %cs"],
                       capture_output=True, text=True, check=False)
    return p.stdout.strip() or "commit unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.runtests",
                                 description=(__doc__ or "").split("\n")[0])
    ap.add_argument("checkout", type=Path, help="a checkout of python/mypy")
    ap.add_argument("--files", help="comma-separated run-*.test stems (lists,dicts,...)")
    ap.add_argument("--only", help="comma-separated case names")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--markdown", type=Path, help="write the tables as Markdown to FILE")
    ap.add_argument("--keep", action="store_true", help="keep the temporary programs")
    args = ap.parse_args(argv)
    benches, skipped = discover(args.checkout.resolve(), args.files.split(",") if args.files else None)
    if args.only:
        want = set(args.only.split(","))
        benches = [b for b in benches if b.func in want]
    results = peers.measure_all(benches, max(1, args.jobs), args.timeout, False, args.keep)
    lines = peers.report(results, skipped, False, "cases", SKIPPED_WHY)
    print("\n".join(lines))
    if args.markdown:
        args.markdown.write_text(f"Measured by `python -m bench.runtests` on mypy ({commit(args.checkout)}).\n\n"
                                 + "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
