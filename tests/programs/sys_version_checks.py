"""sys.version_info and sys.platform comparisons, as typed code guards what
differs between Pythons: decided when compiling, as mypy decides which
branch it checks (CPython 3.11 on Linux); the branch mypy leaves unchecked
is not compiled."""
import sys

if sys.version_info >= (3, 10):
    def describe(x: int | str) -> str:
        match x:
            case int():
                return "int"
            case _:
                return "str"
else:
    def describe(x: int | str) -> str:
        return "old"

print(sys.version_info >= (3, 8), sys.version_info < (3, 0), sys.version_info >= (3, 12))
if sys.version_info < (3, 9):
    print("old python")
elif sys.platform == "win32":
    print("windows")
else:
    print("3.9+ on", "linux" if sys.platform == "linux" else "elsewhere")
print(describe(3), describe("a"), sys.platform != "darwin")
