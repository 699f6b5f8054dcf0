# Imports `first` again (already loaded, so its body does not rerun).
import first

print("second: running body")
NAME = "second"
value = 10
calls = 0
first.loaded_after.append("second")


def bump() -> None:
    global value, calls
    value += 5
    calls += 1
    print("second.bump ->", value)


print("second: done")
