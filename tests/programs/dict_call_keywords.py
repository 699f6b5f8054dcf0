"""dict(a=1, ...) keyword arguments become str keys (mypy analyses the call
as a dict display: the assignment was dropped as if it declared a type)."""


def build(n: int) -> int:
    total = 0
    for i in range(n):
        d = dict(id=i, name="dummy", things=[])
        total += len(d)
    return total


def main() -> None:
    d = dict(a=5, b=7)
    print(len(d), d, dict(x=1), dict({"k": 2}, z=3), sorted(dict(q=1, p=2)))
    e = dict(id=5, name="dummy", things=[])
    print(e, build(3))


main()
x = dict(top=1)
print(x)
