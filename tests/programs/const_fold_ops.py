"""Literal operands the compiler folds: every operator of the expression and
nothing else is evaluated, so a negative right operand or a large product
folds (or not) as CPython computes it."""

print((1 + -1) & 0xFF)
print((3 * 1000000000) & 0xFF)
print((2 - 5) & 0xFFFF)
print((7 * -3) % 256)
print((1 << 10) - 1)
print((2 ** 10) * -1)
print([10, 20, 30][1 - 1], [10, 20, 30][3 - 4])
print("abcdef"[2 - 1:6 - 2])
