# Optional / X | None values narrowed by `is None`, `is not None`, truthiness and early return.
from typing import Optional


class Node:
    def __init__(self, value: int, next: "Node | None" = None) -> None:
        self.value = value
        self.next = next


def find(xs: list[str], target: str) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def build(values: list[int]) -> Node | None:
    head: Node | None = None
    for v in reversed(values):
        head = Node(v, head)
    return head


def to_list(head: Node | None) -> list[int]:
    out: list[int] = []
    node = head
    while node is not None:
        out.append(node.value)
        node = node.next
    return out


def length_or_default(s: str | None, default: int = -1) -> int:
    if s is None:
        return default
    return len(s)


names = ["ann", "bob", "cy"]
for t in ["bob", "zed", "ann"]:
    idx = find(names, t)
    if idx is None:
        print(t, "missing")
    else:
        print(t, "at", idx, names[idx].upper())
head = build([1, 2, 3, 4])
print(to_list(head), to_list(None), to_list(build([])))
if head is not None and head.next is not None:
    print("second", head.next.value)
print(length_or_default("four"), length_or_default(None), length_or_default(None, 0))
maybe: dict[str, int | None] = {"a": 1, "b": None}
for k, v in maybe.items():
    print(k, v, v if v is not None else "default", (v or 0) + 10)
cache: str | None = None
for step in range(3):
    if cache is None:
        cache = "computed"
        print(step, "computing")
    else:
        print(step, "cached", cache)
x: Optional[int] = find(names, "cy")
assert x is not None
print(x + 100)
