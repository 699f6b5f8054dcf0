"""str.casefold: Unicode's full case folding as CPython does it (ß -> ss,
ligatures, Greek with iota subscript, final sigma, Cherokee), compared with
lower() over the first two planes (which hold every code point folding changes)."""

words = ["Straße", "STRASSE", "ﬁnance", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "ᾼ", "ǰ", "ﬃ", "Ꭰꭰᏸ", "µ", "İstanbul",
         "", "abc", "ABC123", "MASSE", "Maße", "\u1e9e", "ŉ", "ΐ", "ﬅ"]
for w in words:
    f = w.casefold()
    print(repr(f), len(f), f == w.lower(), w.casefold() == w.upper().casefold())
print("straße".casefold() == "STRASSE".casefold(), "Maße".casefold() == "MASSE".casefold())
total, changed, longer = 0, 0, 0
for n in range(0x20000):   # every code point casefold and lower treat differently is below
    if 0xd800 <= n < 0xe000:
        continue
    c = chr(n)
    f = c.casefold()
    if f != c.lower():
        changed += 1
    if len(f) > 1:
        longer += 1
    for i, x in enumerate(f):
        total = (total * 31 + ord(x) * (i + 1)) % 1000000007
print(total, changed, longer)
text = "".join(chr(n) for n in range(0x80, 0x2000)) + "ꭰꭱꮿ"
print(len(text.casefold()), text.casefold() == "".join(c.casefold() for c in text))
