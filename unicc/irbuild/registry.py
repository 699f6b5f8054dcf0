"""The builtin functions that have a specialised lowering, by full name
("builtins.len" -> the function that lowers a call of len).

builtin_funcs.py fills the table when it is imported (visitor.py imports it
for that).  Layers below the builtins ask it whether an expression
names a builtin (map(len, xs), a builtin passed as a value) and lower such a
call through it, without importing the builtins, which are built on them:
the same arrangement as mypyc's registry of specialisers.
"""

from __future__ import annotations

from typing import Callable

from mypy.nodes import CallExpr

from unicc.ir import ops as o
from unicc.irbuild.builder import Builder

BUILTIN_FUNCS: dict[str, Callable[[Builder, CallExpr], o.Register]] = {}

# the builtin classes whose call without arguments a function value may stand for
EMPTY_MAKERS = frozenset(f"builtins.{c}" for c in ("int", "float", "str", "bool", "list", "dict", "set"))
