# Float literals, arithmetic, repr, and int/float mixing.

values = [0.0, 1.0, -2.5, 0.1, 0.2, 1e10, 1.5e-7, 123.456, 1e16, 1e22, 5e-324]
for v in values:
    print(v, repr(v), str(v), -v)

print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 4, 7 / 7)
print(3 + 0.5, 3 * 1.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5, 7.5 // -2)
print(float(3), float("2.5"), float("-1e3"), float(" 42 "), float("inf"))
print(int(2.9), int(-2.9), float(10 ** 15), 2.0 ** 0.5)
print(1.0 == 1, 0.5 < 1, 2.5 > 2, 1.0 != 1.0, max(1.5, 2.0), min(-1.0, -0.5))
print(abs(-3.25), abs(2.0), divmod(7.5, 2), divmod(-7.5, 2))
print(1e300 * 1e10, -1e300 * 1e10, 2.0 ** -3)
print(float(7) / 2, 1.0 / 8, 3.0 * 1.1, 100.0 / 3.0)
print(0.5 + 0.25 + 0.125)
acc = 0.0
for i in range(1, 11):
    acc += 1.0 / i
    print("harmonic", i, acc)
x = 1.0
while x > 1e-5:
    x /= 8
    print("shrink", x)
print(sum([0.5, 0.25, 0.125]), sum([1.0, 2.0], 0.5))
print(-0.0, 0.0 == -0.0, 1e-5, 1e-4, 0.0001, 123456789012345678.0)
