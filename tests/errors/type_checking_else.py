# error: 13:5: this code runs only when TYPE_CHECKING is false, and mypy does not check it: unicc cannot compile it
# The branch CPython takes when TYPE_CHECKING is false is the one mypy skips:
# it has no types, so it cannot be compiled (an empty one, or `pass`, is fine).
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    Numbers = Sequence[int]
else:
    pass
if not TYPE_CHECKING:
    Numbers = list
print("unreachable for mypy")
