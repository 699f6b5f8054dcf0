# break and continue from inside except/else handlers, and exceptions in nested loops.

values = ["1", "x", "3", "", "5", "stop", "7"]
total = 0
for v in values:
    try:
        n = int(v)
    except ValueError:
        if v == "stop":
            print("stop token, breaking")
            break
        print("skipping", repr(v))
        continue
    else:
        print("got", n)
    finally:
        print("  seen", repr(v))
    total += n
print("total", total)
found: tuple[int, int] | None = None
grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    try:
        for c, cell in enumerate(row):
            print("cell", r, c, 100 // cell)
    except ZeroDivisionError:
        found = (r, row.index(0))
        break
print("zero at", found)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError(f"attempt {attempts} failed")
        print("succeeded on attempt", attempts)
        break
    except RuntimeError as e:
        print("retry:", e)
        continue
errors: list[str] = []
for i in range(5):
    try:
        try:
            if i % 2 == 0:
                raise KeyError(i)
        finally:
            errors.append(f"f{i}")
    except KeyError:
        errors.append(f"k{i}")
        if i == 4:
            break
print(errors)
