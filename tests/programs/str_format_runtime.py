"""str.format of a format string made at run time (a literal one is compiled
as an f-string): automatic and manual numbering, keywords, conversions,
nested specs, {{ }}, and CPython's errors; format() of values typed object
and of bools (int's __format__: the str only for an empty spec)."""


def fill(fmt: str) -> str:
    return fmt.format(1, "a", 2.5, x=[1, 2], w=6, flag=True, none=None)


FORMATS = ["{} {}", "{1}-{0}", "{2:>{w}}|{0:03d}", "{x!r} {1!a:>4}", "{{}} {0}}}", "{", "}", "{0", "{} {1}",
           "{1} {}", "{9}", "{y}", "{0!q}", "{0!}", "{0!r", "{:{:{}}}", "plain", "", "{:{}}", "{0:x}",
           "{0!rx}", "{!}", "{0:", "{0!r:", "{:", "{0!r:>3", "{!r}", "{0!r}x", "{0:{", "{0:}}", "{0[}",
           "{a!", "x{", "{}{", "{0!rr}", "{!:}", "{:{}}{}", "{w:+}", "{flag} {flag:>5} {flag:d} {none}",
           "{2:.3e} {2:%} {0:b} {0:#o} {1:*^7}", "é{0}ü{1!r}"]

for fmt in FORMATS:
    try:
        print(repr(fmt), "->", repr(fill(fmt)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)

row = "{:<8}|{:>6.2f}|{:^5}"
for name, price, qty in [("apple", 1.5, 3), ("kiwi", 0.25, 12)]:
    print(row.format(name, price, qty))
b = True
values: list[object] = [3, -2.5, "s", False, None]
print(repr(format(b, ">5")), repr(f"{b:}"), repr(format(b, "")), repr(f"{b:^7}"))
print([format(v, "") for v in values], [format(v, ">6") for v in values[:3]])


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __format__(self, spec: str) -> str:
        return format(f"${self.cents // 100}.{self.cents % 100:02d}", spec)


class Euro(Money):
    def __format__(self, spec: str) -> str:
        return "EUR " + super().__format__(spec)


class Plain:
    def __str__(self) -> str:
        return "plain!"


things: list[object] = [Money(1234), Euro(5), Plain(), 7]
print("|".join(format(t, ">10") for t in things[:2]), format(things[2], ""), format(things[3], "+"))
print("{0:>12}/{1}/{2}".format(things[0], things[1], things[2]))
m = Money(250)
print(f"{m}", f"{m:>8}", "{}".format(Euro(7)), format(m), f"{Plain()}")
