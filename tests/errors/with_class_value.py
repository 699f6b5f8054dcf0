# error: 11:15: 'tb' (a traceback) is only compared with None
from types import TracebackType


class Loud:
    def __enter__(self) -> None:
        pass

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        print(tb, ev)


with Loud():
    raise ValueError("x")
