"""A module's top level reading its own global before any assignment reached it
raises NameError (an empty for loop, a branch not taken); a global a function
assigns with `global` is not checked (the call set it)."""
import sys

for position in range(len(sys.argv) - 1):
    pass
total = 0
for k in range(3):
    total += k
print(total, k)
if len(sys.argv) > 5:
    flagged = True


def setter() -> None:
    global late
    late = 5


late: int
setter()
print(late)
try:
    print(flagged)
except NameError as e:
    print("NameError:", e)
print(position)
