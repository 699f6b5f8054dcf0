# error: 8:5: function 'f' is defined twice
import sys

if len(sys.argv) > 5:
    def f() -> int:
        return 1
else:
    def f() -> int:
        return 2


print(f())
