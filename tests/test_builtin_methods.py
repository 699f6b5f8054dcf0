"""stdlib/unicc_builtins.py, the methods of builtin types written in the
subset: its shape (tests/programs/methods_*.py check its behaviour)."""

from __future__ import annotations

import ast

from conftest import ROOT

SOURCE = ROOT / "stdlib" / "unicc_builtins.py"
TYPES = {t.__name__: t for t in (str, bytes, bytearray, int, float, list, dict, set, frozenset, tuple)}


def functions() -> list[ast.FunctionDef]:
    return [n for n in ast.parse(SOURCE.read_text()).body if isinstance(n, ast.FunctionDef)]


def test_top_level_is_only_functions() -> None:
    # no program imports the module, so its top level never runs: a global
    # would be read uninitialised
    tree = ast.parse(SOURCE.read_text())
    for node in tree.body[1:]:
        assert isinstance(node, (ast.FunctionDef, ast.ImportFrom)), f"line {node.lineno}: only functions here"


def test_each_method_exists_in_cpython_with_its_first_parameter_self() -> None:
    for f in functions():
        type_name, _, method = f.name.partition("_")
        if type_name in TYPES:
            assert hasattr(TYPES[type_name], method), f"{f.name}: {type_name} has no method {method}"
            assert f.args.args[0].arg == "self", f.name
