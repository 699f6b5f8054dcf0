# enum.Flag and enum.IntFlag as CPython 3.11 has them: | & ^ ~, `in`, iteration over the class
# (single-bit members in definition order) and over a value, len, bool, names of combinations
# ('R|W', 'X|8' for bits no member has), str/repr/format (an IntFlag's str is its int), the
# constructor's boundaries (Flag: ValueError; IntFlag keeps any value); ends with a ValueError.
from enum import Flag, IntFlag, auto
from typing import Optional


class Perm(IntFlag):
    X = 1
    R = 4
    W = 2
    RW = 6


class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    NONE = 0
    EMPHASIS = 3


class Order(Flag):
    C = 4
    A = 1
    B = 2


def describe(s: Style) -> str:
    out = []
    for m in s:
        out.append((m.name or "?").lower())
    return ",".join(out) or "plain"


rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), f"{rw}", rw.name, rw.value, repr(Perm.R | Perm.W | Perm.X), repr(Perm(0)))
print(repr(Perm(8)), repr(Perm(9)), repr(Perm.R | 8), repr(~Perm.R), repr(~Perm.RW), repr(~Perm(0)), repr(~Perm(9)))
print(repr(Perm(-1)), repr(Perm(-5)), repr(Perm(-9)), repr(Perm(-16)), Perm(7).name, Perm(0).name, Perm(8).name)
print(list(Perm), len(Perm), list(Perm(7)), len(Perm(7)), len(Perm(12)), Perm.R in rw, Perm.X in rw, bool(Perm(0)))
print(Perm.R + 1, Perm.R & 4, rw ^ Perm.R, repr(rw ^ Perm.R), rw == 6, Perm.RW is rw, format(Perm.W, ">4"), f"{rw:03d}")
bold_italic = Style.BOLD | Style.ITALIC
print(bold_italic, repr(bold_italic), Style.BOLD | Style.UNDERLINE, repr(~Style.BOLD), ~Style.EMPHASIS, Style(0))
print(repr(Style(0)), Style.NONE, repr(Style.NONE), list(Style), len(Style), list(Style.EMPHASIS), len(Style.EMPHASIS))
print(Style.BOLD in bold_italic, Style.UNDERLINE in bold_italic, bool(Style.NONE), bool(Style.BOLD),
      (Style.BOLD | Style.UNDERLINE).name, Style(0).name, Style.EMPHASIS.value, Style["ITALIC"], Style(5))
print(f"{Style.BOLD:>12}|", f"{bold_italic!r}", str(Style.BOLD & Style.ITALIC), Style.BOLD ^ Style.EMPHASIS)
print(describe(Style.BOLD | Style.UNDERLINE), describe(Style.NONE), [describe(s) for s in Style])
print(repr(Order.A | Order.C), repr(Order.C | Order.B | Order.A), list(Order), list(Order(7)), ~Order.A)
flags: list[Style] = [Style.BOLD, bold_italic, Style(0)]
maybe: Optional[Perm] = Perm.W
print(flags, (Perm.R, rw), {Perm.X: "x", rw: "rw"}, maybe, repr(maybe), [maybe])
acc = Style.NONE
for s in Style:
    acc |= s
    print(acc, repr(acc))
for bad in [8, -1, 16]:
    try:
        Style(bad)
    except ValueError as e:
        print("ValueError", str(e).splitlines())
print(Order(8))
