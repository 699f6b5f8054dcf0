# A plain with around awaits in tasks: __exit__ runs when the task resumes past
# the body, or when the exception raised after an await leaves it.
from types import TracebackType

from unicc_loop import run, sleep, spawn


class Span:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> None:
        print("enter", self.name)

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        print("exit", self.name, repr(ev) if ev is not None else "-")


async def task(name: str, fail: bool) -> int:
    with Span(name):
        await sleep(0.001)
        if fail:
            raise RuntimeError(name)
        await sleep(0.001)
    return 1


async def main() -> None:
    a = spawn(task("a", False))
    b = spawn(task("b", True))
    print(await a)
    try:
        await b
    except RuntimeError as e:
        print("caught", e)


run(main())
