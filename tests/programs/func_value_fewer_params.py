"""Functions with defaults named where a Callable with fewer parameters is
declared: a def, a bound method, a nested def, in an argument, a return, a
list and a dict; the defaults are the ones evaluated when each def ran.  A
value held in a variable is called with all its arguments."""
from typing import Callable


def greet(name: str, punct: str = "!") -> str:
    return "hi " + name + punct


def apply(f: Callable[[str], str], x: str) -> str:
    return f(x)


class Shout:
    def __init__(self, times: int) -> None:
        self.times = times

    def say(self, s: str, sep: str = "-") -> str:
        return sep.join([s.upper()] * self.times)


def repeater(n: int) -> Callable[[str], str]:
    def rep(s: str, k: int = n) -> str:
        return s * k
    return rep


def chooser(loud: bool) -> Callable[[str], str]:
    if loud:
        return Shout(2).say
    return greet


g = greet
print(apply(greet, "a"), apply(Shout(3).say, "b"), apply(repeater(2), "c"))
print(g("d", "?"), chooser(True)("e"), chooser(False)("f"))
table: dict[str, Callable[[str], str]] = {"greet": greet, "say": Shout(1).say, "rep": repeater(3)}
for key in sorted(table):
    print(key, table[key]("x"))
steps: list[Callable[[str], str]] = [greet, repeater(2)]
out = "s"
for step in steps:
    out = step(out)
print(out)
