# Ends with a bare failing assert (no message): the last stderr line is "AssertionError".

values = [3, 1, 4, 1, 5]
ordered = sorted(values)
print(ordered)
for a, b in zip(ordered, ordered[1:]):
    print(a, "<=", b)
    assert a <= b
print("sorted check passed")
assert values == ordered
print("unreachable")
