"""str predicates and case mappings over every code point of the planes
that have assigned characters (0-3, 14), and a sample of the others
(unassigned and private use), against CPython."""

M = 1000000007
FULL_PLANES = (0, 1, 2, 3, 14)


def mix(acc: int, v: int) -> int:
    return (acc * 1000003 + v) % M


def codes(s: str) -> int:
    acc = len(s)
    for ch in s:
        acc = mix(acc, ord(ch))
    return acc


def main() -> None:
    names = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isupper", "islower",
             "isalnum", "istitle", "upper", "lower", "title", "capitalize", "swapcase"]
    for plane_start in range(0, 0x110000, 0x10000):
        counts = [0] * len(names)
        sums = [0] * len(names)
        step = 1 if plane_start >> 16 in FULL_PLANES else 251
        for c in range(plane_start, plane_start + 0x10000, step):
            ch = chr(c)
            flags = [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(),
                     ch.isupper(), ch.islower(), ch.isalnum(), ch.istitle()]
            for i, f in enumerate(flags):
                if f:
                    counts[i] += 1
                    sums[i] = mix(sums[i], c)
            maps = [ch.upper(), ch.lower(), ch.title(), ch.capitalize(), ch.swapcase()]
            for j, m in enumerate(maps):
                if m != ch:
                    counts[9 + j] += 1
                    sums[9 + j] = mix(mix(sums[9 + j], c), codes(m))
        if any(counts):
            print(hex(plane_start), " ".join(f"{n}={k}/{s}" for n, k, s in zip(names, counts, sums)))
    words = ["ΣΑΣ", "ΌΣΟΣ Σ", "aΣ.b", "ΑΣ'", "ΑΣ'Β", "Σ", "ΣΣ", "xΣ̈", "ǆemal ǅ", "ŉ ß ﬁ ﬀl",
             "İstanbul", "ǰ ΐ ᾳ", "hello WORLD ß", "they're bill's", "Ⅻ ⅻ ⓐ Ⓐ", "١٢٣ ½ ²",
             "ÀÉÎ õü", "ΩΜΕΓΑ ωμεγα", "Ⴀა ꭰ Ᏸ", "𐐀𐐨", "ᾈ ᾀ ῼ", "ﬃ", "ʼn", "a\u0345", "ἀΣ"]
    for w in words:
        print(codes(w.upper()), codes(w.lower()), codes(w.title()), codes(w.capitalize()),
              codes(w.swapcase()), w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isalnum(),
              w.isnumeric(), w.isdecimal(), w.isdigit())
    for s in ("ΣΑΣ ΣΑΣ.".lower(), "ǆ".title(), "ß".upper(), "ß".title(), "İ".lower(), "ﬁ".capitalize()):
        print(len(s), [hex(ord(x)) for x in s])
    print("ǅ".isupper(), "ǅ".istitle(), "Ǆ".isupper(), "ǆ".islower())
    print("".isalpha(), "".isupper(), "".istitle(), "1".isupper(), "A1".isupper(), "a_b".islower())


main()
