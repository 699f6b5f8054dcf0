# error: 18:16: with needs an object of a class with __aenter__ and __aexit__
from types import TracebackType


class Session:
    def __enter__(self) -> "Session":
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        pass


async def main() -> None:
    with Session():
        pass
    # the line below is the error: Session is a plain context manager
    async with Session():  # type: ignore[attr-defined]
        pass
