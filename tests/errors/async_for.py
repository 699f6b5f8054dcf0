# error: 16:20: async for needs an object of a compiled class with __aiter__
from typing import AsyncIterator


class Ticks:
    def __aiter__(self) -> AsyncIterator[int]:
        return self

    async def __anext__(self) -> int:
        raise StopAsyncIteration


async def main() -> int:
    total = 0
    # the line below is the error
    async for t in Ticks():
        total += t
    return total
