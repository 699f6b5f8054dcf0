# SystemExit can be caught; a later sys.exit(0) ends the program successfully.
import sys

try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code)
for i in range(3):
    print("line", i)
    if i == 1:
        print("stderr note", file=sys.stderr)
        sys.exit(0)
print("unreachable")
