# error: 4:8: Any
from typing import Any

value: Any = 3
print(value)
