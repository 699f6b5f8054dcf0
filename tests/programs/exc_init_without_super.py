"""An exception class whose __init__ does not call super().__init__ still
keeps its one positional constructor argument, as CPython's
BaseException.__new__ does; super().__init__(...) in __init__ replaces it."""


class Quiet(Exception):
    def __init__(self, msg: str) -> None:
        self.msg = msg


class Counted(ValueError):
    def __init__(self, n: int) -> None:
        self.n = n * 2


class Renamed(Exception):
    def __init__(self, msg: str) -> None:
        super().__init__("renamed: " + msg)


class Missing(KeyError):
    def __init__(self, key: str) -> None:
        self.key = key


class Bare(Exception):
    def __init__(self) -> None:
        self.code = 3


for exc in [Quiet("boom"), Counted(21), Renamed("x"), Missing("k"), Bare()]:
    try:
        raise exc
    except Exception as e:
        print("caught", repr(str(e)))

try:
    raise Quiet("uncaught at the end")
except Quiet as q:
    print(q.msg, str(q))
raise Counted(5)
