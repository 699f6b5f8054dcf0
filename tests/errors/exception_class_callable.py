# error: 7:17: an exception class as a Callable value is not supported by unicc
"""An exception class passed where a Callable is expected (not type[...])."""
from typing import Callable

def make(f: Callable[[str], Exception]) -> Exception:
    return f("x")
print(repr(make(ValueError)))
