# User dunders: __len__, __eq__, __lt__, __repr__, __str__, __hash__ used by builtins.
from __future__ import annotations


class Vec:
    def __init__(self, xs: list[int]) -> None:
        self.xs = xs

    def __len__(self) -> int:
        return len(self.xs)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vec):
            return NotImplemented
        return self.xs == other.xs

    def __lt__(self, other: Vec) -> bool:
        return sum(self.xs) < sum(other.xs)

    def __hash__(self) -> int:
        h = 17
        for x in self.xs:
            h = (h * 31 + x) % 1000003
        return h

    def __repr__(self) -> str:
        return f"Vec({self.xs!r})"

    def __str__(self) -> str:
        return "<" + ", ".join(str(x) for x in self.xs) + ">"


a = Vec([1, 2, 3])
b = Vec([1, 2, 3])
c = Vec([0, 0, 9])
print(len(a), a == b, a != c, a is b, a < c, c < a, a > c)
print(a, repr(a), str(c), [a, c], (a,), {"k": c}, f"{a} {a!r}")
vs = [c, Vec([5]), a, Vec([]), Vec([-1, 0])]
print(sorted(vs), max(vs), min(vs), len(vs[3]), sorted(vs, reverse=True)[0])
vs.sort()
print(vs, [len(v) for v in vs])
seen = {a: "first"}
seen[b] = "same key"
seen[c] = "other"
print(len(seen), seen[Vec([1, 2, 3])], hash(a) == hash(b), hash(a), seen)
bag = {a, b, c, Vec([1, 2, 3])}
print(len(bag), Vec([0, 0, 9]) in bag, Vec([9]) in bag)
print(a == 5, Vec([]) == Vec([]), [Vec([2])] == [Vec([2])], Vec([1]) in [Vec([0]), Vec([1])])
print(a.__eq__(b), [1, 2, 3] == a.xs, len(Vec(list(range(7)))))
if len(Vec([])):
    print("nonempty")
else:
    print("empty has len 0")
