# error: 6:2: decorator @contextlib.contextmanager is not supported by unicc
import contextlib
from typing import Iterator


@contextlib.contextmanager
def managed() -> Iterator[int]:
    yield 1


with managed() as m:
    print(m)
