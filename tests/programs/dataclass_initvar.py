# dataclasses.InitVar: __init__ takes it and passes it to __post_init__; it is
# no field (repr, ==, order, hash, fields(), asdict leave it out), in subclasses too.
from dataclasses import InitVar, asdict, dataclass, field, fields


@dataclass
class S:
    base: int
    factor: InitVar[int] = 2
    scaled: int = field(init=False, default=0)

    def __post_init__(self, factor: int) -> None:
        self.scaled = self.base * factor


@dataclass(order=True, frozen=True)
class Key:
    name: str
    salt: InitVar[str]
    digest: str = field(init=False, default="")

    def __post_init__(self, salt: str) -> None:
        print("salted", len(salt))


@dataclass
class Sub(S):
    extra: str = "x"


s = S(3)
t = S(4, 5)
print(s, t, s.scaled, t.scaled, s == S(3, 2), S(base=2, factor=7).scaled)
print([f.name for f in fields(s)], asdict(t))
k = Key("a", "salt")
print(k, k < Key("b", "x"), hash(k) == hash(Key("a", "other")))
u = Sub(1, 10, "y")
print(u, u.scaled)
