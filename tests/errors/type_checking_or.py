# error: 6:7: TYPE_CHECKING in `or` is not supported by unicc: mypy takes it for true and CPython for false, so they evaluate different operands
# mypy types `TYPE_CHECKING or "runtime"` as its left operand (a bool), but
# CPython evaluates to the right one (a str).
from typing import TYPE_CHECKING

print(TYPE_CHECKING or "runtime")
