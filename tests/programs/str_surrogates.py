def codes(s: str) -> list[str]:
    return [hex(ord(c)) for c in s]


def try_encode(s: str, codec: str) -> None:
    try:
        if codec == "ascii":
            print(s.encode("ascii"))
        elif codec == "latin-1":
            print(s.encode("latin-1"))
        else:
            print(s.encode())
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)


def main() -> None:
    # a lone surrogate is a code point of its own, as in CPython
    s = "\ud800"
    print(len(s), ord(s), ord(s[0]), repr(s))
    c = chr(0xD800)
    print(len(c), ord(c), c == s, repr(c), repr("a\udfffb"), len("a\udfffb"))
    t = "x" + s + "y"
    print(len(t), ord(t[1]), t[1:2] == s, t.find(s), repr(t), codes(t))
    pair = "a\ud800\udc00b"   # two code points: a surrogate pair is not combined
    print(len(pair), codes(pair), pair[1:3] == "\ud800\udc00", pair < "a\ue000", pair > "a\ud7ff")
    print(pair.upper() == "A\ud800\udc00B", pair.isalpha(), repr("\udcff" * 2))
    print(chr(0xDFFF) == "\udfff", ord(chr(0xDC00)), "é\ud800".find("\ud800"), "\ud800é".replace("é", "e") == "\ud800e")
    n = 5
    f = f"a\ud800{n}b\udc00"
    print(len(f), codes(f), repr(f"{n:>3}\ud801"), "x".join(["\ud800", "y"]) == "\ud800xy")
    print(codes("\U0000dbff\uDC01"), {"\ud800": 1}["\ud800"], "\ud800" in {"\ud800", "a"})
    for ch in t:
        print(ord(ch), end=" ")
    print()
    try_encode(s, "utf-8")
    try_encode(pair, "utf-8")
    try_encode("ok\udc80", "ascii")
    try_encode("xy" + pair, "latin-1")
    try_encode("plain é", "utf-8")
    try:
        b"\xed\xa0\x80".decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print("done")
    print(pair)   # stdout is UTF-8: UnicodeEncodeError ends the program


main()
