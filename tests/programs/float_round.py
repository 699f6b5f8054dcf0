# round(), int(), abs and divmod with floats: banker's rounding, ndigits.

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2), round(-v))
print(round(123.456, -1), round(123.456, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(-7), round(15, -1), round(25, -1), round(0.0), round(-0.4))
print(round(2.5) + 1, round(2.5, 0), round(3.5, 0) + 1)
print(round(1e15 + 0.3), round(3.14159, 3), round(2.71828, 4), round(-3.14159, 2))
print(divmod(17.0, 5.0), divmod(-17.0, 5.0), divmod(17.0, -5.0))
print(abs(-0.0), abs(-1e-300), abs(5), abs(-5.5))
print(int(1e15), int(-1e15), int(0.999999), int(-0.999999))
prices = [19.99, 5.49, 3.333, 100.0, 0.005]
total = 0.0
for p in prices:
    total += p
    print("running", round(total, 2))
print("total", round(total, 2), round(total))
avg = total / len(prices)
print("avg", round(avg, 3))
