from typing import Iterator


def gen(n: int) -> Iterator[int]:
    yield from range(n)


def wrapped() -> Iterator[str]:
    return iter(["w1", "w2", "w3"])


t = ("a", "b")
for x in iter(t):
    print(x)
print("end")
for i in iter([1, 2, 3]):
    if i == 2:
        break
    print(i)
for ch in iter("hé"):
    print(ch)
for k in iter({"x": 1, "y": 2}):
    print(k)
for s in iter({5}):
    print(s)
for by in iter(b"AB"):
    print(by)
for w in wrapped():
    print(w)
    if w == "w2":
        break
it = iter([10, 20, 30, 40])
print(next(it), next(it, -1))
print(list(it), next(it, -1), list(it))
ti = iter(("p", "q", "r"))
print(next(ti))
print(list(ti), next(ti, "done"))
si = iter("xyz")
print(next(si), "".join(si))
di = iter({"a": 1, "b": 2})
print(next(di), list(di))
g = gen(4)
print(next(g), list(g))
bi = iter(b"hi")
print(next(bi), list(bi), next(bi, 0))
empty: Iterator[int] = iter([])
print(next(empty, 99))
print(next(iter(t)))
print(next(empty))
