# error: 8:12: await of this type is not supported by unicc
from typing import Awaitable


async def twice(a: Awaitable[int]) -> int:
    # an Awaitable may be any object with __await__: unicc needs the
    # coroutine type or the concrete class
    return await a * 2
