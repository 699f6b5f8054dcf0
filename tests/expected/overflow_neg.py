# Negating the most negative i64 overflows (caught here); so does abs() of it (uncaught).

lo = -9223372036854775807 - 1
print(lo, lo + 1, -(lo + 1))
try:
    print(-lo)
except OverflowError:
    print("caught negation overflow")
print(abs(lo))
print("unreachable")
