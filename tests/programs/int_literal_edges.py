"""Int literals at the edges of unicc's 64-bit int: -9223372036854775808 is the
least int (the literal 9223372036854775808 alone does not fit)."""

x = -9223372036854775808
y = 9223372036854775807
print(x, y, x + 1, y - 1)
print(x == -y - 1, x < y, -(x + 1) == y)
print(x // 2, x % 7, y // -3, y % -5)
print(hex(x), bin(y)[:6], str(x)[:5])
print(max(x, -1), min(y, 1), sorted([y, x, 0]))


def low(d: int = -9223372036854775808) -> int:
    return d


print(low(), low(3))
