# error: 9:5: function 'capwords' is defined where an import also binds the name (string.capwords)
import sys

fast = len(sys.argv) > 5
if fast:
    from string import capwords
else:
    # mypy resolves every call of capwords to the imported function
    def capwords(s: str, sep: str | None = None) -> str:
        return s.title()

print(capwords("a b"))
