# print() with sep=, end=, file=sys.stderr, no arguments, and many argument kinds.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("x", end="")
print("y", end="|")
print("z", end="\n")
print(1, 2.5, True, None, "s", b"b", [1], (2,), {3: 4}, sep=" ; ")
print("no newline then", end=" ")
print("continued", sep="--", end="!\n")
for i in range(3):
    print(i, end=" ")
print()
print("to stderr", file=sys.stderr)
print("err", 2, sep=":", end="\n", file=sys.stderr)
print("after stderr", sep="")
print("", "", sep="+")
print("multi\nline", "arg", sep="\n")
