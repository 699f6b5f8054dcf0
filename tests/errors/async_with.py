# error: 15:5: async with is not supported
from types import TracebackType


class Session:
    async def __aenter__(self) -> "Session":
        return self

    async def __aexit__(self, et: type[BaseException] | None, ev: BaseException | None,
                        tb: TracebackType | None) -> None:
        pass


async def main() -> None:
    async with Session():
        pass
