# Catches several ZeroDivisionError messages, then ends with an uncaught modulo by zero.
import math

for a, b in [(7, 2), (7, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floordiv:", e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("truediv:", e)
    try:
        print(float(a) % float(b))
    except ZeroDivisionError as e:
        print("float mod:", e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("divmod:", e)
print(math.sqrt(16.0), 10 % 3)
denominators = [3, 2, 1, 0]
for d in denominators:
    print(100 % d)
