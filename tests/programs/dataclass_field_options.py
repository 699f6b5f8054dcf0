"""field(compare=False), field(repr=False), field(hash=...) and init=False
fields: __eq__, order=True's comparisons and a frozen dataclass's __hash__
use the compared fields only (init=False ones too), the repr shows the
fields whose repr= is not False."""

from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    prio: int
    name: str = field(compare=False, default="x")
    tags: list[str] = field(default_factory=list, repr=False)
    seq: int = field(init=False, default=0)


@dataclass(frozen=True)
class Key:
    a: int
    note: str = field(compare=False, default="")
    b: int = field(default=0, hash=False)
    secret: str = field(default="s", repr=False, compare=False)


@dataclass(eq=True)
class Plain:
    x: int
    y: int = field(compare=True, repr=True, default=2)


def main() -> None:
    tasks = [Task(3, "c"), Task(1, "a", ["t"]), Task(3, "b"), Task(2)]
    print(tasks)
    print(sorted(tasks), max(tasks).name, min(tasks).name)
    print(Task(3, "z") == Task(3, "q"), Task(3) < Task(4, "a"), Task(3, "a") <= Task(3, "z"), Task(3) > Task(3))
    t = Task(5)
    t.seq = 9
    print(t == Task(5), t, t.seq)
    k1, k2 = Key(1, "one"), Key(1, "uno", 0, "hidden")
    print(k1, k2, k1 == k2, hash(k1) == hash(k2), len({k1, k2}), Key(1, b=2) == k1)
    print(hash(Key(1, b=5)) == hash(Key(1, b=6)), Key(1, b=5) == Key(1, b=6))
    print(Plain(1), Plain(1) == Plain(1, 2), Plain(1) == Plain(1, 3))


main()
