"""functools.cached_property: computed once per instance, kept, assignable; inherited and overridden."""
import functools
from functools import cached_property


class Shop:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    @functools.cached_property
    def total(self) -> int:
        print("computing total")
        return len(self.items) * 10

    @cached_property
    def label(self) -> str:
        print("computing label")
        return ",".join(self.items)


class Outlet(Shop):
    @cached_property
    def discount(self) -> float:
        print("computing discount")
        return self.total * 0.5


s = Shop(["a", "b"])
print(s.total, s.total)
s.items.append("c")
print(s.total, s.label, s.label)
s.total = 7
print(s.total)
o = Outlet(["x"])
print(o.discount, o.discount, o.total)
shops: list[Shop] = [Shop([]), Outlet(["q", "r"])]
print([x.total for x in shops], [x.total for x in shops])


class Flaky:
    def __init__(self) -> None:
        self.calls = 0

    @cached_property
    def value(self) -> int | None:
        self.calls += 1
        if self.calls == 1:
            raise ValueError("first call fails")
        return None


f = Flaky()
try:
    print(f.value)
except ValueError as e:
    print("ValueError", e)
print(f.value, f.value, f.calls)


class Cheaper(Shop):
    @cached_property
    def total(self) -> int:
        print("computing cheaper total")
        return 1


c: Shop = Cheaper(["z"])
print(c.total, c.total, c.label)
