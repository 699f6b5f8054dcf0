"""ascii() and the !a conversion escape what repr leaves non-ASCII."""
s = "h\u00e9"
print(f"{s!a}", f"{s!r}", f"{s!s}", f"[{s!a:>12}]")
print(ascii(s), ascii("plain"), ascii(""), ascii("tab\there"))
print(ascii("\u20ac and \U0001f600 and \x7f and \xff"))
print(ascii(["caf\u00e9", "ok"]), ascii(("\u00fc",)), ascii({"k\u00e9": 1}))
print(ascii(3), ascii(2.5), ascii(None), ascii(True), ascii(b"\xe9"))
n = 7
greek = "\u0391\u03b2"
print(f"{n!a} {2.5!a} {greek!a}")


class P:
    def __repr__(self) -> str:
        return "P(\u00e5)"


print(ascii(P()), f"{P()!a}")
