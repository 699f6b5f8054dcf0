# Masking lets only the operations whose low bits depend on their operands'
# low bits wrap (+ - * << and unary -); the operands of // % >> and a shift
# count must still be exact, so they raise OverflowError where CPython grows
# the number.  (See tests/programs/int_masked.py for what does wrap.)

big = 2**62


def show(label: str, f: int) -> None:
    print(label, f)


try:
    show("shift count", (1 << (big * 4)) & 0xFF)
except OverflowError as e:
    print("shift count:", e)
try:
    show("floordiv", (big * 4 // 2) & 0xFF)
except OverflowError as e:
    print("floordiv:", e)
show("masked", (big * 4 + 7) & 0xFF)
print((big * 4) >> 1 & 0xFF)
