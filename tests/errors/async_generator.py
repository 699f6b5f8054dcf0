# error: 5:1: async generators is not supported by unicc
from typing import AsyncIterator


async def ticks(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i
