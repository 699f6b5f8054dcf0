# Sums in `while` loops that overflow i64: the compiled program raises
# OverflowError at the same iteration whether or not its loop could run the
# copy without checks (see unicc/transform/versioning.py); CPython never overflows.


def until_overflow(s0: int, b: bytes) -> None:
    s = s0
    i = 0
    try:
        while i < len(b):
            s += b[i]
            i += 1
    except OverflowError as e:
        print("overflow at", i, "sum", s, e)
        return
    print("no overflow", s)


def step_overflow(i: int, n: int) -> None:
    k = 0
    try:
        while i <= n:
            k += 1
            i += 1 << 40
    except OverflowError as e:
        print("step overflow after", k, e)
        return
    print("steps", k)


data = bytes(range(200, 256)) * 20
until_overflow(0, data)
until_overflow((1 << 62) - 1, data)
until_overflow(9223372036854775807 - 100000, data)
until_overflow(9223372036854775807 - 1000, data)
step_overflow(0, 1 << 42)
step_overflow(9223372036854775807 - (1 << 42), 9223372036854775807)
