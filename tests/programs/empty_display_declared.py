"""Operators of empty displays (`[] + []`, `[] * n`, of type list[Never])
assigned, returned and passed where a list[int] or list[float] is declared:
the container made stores its items as the declaration says."""


def made() -> list[int]:
    return [] + []


def fill(xs: list[float], n: int) -> list[float]:
    for i in range(n):
        xs.append(i / 2)
    return xs


ys: list[int] = [] + []
ys.append(3)
zs: list[float] = [] * 4
zs.append(2.5)
ws: list[int] = [1] + []
ws += [] + [9]
a = made()
a.append(2)
a.extend([4, 5])
print(ys, zs, ws, a, sum(a), max(a))
print(fill([] + [], 3), fill([] * 2, 2))
d: dict[str, int] = {} | {}
d["k"] = 7
print(d, sorted(d.values()))
