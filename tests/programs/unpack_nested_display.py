class K:
    def __init__(self) -> None:
        self.s = "a"
        self.n = 0


def main() -> None:
    l0 = [1, 2, 3]
    o0 = K()
    b0 = False
    # nested tuple displays unpacked in place: mypy types neither display
    (l0[1], o0.s), b0 = (max(sum(l0), 5), "ß"), (2 in l0)
    print(l0, o0.s, b0)
    (x, y), z = (1, "q"), True
    print(x, y, z)
    ((p, q), r), s = ((2.5, [7]), "deep"), -3
    print(p, q, r, s)
    t = (4, "t")
    (o0.n, o0.s), (m, w) = t, (x + 1, y * 2)
    print(o0.n, o0.s, m, w)
    a, (c, d) = 9, ("c", None)
    print(a, c, d)


main()
