"""match statements: literal, capture, wildcard, value, singleton, OR, AS,
sequence (with a star), mapping and class patterns (positional through
__match_args__, keywords, nested), guards, the subject evaluated once."""
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


def command(text: str) -> str:
    match text.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take", *_]:
            return "take what?"
        case ["look" | "l"]:
            return "looking"
        case [verb, _, *rest]:
            return f"{verb} with {len(rest)} more"
        case _:
            return "unknown"


def describe(x: object) -> str:
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"str {s!r}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=px, y=py) if px == py:
            return f"diagonal {px}"
        case Point():
            return "a point"
        case Circle(Point(cx, cy), r=radius):
            return f"circle at {cx},{cy} r={radius}"
        case _:
            return "other"


def code(c: Color) -> str:
    match c:
        case Color.RED:
            return "r"
        case Color.GREEN:
            return "g"


def status(n: int) -> str:
    match n:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case other:
            return f"code {other}"


def pair(t: tuple[int, str]) -> str:
    match t:
        case (0, s):
            return "zero " + s
        case (n, "x"):
            return f"x {n}"
        case (n, s):
            return f"{n}{s}"


def config(d: dict[str, int]) -> str:
    match d:
        case {"port": 80}:
            return "http"
        case {"port": p, "tls": 1}:
            return f"tls on {p}"
        case {"port": p}:
            return f"port {p}"
        case _:
            return "no port"


for t in ["", "go north", "take a b", "take", "look", "l", "eat the cake now", "jump"]:
    print(command(t))
for v in [None, True, -3, 4, 2.5, "hi", Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 2), Circle(Point(1, 2), 3.0), [1]]:
    print(describe(v))
print(code(Color.RED), code(Color.GREEN), status(200), status(201), status(404), status(500))
print(pair((0, "a")), pair((3, "x")), pair((4, "y")))
print(config({"port": 80}), config({"port": 443, "tls": 1}), config({"port": 8080}), config({}))


def subject(n: int) -> list[int]:
    print("subject evaluated", n)
    return list(range(n))


def shape(xs: list[int]) -> str:
    match xs:
        case [1, 2] | [2, 1]:
            return "one-two"
        case [0, *middle, last] if last > 3:
            return f"from 0 via {middle} to {last}"
        case [first, *_]:
            return f"starts {first}"
    return "nothing"


def words(t: tuple[str, ...]) -> str:
    match t:
        case ("a", x) | (x, "a"):
            return "with a: " + x
        case (x,):
            return "single " + x
        case _:
            return str(len(t))


def lines(ps: list[Point]) -> list[str]:
    out = []
    for p in ps:
        match p:
            case Point(x=0) as q:
                out.append(f"x=0 {q}")
            case Point(y=yy) if yy > 5:
                out.append(f"high {yy}")
            case _:
                out.append("rest")
    return out


def gen(xs: list[object]) -> list[str]:
    return [describe(x) for x in xs]


print(shape(subject(3)), shape(subject(0)), shape([2, 1]), shape([0, 7, 8, 9]), shape([0, 1]))
print(words(("a", "b")), words(("c", "a")), words(("z",)), words(()), words(("p", "q", "r")))
print(lines([Point(0, 1), Point(3, 9), Point(4, 4)]))
print(gen([False, 0, 0.0, "", Circle(Point(0, 0), 0.5)]))
match status(404).split():
    case [_, "found"]:
        print("module level: found")
    case _:
        print("module level: other")
