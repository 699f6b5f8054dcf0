from typing import Iterator


def counted(n: int) -> list[int]:
    out = []
    for i in range(n):      # range(n) is made once: the body's n += 1 does not extend it
        out.append(i)
        n += 1
    return out


def stepped(n: int, step: int) -> list[int]:
    out = []
    for i in range(0, n, step):
        out.append(i)
        n += 2
        step = 1
    return out


def doubling(n: int) -> Iterator[int]:
    for i in range(n):
        yield i
        n <<= 1
        print("n", n)


def rebound() -> None:
    xs = [1, 2, 3]
    for x in xs:
        xs = [9]
        print(x)
    ys = [1, 2, 3]
    for i, y in enumerate(ys):
        ys = ys[:1]
        print(i, y)
    s = "abc"
    for c in s:
        s = ""
        print(c)
    d = {"a": 1, "b": 2}
    for k in d:
        d = {}
        print(k)
    e = {"a": 1, "b": 2}
    for k, v in e.items():
        e = {}
        print(k, v)
    st = {3, 1}
    for m in st:
        st = set()
        print(m)
    zs = [4, 5]
    for a, b in zip(zs, zs):
        zs = []
        print(a, b)
    r = range(3)
    for j in r:
        r = range(0)
        print(j)
    w = [1, 2]
    for v2 in w[:]:
        w.append(v2)
    print(w, xs, ys, s, d, e, st, zs, r)


print(counted(3), stepped(6, 2), list(doubling(4)))
rebound()
