# A dataclass's repr shows "..." for an object whose repr is being built
# already (reprlib.recursive_repr, as dataclasses uses it), and a field's repr
# that raises leaves the guard as it was.

from dataclasses import dataclass, field


@dataclass
class Owner:
    name: str
    links: "list[Owner]" = field(default_factory=list)


class Bad:
    def __repr__(self) -> str:
        raise ValueError("no repr")


@dataclass
class Holder:
    b: Bad
    n: int


o = Owner("a")
o.links.append(o)
p = Owner("p", [o, Owner("q")])
o.links.append(p)
print(o)
print(p, [p, p])
try:
    print(Holder(Bad(), 1))
except ValueError as e:
    print("ValueError", e)
print(Owner("z"), repr(Owner("y", [Owner("x")])))
