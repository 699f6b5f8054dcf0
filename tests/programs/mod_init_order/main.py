# Module-level code runs once, at first import, in import order.
print("main: start")
import first
import second
import first as again
from second import value, bump

print("main: imported", first.NAME, second.NAME, again is first)
print("value", value, second.value)
bump()
bump()
print("after bumps", value, second.value, second.calls)
print("first.loaded_after", first.loaded_after)
print("main: end")
