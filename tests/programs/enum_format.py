# format(), str.format and f-strings (with specs and !r/!s) of IntEnum, IntFlag and Enum members,
# as CPython 3.11 formats them (an IntEnum/IntFlag formats its int, an Enum its str).
from enum import Enum, IntEnum, IntFlag


class C(IntEnum):
    A = 1


class P(IntFlag):
    R = 4
    W = 2


class E(Enum):
    X = "x"


print(format(C.A, ""), f"{C.A!s}", f"{C.A!r}", "{}".format(C.A), "{!r}".format(C.A), f"{C.A:>5}", f"{C.A:x}")
print(format(P.R | P.W, ""), "{}".format(P.R), "{:>4}".format(P.W), f"{P.R!r}", str(P.R), f"{E.X:<4}|", "{}".format(E.X), format(E.X))
print(f"{E.X!r:>12}", str([E.X]), str((C.A, P.R)))
