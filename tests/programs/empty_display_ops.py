"""Operations on an empty display, typed list[Never] by mypy: `[] + xs`,
sum(xs, start) with an empty list or start, keys of its (absent) items."""


def main() -> None:
    print(sum([], [7]), sum([[1], [2]], [7]), sum([], 0.5), sum([], ()), sum([], 3))
    print([] + [1], [1] + [], [] + [], [] + ["a"], [1.5] + [], [] * 3)
    print(sorted([], key=len), max([], key=len, default="d"), min([], default=3), sorted([], key=abs))
    ys = [] + [2.5]
    ys.append(1)
    zs = ["z"] + []
    zs.append("y")
    print(ys, sum(ys), zs)


main()
