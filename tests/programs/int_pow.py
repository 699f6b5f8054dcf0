# Integer exponentiation, pow() with three args, and float results of **.

for base in [2, 3, -2, 10, 7]:
    row = []
    for e in range(0, 9):
        row.append(base ** e)
    print(base, row)

print(2 ** 62, -(2 ** 62) * 2, (-2) ** 63)
print(pow(2, 10), pow(3, 4, 5), pow(7, 128, 13), pow(123456789, 1000, 1000000007))
print(2 ** -1, 10 ** -2, 4 ** 0.5, 2.0 ** 10)
print(0 ** 0, 1 ** 1000, (-1) ** 999, (-1) ** 1000)


def fast_pow(b: int, e: int, m: int) -> int:
    result = 1
    b %= m
    while e > 0:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
        print("  step", e, b, result)
    return result


print(fast_pow(3, 20, 1000003))
print(fast_pow(5, 117, 19) == pow(5, 117, 19))
