"""docs/conformance.md is held to what it claims: every program it names
exists, a supported built-in or method is called in the program named for
it, every row has a known status, and every built-in function and every
method of the built-in types CPython has is listed."""

from __future__ import annotations

import builtins
import re

from conftest import ROOT

DOC = ROOT / "docs" / "conformance.md"
TYPES = (str, bytes, bytearray, list, dict, set, frozenset, tuple, int, float)
STATUSES = {"supported", "rejected", "differs"}
# The only constructs that may compile and behave differently: each is
# explained under "Known differences" in the page.
ALLOWED_DIFFERENCES = {
    "int beyond 64 bits",                            # by design
    "an int beyond 50 bits held where float is declared",   # the defects below are open
    "a bool held where int is declared",
    "NaN identity in containers",
    "attribute and item fields in a run-time format string",
    "generators held elsewhere",
    "a class defined in a function, run again",
    "IntEnum members held as int",
    "a negative float ** a non-integral float",
    "float methods of an int held where float is declared",
    "an int held where complex is declared",
    "NotImplemented from an explicit dunder call",
    "reflected comparisons decided by static types",
    "a key function that reads the list it sorts",
    "cast() to a TypedDict of a dict with unboxed values",
    "keywords into an OrderedDict or defaultdict of non-str keys",
}


def rows() -> list[tuple[str, str, str, str]]:
    """(section, construct, status, proof) of every table row."""
    out = []
    section = ""
    for line in DOC.read_text().splitlines():
        if line.startswith("## "):
            section = line[3:]
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 3 and cells[1] in STATUSES:
            out.append((section, cells[0], cells[1], cells[2]))
    return out


def paths(proof: str) -> list[str]:
    return re.findall(r"`(tests/[\w/.-]+\.py)`", proof)


def test_every_named_program_exists() -> None:
    for _, construct, _, proof in rows():
        for p in paths(proof):
            assert (ROOT / p).is_file(), f"{construct}: {p} does not exist"


def test_each_row_is_proven_as_its_status_says() -> None:
    for _, construct, status, proof in rows():
        if status == "supported":
            assert any(p.startswith("tests/programs/") for p in paths(proof)), \
                f"{construct}: a supported row names a differential program"
        elif status == "rejected":
            assert proof, f"{construct}: a rejected row quotes its error or names its test"
        else:
            assert construct.strip("`") in ALLOWED_DIFFERENCES, f"{construct}: compiles but differs"


def called_in(name: str, proof: str, method: bool) -> bool:
    pattern = (r"\." if method else r"(?<![.\w])@?") + re.escape(name) + r"\b"
    return any(re.search(pattern, (ROOT / p).read_text()) for p in paths(proof) if p.startswith("tests/programs/"))


def test_every_builtin_function_has_a_row_and_supported_ones_are_called() -> None:
    table = {}
    for section, construct, status, proof in rows():
        if section == "Built-in functions":
            for name in re.findall(r"`(\w+)\(\)`", construct):
                table[name] = (status, proof)
    functions = [n for n in dir(builtins) if not n.startswith("_") and callable(getattr(builtins, n))
                 and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))]
    for name in functions:
        assert name in table, f"docs/conformance.md has no row for {name}()"
        status, proof = table[name]
        if status == "supported":
            assert called_in(name, proof, method=False), f"{name}() is not called in {proof}"


def test_every_method_has_a_row_and_supported_ones_are_called() -> None:
    table = {}
    for section, construct, status, proof in rows():
        if section == "Methods of built-in types":
            m = re.fullmatch(r"`(\w+)\.(\w+)\(\)`", construct)
            assert m, f"method rows read `type.method()`: {construct}"
            table[m[1], m[2]] = (status, proof)
    for t in TYPES:
        for name in (n for n in dir(t) if not n.startswith("_")):
            assert (t.__name__, name) in table, f"docs/conformance.md has no row for {t.__name__}.{name}()"
            status, proof = table[t.__name__, name]
            if status == "supported":
                assert called_in(name, proof, method=True), f"{t.__name__}.{name}() is not called in {proof}"
