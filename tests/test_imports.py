"""The compiler's modules import each other without cycles.

Every import counts, including those inside functions (a cycle hidden in a
function-local import is still a cycle: the modules cannot be understood,
tested or reordered one without the other).  irbuild recurses through
Builder.accept instead (see irbuild/visitor.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "unicc"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(name: str, tree: ast.Module, modules: set[str]) -> set[str]:
    """The unicc modules that module `name` imports, wherever the import is."""
    package = name if (PACKAGE / "/".join(name.split(".")[1:]) / "__init__.py").exists() else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            # `from pkg import mod` imports the module pkg.mod
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in modules:   # `import unicc.ir.ops` of a module; attributes of one
                t = t.rpartition(".")[0]
            if t and t != name:
                out.add(t)
    return out


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imported(module_name(p), ast.parse(p.read_text(), str(p)), modules) for p in paths}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of imports as a list of modules (the first one repeated at the end), or None."""
    state: dict[str, int] = {}     # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                return path[path.index(n):] + [n]
            if n not in state:
                found = visit(n)
                if found:
                    return found
        path.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state:
            found = visit(m)
            if found:
                return found
    return None


def test_no_import_cycles() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_package_imports_nothing_above_it() -> None:
    """A package's __init__ would import its modules; ours are empty, so that
    `from unicc.irbuild import mapper` means the module alone."""
    graph = import_graph()
    assert graph["unicc.irbuild"] == set()


def test_the_reference_run_loads_no_compiler() -> None:
    """`unicc run --target python` runs once per program in each differential
    suite: what it imports up to starting CPython (the CLI, the device
    configuration) must not pull in mypy or llvmlite (about 0.5 s each run)."""
    import subprocess
    import sys
    probe = ("import sys, unicc.cli, unicc.config, unicc.run.reference\n"
             "print(sorted(m for m in ('mypy', 'llvmlite') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
