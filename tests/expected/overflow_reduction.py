# A sum in a counted loop that overflows i64: the compiled program raises
# OverflowError at the same iteration whether or not its loop could run the
# copy without checks (see unicc/transform/versioning.py); CPython never overflows.


def until_overflow(s0: int, n: int, mask: int) -> None:
    s = s0
    i = -1
    try:
        for i in range(n):
            s += i & mask
    except OverflowError as e:
        print("overflow at", i, "sum", s, e)
        return
    print("no overflow", s)


def down(s0: int, n: int) -> int:
    s = s0
    for i in range(n):
        s -= i
    return s


until_overflow(0, 1000, 255)
until_overflow((1 << 62) - 1, 1000, 255)
until_overflow((1 << 62) + 1, 100, 7)
until_overflow(9223372036854772807, 1000, 255)
print(down(-(1 << 62), 1000))
print(down(-9223372036854770807, 1000))
