"""The methods of bytes, each on values with edge cases (empty, cased and
uncased bytes, tabs and line ends, bytes above 127); errors with CPython's
messages."""

SAMPLES: list[bytes] = [b"", b"a", b"Hello, World", b"  padded\t", b"x1_y", b"42", b"-7", b"MiXeD cAsE",
                        b"a\tb\tcc\td", b"line1\nline2\r\nline3\rend", b"\xffbyte\x80", b"hello world foo", b"ABC", b"Title Case"]


def case(b: bytes) -> None:
    print("case", b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())


def predicates(b: bytes) -> None:
    print("is", b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isspace(), b.istitle(), b.isupper())


def layout(b: bytes) -> None:
    print("layout", b.center(15), b.center(16, b"*"), b.ljust(12, b"."), b.rjust(12), b.zfill(8))
    print("tabs", b.expandtabs(), b.expandtabs(4), b.expandtabs(0))


def search(b: bytes) -> None:
    print("search", b.count(b"l"), b.find(b"o"), b.rfind(b"o"), b.startswith(b"He"), b.endswith(b"d"))
    for sub in (b"o", b"l", b""):
        try:
            print("index", b.index(sub), b.rindex(sub), b.index(sub, 2), b.rindex(sub, 0, 5))
        except ValueError as e:
            print("index", e)


def pieces(b: bytes) -> None:
    print("split", b.split(), b.split(b","), b.split(b" ", 1), b.rsplit(), b.rsplit(b" ", 1), b.rsplit(b"l"))
    print("lines", b.splitlines(), b.splitlines(True))
    print("partition", b.partition(b","), b.rpartition(b"l"))
    print("strip", b.strip(), b.lstrip(b" H"), b.rstrip(b"\t"))
    print("affix", b.removeprefix(b"He"), b.removesuffix(b"ld"), b.removeprefix(b""), b.removesuffix(b""))
    print("replace", b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b"-".join([b, b]), b.hex())


for s in SAMPLES:
    print("--", s)
    case(s)
    predicates(s)
    layout(s)
    search(s)
    pieces(s)

for bad in (b"", b"ab"):
    try:
        print(b"x".center(5, bad))
    except TypeError as e:
        print("TypeError", e)
try:
    print(b"a b".rsplit(b""))
except ValueError as e:
    print("ValueError", e)
