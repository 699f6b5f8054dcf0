"""Functions reading globals the top level assigns after calling them."""
from dataclasses import dataclass

LIMIT = 10          # assigned before any call: never checked


def read_later() -> int:
    return later + LIMIT


def read_table() -> str:
    return table[1]


@dataclass
class Box:
    v: int

    def scaled(self) -> int:
        return self.v * factor


def try_read(what: str) -> None:
    try:
        if what == "later":
            print(read_later())
        elif what == "table":
            print(read_table())
        else:
            print(Box(2).scaled())
    except NameError as e:
        print("NameError:", e)


for w in ["later", "table", "box"]:
    try_read(w)
later = 5
table = {1: "one"}
for w in ["later", "table", "box"]:
    try_read(w)
factor = 3
try_read("box")
print(sorted([3, 1, 2], key=lambda x: x * factor))
print(read_later() + len(table))
