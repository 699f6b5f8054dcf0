# Parses numbers until int() fails: ends with an uncaught ValueError.

tokens = "12 7 -3 0x1F 42".split()
total = 0
for t in tokens:
    try:
        v = int(t, 0) if t.startswith("0x") else int(t)
        print("int(t, 0)" if t.startswith("0x") else "int(t)", t, v)
    except ValueError as e:
        print("skip", e)
        continue
    total += v
print("total", total)
for t in ["5", " 6 ", "seven"]:
    n = int(t)
    print("parsed", n, n * 2)
