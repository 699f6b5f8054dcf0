# Floor division and modulo follow the sign of the divisor, as in CPython.

pairs: list[tuple[int, int]] = [
    (7, 2), (-7, 2), (7, -2), (-7, -2),
    (0, 3), (1, 3), (-1, 3), (6, 3), (-6, 3),
    (100, 7), (-100, 7), (100, -7), (-100, -7),
    (9223372036854775807, 10), (-9223372036854775800, 10),
]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a} // {b} = {q}   {a} % {b} = {r}   check {q * b + r == a}")
    print("  divmod", divmod(a, b))

for n in range(-5, 6):
    print(n, n % 4, n // 4, n % -4, n // -4)
