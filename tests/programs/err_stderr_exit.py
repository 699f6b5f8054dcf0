# Writes diagnostics to stderr and exits with status 2 via sys.exit (last stderr line compared).
import sys


def validate(rows: list[str]) -> list[str]:
    problems: list[str] = []
    for i, row in enumerate(rows, 1):
        fields = row.split(",")
        if len(fields) != 3:
            problems.append(f"row {i}: expected 3 fields, got {len(fields)}")
        elif not fields[2].strip().isdigit():
            problems.append(f"row {i}: bad count {fields[2]!r}")
        else:
            print("row", i, "ok:", fields)
    return problems


rows = ["a,b,1", "c,d", "e,f,x", "g,h,42"]
errors = validate(rows)
print(len(errors), "problems")
for p in errors:
    print("error:", p, file=sys.stderr)
if errors:
    print(f"{len(errors)} errors found", file=sys.stderr)
    sys.exit(2)
print("unreachable")
