"""The methods of str unicc supports, each on words with edge cases
(docs/conformance.md lists the ones it rejects)."""

WORDS: list[str] = ["", "a", "Hello, World", "  padded\t", "ÄÖü straße", "x1_y", "42", "MiXeD cAsE", "a\tb\tc", "line1\nline2\r\nline3", "ab" * 3]


def show(name: str, value: object) -> None:
    print(name, repr(value))


def case_methods(s: str) -> None:
    show("capitalize", s.capitalize())
    show("lower", s.lower())
    show("upper", s.upper())
    show("swapcase", s.swapcase())
    show("title", s.title())


def predicates(s: str) -> None:
    print("isalnum", s.isalnum())
    print("isalpha", s.isalpha())
    print("isascii", s.isascii())
    print("isdigit", s.isdigit())
    print("islower", s.islower())
    print("isspace", s.isspace())
    print("istitle", s.istitle())
    print("isupper", s.isupper())


def layout(s: str) -> None:
    show("center", s.center(15))
    show("center*", s.center(16, "*"))
    show("ljust", s.ljust(12, "."))
    show("rjust", s.rjust(12))
    show("zfill", s.zfill(8))
    show("expandtabs", s.expandtabs())
    show("expandtabs4", s.expandtabs(4))


def searching(s: str) -> None:
    show("count", s.count("a"))
    show("count-range", s.count("a", 1, 5))
    show("find", s.find("l"))
    show("find-range", s.find("l", 3))
    show("rfind", s.rfind("l"))
    show("startswith", s.startswith("He"))
    show("startswith-tuple", s.startswith(("x", "a")))
    show("endswith", s.endswith("d"))
    show("endswith-range", s.endswith("l", 0, 4))
    try:
        show("index", s.index("o"))
    except ValueError as e:
        show("index-error", str(e))
    try:
        show("rindex", s.rindex("o"))
    except ValueError as e:
        show("rindex-error", str(e))


def pieces(s: str) -> None:
    show("split", s.split())
    show("split-sep", s.split(","))
    show("split-max", s.split(" ", 1))
    show("rsplit", s.rsplit(" ", 1))
    show("splitlines", s.splitlines())
    show("splitlines-keep", s.splitlines(True))
    show("partition", s.partition(","))
    show("rpartition", s.rpartition("l"))
    show("strip", s.strip())
    show("lstrip", s.lstrip(" H"))
    show("rstrip", s.rstrip("\t"))
    show("removeprefix", s.removeprefix("He"))
    show("removesuffix", s.removesuffix("ld"))
    show("replace", s.replace("l", "L"))
    show("replace-count", s.replace("a", "A", 1))
    show("join", "-".join([s, s]))
    show("encode", s.encode())


def formatting() -> None:
    show("format", "{} and {:>5} {name}".format(1, "x", name="n"))


for w in WORDS:
    print("--", repr(w))
    case_methods(w)
    predicates(w)
    layout(w)
    searching(w)
    pieces(w)
formatting()
