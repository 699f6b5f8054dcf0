import pickle
import shutil


def pack_it() -> bytes:
    return pickle.dumps(3)


def now() -> str:
    return shutil.which("sh") or ""


def fine(n: int) -> int:
    return n + 1


def spread(xs: list[int]) -> int:
    return max(*xs)


class Box:
    def __init__(self, v: int) -> None:
        self.v = v

    def show(self) -> str:
        return str(memoryview(bytes(self.v)))

    def ok(self) -> int:
        return self.v


def same(s: str) -> bool:
    return s[0] == ord("a")


print(fine(1), pack_it(), now(), spread([1]), Box(2).show(), same("a"))
print(eval("1"))
