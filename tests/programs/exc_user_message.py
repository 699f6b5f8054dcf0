# User-defined exceptions with messages and extra fields; str(e) and args.


class ParseError(Exception):
    def __init__(self, line: int, msg: str) -> None:
        super().__init__(f"line {line}: {msg}")
        self.line = line
        self.msg = msg


class EmptyInput(Exception):
    pass


def parse_config(text: str) -> dict[str, int]:
    if not text.strip():
        raise EmptyInput()
    out: dict[str, int] = {}
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ParseError(n, f"expected '=' in {line!r}")
        k, v = line.split("=", 1)
        if not v.strip().isdigit():
            raise ParseError(n, "value must be a number")
        out[k.strip()] = int(v)
    return out


inputs = [
    "a = 1\nb=2",
    "# comment\nx=10\n\ny = 20",
    "a=1\nbroken line",
    "k=v",
    "   ",
]
for text in inputs:
    try:
        print(parse_config(text))
    except ParseError as e:
        print("ParseError:", e, "| line", e.line, "| msg", e.msg)
    except EmptyInput as e:
        print("EmptyInput:", repr(str(e)), repr(e))
e1 = ParseError(3, "oops")
print(str(e1), repr(e1), e1.line)
print(str(EmptyInput("with message")), repr(EmptyInput("m")), str(Exception("plain")))
