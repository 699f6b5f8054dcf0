"""f(**d): dict items as keyword arguments, into named parameters (with
defaults, keyword-only), **kwargs, constructors and methods; CPython's
TypeErrors for unknown, repeated and missing names."""
from dataclasses import dataclass


def show(a: int, b: int = 2, *, c: int = 3, d: int = 4) -> str:
    return f"a={a} b={b} c={c} d={d}"


def collect(first: int, **kw: int) -> str:
    return f"{first} {sorted(kw.items())} {list(kw)}"


def label(text: str, /, prefix: str = "<", suffix: str = ">") -> str:
    return prefix + text + suffix


@dataclass
class Conf:
    host: str
    scheme: str = "http"


class Greeter:
    def __init__(self, name: str, punct: str = "!") -> None:
        self.name, self.punct = name, punct

    def greet(self, greeting: str, tail: str = "") -> str:
        return f"{greeting}, {self.name}{self.punct}{tail}"


opts = {"b": 20}
ints = {"a": 3}
print(show(1, **opts), show(**ints), show(**ints, **opts), show(**{"a": 5, "d": 40, "c": 30}))
print(show(2, **{}), show(1, c=7, **{"d": 8}))
print(collect(1, **{"z": 1, "a": 2}), collect(first=0, x=9, **{"y": 8}), collect(**{"first": 7}))
print(collect(1, **{"y": 2}, x=3), collect(**{"first": 1, "w": 5}))
print(label("t", **{"suffix": "]"}), label("u", **{"prefix": "(", "suffix": ")"}))
print(Conf(**{"host": "h"}), Conf(**{"host": "h", "scheme": "https"}))
g = Greeter(**{"name": "Ann"})
print(g.greet(**{"greeting": "hi", "tail": "?"}), g.greet("yo", **{"tail": "."}))
for bad in [{"a": 1, "zz": 2}, {"b": 1}, {}, {"a": 1, "a2": 2}, {"c": 1, "d": 1}]:
    try:
        print(show(**bad))
    except TypeError as e:
        print("TypeError", e)
for twice in [{"a": 2}, {"c": 5}]:
    try:
        print(show(1, c=0, **twice))
    except TypeError as e:
        print("TypeError", e)
try:
    print(show(**{"a": 1}, **{"a": 2}))
except TypeError as e:
    print("TypeError", e)
try:
    print(collect(**{"x": 1}))
except TypeError as e:
    print("TypeError", e)
try:
    print(label(**{"text": "no"}))  # type: ignore[call-arg]
except TypeError as e:
    print("TypeError", e)
