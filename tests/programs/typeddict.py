# TypedDict: dicts whose values are read as each key's type; class and
# functional syntax, total=False, NotRequired, nesting, construction by keywords,
# **td into a call, cast() of json.loads' result, the dict methods.
import json
from typing import NotRequired, TypedDict, cast


class Movie(TypedDict):
    name: str
    year: int


class Rated(Movie, total=False):
    stars: float


class Pt(TypedDict):
    x: int
    tags: list[str]
    extra: NotRequired[str]


def describe(m: Movie) -> str:
    return f"{m['name']} ({m['year']})"


m: Movie = {"name": "Blade Runner", "year": 1982}
print(m, describe(m), m["year"] + 1, len(m), "name" in m)
m["year"] = 2049
print(m, m.get("year"), m.get("name", "?"))
r: Rated = {"name": "Alien", "year": 1979}
print(r.get("stars"), "stars" in r)
r["stars"] = 4.5
print(r, r["stars"] * 2)
try:
    print(r["stars"] if False else Rated(name="x", year=1)["stars"])
except KeyError as e:
    print("KeyError", e)
p = Pt(x=3, tags=["a"])
p["tags"].append("b")
print(p, p["x"] * 2, sorted(p.keys()), list(p.values()))
movies: list[Movie] = [m, {"name": "Dune", "year": 2021}]
print(sorted(mv["year"] for mv in movies), max(movies, key=lambda mv: mv["year"])["name"])
print(m == {"name": "Blade Runner", "year": 2049}, dict(m))
for k, v in m.items():
    print(k, v)

Point = TypedDict("Point", {"x": int, "y": int})


class Inner(TypedDict):
    ok: bool
    score: float


class Outer(TypedDict):
    id: int
    inner: Inner
    items: list[Inner]


def make(i: int) -> Outer:
    return {"id": i, "inner": {"ok": i % 2 == 0, "score": 4}, "items": [Inner(ok=True, score=0.5)]}


def area(x: int, y: int) -> int:
    return x * y


o = make(3)
print(o, o["inner"]["ok"], o["inner"]["score"] * 2, o["items"][0]["score"])
pt = Point(x=2, y=5)
print(pt, area(**pt), Point(y=1, x=0))
o["inner"]["score"] += 1.5
print(o["inner"])
o["items"] = []
print(o, o.get("id"), o)
data = cast(Outer, json.loads('{"id": 7, "inner": {"ok": false, "score": 2.5}, "items": []}'))
print(data["id"] + 1, data["inner"], json.dumps(make(1)))
o2 = make(2)
o2.update({"id": 9})
print(o2.setdefault("id", 0), o2 == make(2), o2 != make(9))
print(isinstance(o2, dict), type(o2).__name__)
try:
    print(Rated(name="only", year=0)["stars"])
except KeyError as e:
    print("KeyError", e)
