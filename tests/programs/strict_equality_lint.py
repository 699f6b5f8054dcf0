"""Comparisons mypy --strict only warns of ([comparison-overlap]: the types
never overlap, so == is always False) are valid Python and compile: a str
compared with an int, as mypyc's microbenchmarks/strings.py does
(`s[j] == ord('a')`).  unicc warns and builds; the results are CPython's."""

from dataclasses import dataclass
from typing import cast


@dataclass
class P:
    x: int


@dataclass
class Q:
    x: int


def count(s: str) -> int:
    n = 0
    for j in range(len(s)):
        if s[j] == ord("a"):   # never: a str is no int
            n += 1
        if s[j] != ord("b"):
            n += 10
    return n


def mixed(s: str, b: bytes, f: float, xs: list[int], d: dict[int, str]) -> list[bool]:
    return [s == b, b == s, s == f, f != s, s in xs, s not in xs, s in d, b[:1] == "a",
            P(1) == Q(1), (1, "a") == ("a", 1), [1] == ["1"], s is f]


print(count("abcab"), count(""), count("bbb"))
print(mixed("a", b"a", 1.0, [1, 97], {97: "a"}))
print(mixed("", b"", 0.0, [], {}))
print(cast(int, 5) + 1)   # a redundant cast: a warning
