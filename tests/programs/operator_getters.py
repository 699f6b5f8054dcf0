"""operator.itemgetter and operator.attrgetter: one and several items or
attributes (dotted too), as sort keys (sorted, list.sort, min, max), with
map and filter, and called at once; IndexError/KeyError/AttributeError-free
paths and the errors of indexing."""

import operator
from dataclasses import dataclass


@dataclass
class Pet:
    name: str
    legs: int


@dataclass
class Person:
    name: str
    age: int
    pet: Pet


def by(col: int, rows: list[list[int]]) -> list[list[int]]:
    return sorted(rows, key=operator.itemgetter(col))


def column(field: str, ds: list[dict[str, str]]) -> list[str]:
    return list(map(operator.itemgetter(field), ds))


def pick(i: int, j: int, row: list[str]) -> None:
    print(operator.itemgetter(i, j)(row), operator.itemgetter(j)(row))


def main() -> None:
    print(by(1, [[1, 9], [2, 3]]), by(0, [[1, 9], [2, 3]]), column("a", [{"a": "x"}, {"a": "y"}]))
    pick(0, 2, ["s", "1", "2.5"])
    pick(-1, 1, ["t", "7", "0.5"])
    pairs = [("b", 2), ("a", 3), ("c", 1), ("a", 1)]
    print(sorted(pairs, key=operator.itemgetter(1)))
    print(sorted(pairs, key=operator.itemgetter(0), reverse=True))
    print(sorted(pairs, key=operator.itemgetter(0, 1)))
    print(max(pairs, key=operator.itemgetter(1)), min(pairs, key=operator.itemgetter(-1)))
    print(list(map(operator.itemgetter(0), pairs)))
    print(list(filter(operator.itemgetter(1), [(0, 0), (1, 5), (2, 0)])))
    rows = [[3, 1, 2], [1, 5, 0], [2, 2, 2]]
    print(sorted(rows, key=operator.itemgetter(2, 0)))
    print(list(map(operator.itemgetter(0, 2), rows)))
    print(list(map(operator.itemgetter(-1), rows)))
    floats = [[0.5, 2.0], [0.25, 3.5]]
    print(sorted(floats, key=operator.itemgetter(1), reverse=True), max(floats, key=operator.itemgetter(0)))
    ds = [{"k": 5, "v": 1}, {"k": 2, "v": 9}, {"k": 2, "v": 0}]
    print(sorted(ds, key=operator.itemgetter("k")))
    print(sorted(ds, key=operator.itemgetter("k", "v")))
    words = ["pear", "fig", "apple"]
    print(sorted(words, key=operator.itemgetter(1)), list(map(operator.itemgetter(0, -1), words)))
    people = [Person("x", 30, Pet("rex", 4)), Person("y", 20, Pet("ada", 2)), Person("z", 20, Pet("bo", 3))]
    print(sorted(people, key=operator.attrgetter("age")))
    print([p.name for p in sorted(people, key=operator.attrgetter("age", "name"), reverse=True)])
    print([p.name for p in sorted(people, key=operator.attrgetter("pet.legs"))])
    print(list(map(operator.attrgetter("pet.name", "age"), people)))
    print(min(people, key=operator.attrgetter("pet.name")).name)
    people.sort(key=operator.attrgetter("name"), reverse=True)
    print([p.name for p in people])
    print(operator.itemgetter(1)(pairs[0]), operator.itemgetter(0, 1)("xyz"), operator.attrgetter("name")(people[0]))
    print(operator.attrgetter("pet.legs", "name")(people[1]))
    pairs.sort(key=operator.itemgetter(0))
    print(pairs)
    try:
        print(operator.itemgetter(5)(rows[0]))
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(operator.itemgetter("zz")(ds[0]))
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        print(sorted(ds + [{"v": 1}], key=operator.itemgetter("k")))
    except KeyError as e:
        print(type(e).__name__, e)
    try:
        print(operator.itemgetter(9)("abc"))
    except IndexError as e:
        print(type(e).__name__, e)


main()
