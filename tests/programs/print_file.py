"""print(..., file=f) to any stream (a StringIO, a file, an object with a
write method, sys.stdout, sys.stderr, None) with sep, end and flush, and
sys.stdout.write / sys.stderr.write."""

import io
import sys
from typing import IO, TextIO


class Collect:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, s: str) -> int:
        self.parts.append(s)
        return len(s)

    def flush(self) -> None:
        self.parts.append("<flush>")


def report(out: IO[str], n: int) -> None:
    print("n =", n, file=out)
    print(n, n * 2, sep=", ", end=";\n", file=out, flush=True)


def to_text(out: TextIO) -> None:
    print("text", end="", file=out)


s = io.StringIO()
print("a", 1, 2.5, None, [1, 2], file=s)
print(file=s)
print("x", "y", sep="", end="", file=s)
print("|", file=s, flush=True)
report(s, 3)
to_text(s)
print(repr(s.getvalue()))

c = Collect()
print("one", "two", sep="+", file=c)
print("three", file=c, flush=True)
print(c.parts)

maybe: io.StringIO | None = None
print("to stdout when None", file=maybe)
maybe = io.StringIO()
print("to the stream", file=maybe)
print(repr(maybe.getvalue()))

print("plain", file=sys.stdout)
print(sys.stdout.write("written\n"))
sys.stdout.write("flushed\n")
sys.stdout.flush()
report(sys.stdout, 4)
to_text(sys.stdout)
print()
sys.stderr.write("to stderr\n")
print("stderr via print", file=sys.stderr, flush=True)
out = sys.stdout
out.write("through a variable\n")
print("file=None", file=None)
