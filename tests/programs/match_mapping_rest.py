"""`**rest` in a mapping pattern: a new dict of the items the pattern's keys
did not name, bound only when the whole pattern matches."""


def classify(d: dict[str, int]) -> str:
    match d:
        case {"a": 1, **rest}:
            return f"a1 {sorted(rest.items())} {len(d)}"
        case {"b": b, **others} if others:
            others["new"] = 0
            return f"b{b} {others} {d}"
        case {**everything} if len(everything) > 2:
            return f"all {everything is d} {everything == d}"
        case _:
            return "other"


def floats(d: dict[int, float]) -> None:
    match d:
        case {0: 0.5, 1: y, **more}:
            print(y, more, type(more).__name__)
        case _:
            print("no")


def main() -> None:
    print(classify({"a": 1, "x": 2}), classify({"b": 3, "c": 4}), classify({"b": 3}), classify({}))
    print(classify({"p": 1, "q": 2, "r": 3}), classify({"a": 2, "b": 5, "z": 1}))
    floats({0: 0.5, 1: 1.5, 2: 2.5})
    floats({0: 1.0})
    floats({1: 0.0, 0: 0.5})


main()
