"""Methods of builtin types as values (xs.append, d.get, s.upper, "".join)
and methods of program classes passed to sorted/min/max/map/filter."""
from typing import Callable, Dict, List, Optional


class Scorer:
    def __init__(self, w: int) -> None:
        self.w = w

    def score(self, s: str) -> int:
        return len(s) * self.w

    def ok(self, s: str) -> bool:
        return len(s) > self.w


class Neg(Scorer):
    def score(self, s: str) -> int:
        return -len(s) * self.w


words = ["bb", "a", "cccc", "ddd"]
for sc in [Scorer(2), Neg(1)]:
    print(sorted(words, key=sc.score), max(words, key=sc.score), list(map(sc.score, words)))
    print(list(filter(sc.ok, words)), min(words, key=sc.score))

xs: List[int] = []
add: Callable[[int], None] = xs.append
for i in range(3):
    add(i * i)
print(xs)
pop: Callable[[], int] = xs.pop
print(pop(), xs)
d: Dict[str, int] = {"a": 1}
get: Callable[[str], Optional[int]] = d.get
d["b"] = 2
print(get("a"), get("z"), d)
text = "Hello"
up = text.upper
ends: Callable[[str], bool] = text.endswith
print(up(), ends("lo"), ends("x"))
join = ", ".join
print(join(["x", "y"]), list(map("-".join, [["a", "b"], ["c"]])))
counts = [3, 1, 3]
c = counts.count
print(c(3), list(map(counts.index, [1, 3])))
ba = bytearray(b"ab")
app: Callable[[int], None] = ba.append
app(99)
print(ba)
n = 255
print(list(map(str(n).zfill, [4, 5])))
rm = xs.remove
rm(42)
