"""__exit__ written the ways typed code writes it: typing's types, `object`
for each, or `*exc: object`; the exception passed and the normal exit."""
from types import TracebackType


class A:
    def __enter__(self) -> "A":
        return self

    def __exit__(self, t: object, v: object, tb: object) -> None:
        print("A exit", t, v, tb is None)


class B:
    def __enter__(self) -> int:
        return 5

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None, tb: TracebackType | None) -> bool:
        print("B exit", t, repr(v), tb is None)
        return True


class C:
    def __enter__(self) -> None:
        pass

    def __exit__(self, *exc: object) -> None:
        print("C exit", exc[0], exc[1], len(exc))


class Quiet:
    def __exit__(self, et: object, ev: object, tb: object) -> bool:
        print("quiet", et)
        return True

    def __enter__(self) -> "Quiet":
        return self


with A() as a, B() as n, C():
    print("body", n)
    raise KeyError("k")
with C():
    pass
with Quiet():
    raise ValueError("swallowed")
print("end")
