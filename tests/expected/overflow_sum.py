# Sums that leave i64 in the loops as people write them: sum() over a
# list[int] (added in three parts that cannot overflow, the total checked
# once: OverflowError exactly when the total leaves i64, whatever the sums
# on the way did), and the RFC 1071 checksum's `while` loop over a
# bytearray, which raises at the same pair of bytes whether or not its loop
# runs the copy without checks (see unicc/transform/versioning.py).
# CPython never overflows.

big = 1 << 62


def list_sum(label: str, xs: list[int], start: int) -> None:
    try:
        print(label, sum(xs, start))
    except OverflowError as e:
        print(label, type(e).__name__, e)


def checksum_from(s0: int, data: bytearray) -> None:
    n = len(data)
    s = s0
    i = 0
    try:
        while i < n - 1:
            s += (data[i] << 8) + data[i + 1]
            i += 2
    except OverflowError as e:
        print("checksum overflow at", i, "sum", s, e)
        return
    print("checksum", s)


list_sum("fits", [big, big - 1, -big], 0)
list_sum("above", [big, big], 0)
list_sum("above by one", [big, big - 1], 1)
list_sum("below", [-big, -big], -1)
list_sum("start", [9223372036854775807, 1, -2], 5)
list_sum("way back", [-9223372036854775807 - 1, -1, 1], 0)
list_sum("many", [1 << 60] * 8, 0)
list_sum("many less one", [1 << 60] * 8, -1)
data = bytearray(range(256)) * 8
checksum_from(0, data)
checksum_from(9223372036854775807 - 10000000, data)
checksum_from(9223372036854775807 - 100000, data)
checksum_from(9223372036854775807 - 1000, data)
print(sum([big] * 3))
print("unreachable")
