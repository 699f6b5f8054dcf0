"""A display passed as an item of a container (append, insert, add, index,
count, remove, dict values) is stored like the container's items: the inner
list of a list[list[int]] keeps its ints unboxed and reads them back as ints."""


def main() -> None:
    b = []
    b.append([7, 6])
    b.append([3, 9])
    for u in b:
        print(min(u), max(u), sum(u))

    rows: list[list[int]] = []
    for i in range(3):
        rows.append([i * 2, i])
    rows.insert(0, [-1, -2])
    print(rows[0][0], rows[1][0], min(rows[2]), rows)
    print(rows.index([2, 1]), rows.count([4, 2]))
    rows.remove([0, 0])
    print(rows)

    floats: list[list[float]] = []
    floats.append([0.5, 1.5])
    print(floats[0][1] * 2)

    groups: dict[str, list[int]] = {}
    groups["a"] = [1, 2]
    groups.setdefault("b", [3, 4])
    print(groups["a"][1] + groups["b"][0])

    seen: set[tuple[int, int]] = set()
    seen.add((1, 2))
    print((1, 2) in seen)


main()
