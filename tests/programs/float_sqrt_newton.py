# Newton iteration for square roots compared with math.sqrt (exact operations only).
import math


def newton_sqrt(x: float, iterations: int) -> float:
    if x == 0.0:
        return 0.0
    guess = x
    for i in range(iterations):
        guess = (guess + x / guess) / 2.0
        if i < 4:
            print("  iter", i, guess)
    return guess


for x in [2.0, 9.0, 16.0, 0.25, 1e6, 50.0]:
    approx = newton_sqrt(x, 30)
    exact = math.sqrt(x)
    print(x, approx, exact, abs(approx - exact) < 1e-9)

points = [(0.0, 0.0), (3.0, 4.0), (-1.0, 2.0), (6.0, -8.0)]
for i in range(len(points)):
    for j in range(i + 1, len(points)):
        x1, y1 = points[i]
        x2, y2 = points[j]
        d = math.sqrt((x2 - x1) ** 2 + (y2 - y1) ** 2)
        print(f"dist {i}-{j}: {d:.6f}")
mean = sum(p[0] for p in points) / len(points)
print("mean x", mean)
var = sum((p[0] - mean) ** 2 for p in points) / len(points)
print("var", var, "std", f"{math.sqrt(var):.8f}")
