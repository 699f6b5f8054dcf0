# `return x + f(...)` regrouped into a loop (unicc/transform/tailcalls.py) must raise
# OverflowError exactly when the recursion as written does: when one of its
# inner sums x_j + (x_j+1 + ...) leaves i64, even if the total would fit, and
# only after every call has run.  CPython never overflows.

MAX = 9223372036854775807


def total(xs: list[int], i: int, log: list[int]) -> int:
    if i == len(xs):
        return 0
    log.append(xs[i])
    return xs[i] + total(xs, i + 1, log)


def show(xs: list[int]) -> None:
    log: list[int] = []
    try:
        print("sum", total(xs, 0, log))
    except OverflowError as e:
        print("OverflowError", e, "after", len(log), "terms")


show([MAX, 1])             # every term >= 0, the total overflows
show([MAX - 1, 1, 0])      # fits exactly
show([-10, MAX, 5])        # inner sum MAX + 5 overflows, the total would not
show([MAX, 3, -MAX, -3])   # inner sum -MAX - 3 overflows
show([MAX, MAX, -MAX])     # the running sum passes 2**63, no inner sum does
show([-MAX, -1, -1])       # below -2**63
print(total([1 << 62, 1 << 62], 0, []))
