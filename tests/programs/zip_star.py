"""zip(*xs): a transpose, one tuple per position of as many items as xs has
iterables (a count known only at run time, so mypy types them Any); it stops
at the shortest and makes nothing of an empty xs."""


def transpose(rows: list[list[int]]) -> list[list[int]]:
    return [list(col) for col in zip(*rows)]


def firsts(rows: list[list[float]]) -> list[float]:
    out: list[float] = []
    for col in zip(*rows):
        out.append(col[0])
    return out


def main() -> None:
    rows = [[1, 2, 3], [4, 5, 6]]
    print(list(zip(*rows)), transpose(rows), transpose([]), transpose([[7]]))
    for col in zip(*rows):
        print(col, len(col), list(col), col[0], col[-1])
    words = ["abc", "de", "fgh"]
    print(list(zip(*words)), ["".join(map(str, c)) for c in zip(*words)])
    print(list(zip(*[[1.5, 2.5]])), list(zip(*[(True, False), (False, True)])), list(zip(*[[None], ["x"]])))
    z = zip(*rows)
    print(next(z), list(z), list(z))
    pairs = [(1, "a"), (2, "b"), (3, "c")]
    print([list(t) for t in zip(*pairs)], list(zip(*zip(*pairs))))
    t = transpose([[1, 2, 3], [4, 5, 6]])
    f = firsts([[1.5, 2.5], [3.5, 4.5]])
    print(sum(t[0]), t[1][0] + 1, max(t[2]), f, sum(f))
    sets = [{1}, {2}]
    print(list(zip(*sets)), list(zip(*({"k": 1}, {"j": 2}))), list(zip(*(range(3), range(10, 12)))))


main()
