"""Methods of int and float: bit_length, bit_count, as_integer_ratio,
conjugate, is_integer, on zero, negatives, powers of two and the i64 edges."""

for n in [0, 1, -1, 2, 3, 7, 8, 255, 256, -256, 1023, 1 << 40, -(1 << 40), 9223372036854775807, -9223372036854775807]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate())

for x in [0.0, -0.0, 1.0, 2.5, -3.0, 1e300, 1e-300, 0.1, float("inf"), float("-inf"), float("nan"), 4503599627370496.5]:
    print(x, x.is_integer(), x.conjugate())

for y in [0.0, 2.5, -0.125, 0.1, 3.0, 1e18]:
    print(y, y.as_integer_ratio())
for bad in [float("nan"), float("inf")]:
    try:
        print(bad.as_integer_ratio())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
