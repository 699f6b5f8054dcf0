"""with inside generators (closed early by a loop break: __exit__ sees
GeneratorExit), return through nested with and finally, and an exception
replaced inside an outer with."""

from types import TracebackType
from typing import Iterator


class Res:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> str:
        print("open", self.name)
        return self.name.upper()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        print("close", self.name, et is None, repr(ev) if ev is not None else "-")



def lines(n: int) -> Iterator[str]:
    with Res("file") as f:
        for i in range(n):
            yield f"{f}:{i}"
    print("gen done")


def first_two() -> list[str]:
    out = []
    for line in lines(5):
        out.append(line)
        if len(out) == 2:
            break
    return out


def value_through() -> int:
    with Res("a"):
        try:
            with Res("b"):
                return 1
        finally:
            print("finally")


def nested_exc() -> None:
    try:
        with Res("outer"):
            try:
                with Res("inner"):
                    raise ValueError("v")
            except ValueError:
                print("handled inside outer")
                raise KeyError("k")
    except KeyError as e:
        print("got", e)


print(first_two())
print(list(lines(2)))
print(value_through())
