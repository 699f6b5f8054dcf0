# A None narrowed away by assert: the assert fails with an uncaught AssertionError.


def lookup(table: dict[int, str], k: int) -> str | None:
    return table[k] if k in table else None


table = {1: "one", 2: "two", 4: "four"}
for k in range(1, 6):
    name = lookup(table, k)
    assert name is not None, f"no name for {k}"
    print(k, name, len(name))
