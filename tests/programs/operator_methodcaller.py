"""operator.methodcaller: a method called by name on each item, as key= of
sorted/min/max/list.sort, passed to map/filter and called at once;
arguments (positional and keyword) evaluated when it is made; methods of
builtin types (overloads picked by the arguments) and of classes."""
import operator
from operator import methodcaller


class Account:
    def __init__(self, owner: str, cents: int) -> None:
        self.owner, self.cents = owner, cents

    def balance(self, rate: float = 1.0) -> float:
        return self.cents * rate / 100

    def label(self, prefix: str, *, upper: bool = False) -> str:
        text = prefix + self.owner
        return text.upper() if upper else text


def sep() -> str:
    print("sep evaluated")
    return "-"


words = ["  Banana ", "apple", " Cherry", "date  "]
print(list(map(methodcaller("strip"), words)), sorted(words, key=methodcaller("strip")))
print(list(map(operator.methodcaller("split", "a"), ["banana", "aXa"])))
print(list(map(methodcaller("replace", "a", "o", 1), ["banana", "cat"])))
print(list(map(methodcaller("rjust", 6, "*"), ["ab", "xyz"])), max(words, key=methodcaller("lower")))
joiner = [methodcaller("join", ["x", "y"])("+"), methodcaller("count", "a")("banana")]
print(joiner, methodcaller("upper")("quiet"), methodcaller("get", "k", 0)({"k": 5}))
print(list(filter(methodcaller("isdigit"), ["12", "a1", "7"])), list(map(methodcaller("bit_length"), [1, 255, 1024])))
accts = [Account("ann", 1250), Account("bob", 300), Account("cy", 9999)]
print(list(map(methodcaller("balance"), accts)), list(map(methodcaller("balance", 2.0), accts)))
print(list(map(methodcaller("label", "Mr "), accts)), list(map(methodcaller("label", "Dr ", upper=True), accts)))
accts.sort(key=methodcaller("balance"))
print([a.owner for a in accts], min(accts, key=methodcaller("balance", rate=-1.0)).owner)
print(list(map(methodcaller("split", sep()), ["a-b", "c"])))
nums = [[3, 1, 2], [9, 8]]
print(list(map(methodcaller("index", 1), [[1, 2], [0, 1]])), list(map(methodcaller("copy"), nums)))
try:
    print(list(map(methodcaller("index", 5), nums)))
except ValueError as e:
    print(type(e).__name__, e)
