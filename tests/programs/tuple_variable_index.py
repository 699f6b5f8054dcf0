# t[i] with a variable index into a tuple whose items have one static type:
# read inline when the item is stored in that type's kind (a table of
# constants, as SHA-256's K), else converted by the runtime (a bool in an
# int slot); negative indices count from the end; an
# index out of range raises IndexError.
K = (0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 7, -3)
F = (0.5, 1.5, 2.5)
S = ("a", "bc", "")


def table_sum(n: int) -> int:
    s = 0
    for t in range(n):
        s = (s + K[t]) & 0xFFFFFFFF
    return s


def at(t: tuple[int, int, int], i: int) -> int:
    return t[i]


def show(label: str, t: tuple[int, int, int], i: int) -> None:
    try:
        print(label, i, at(t, i) * 1)   # a bool held as int prints as 1 (docs/conformance.md)
    except IndexError as e:
        print(label, i, type(e).__name__, e)


print(table_sum(len(K)), table_sum(4), table_sum(0))
print([K[i] for i in range(-len(K), len(K))])
print([F[i] * 2 for i in range(3)], [S[i] + "!" for i in range(-3, 3)])
bools: tuple[int, int, int] = (True, 5, False)
for i in (-4, -3, -1, 0, 1, 2, 3, 1 << 40, -(1 << 40)):
    show("bools", bools, i)
    show("ints", (9, 2, 9), i)
u: tuple[object, object] = (1, "x")
j = 1
print(u[j], u[j - 1], K[j] + 1, F[-j], bools[j - 1] + 1)
g: tuple[float, float] = (1, 2.5)   # an int where float is declared stays one
print(g[j - 1], g[j], g[-j - 1], [g[i] for i in range(2)])
