# Item accesses in counted loops: the compiled code drops the index checks in
# a copy of the loop run only when every index is in range; everywhere else
# the checks raise as CPython does.
from typing import Optional

from unicc_buf import Buffer


def mark(flags: bytearray, step: int) -> int:
    for j in range(step * step, len(flags), step):
        flags[j] = 1
    return sum(flags)


def mark_to(flags: bytearray, start: int, stop: int) -> str:
    try:
        for j in range(start, stop):
            flags[j] = 7
    except IndexError as e:
        return f"IndexError {e}: {bytes(flags).hex()}"
    return bytes(flags).hex()


def bad_byte(flags: bytearray, v: int) -> str:
    try:
        for j in range(len(flags)):
            flags[j] = v + j
    except ValueError as e:
        return f"ValueError {e}: {bytes(flags).hex()}"
    return bytes(flags).hex()


def squares(xs: list[int], stop: int) -> list[int]:
    out = [0] * len(xs)
    try:
        for i in range(stop):
            out[i] = xs[i] * xs[i]
    except IndexError as e:
        print("IndexError", e, "at", i)
    return out


def stale_index(xs: list[int]) -> int:
    j = len(xs) + 5        # the first iteration reads xs[j] before j follows i
    total = 0
    try:
        for i in range(len(xs)):
            total += xs[j]
            j = i
    except IndexError as e:
        print("IndexError", e)
    return total


def growing(xs: list[int], n: int) -> list[int]:
    for i in range(n):
        xs.append(xs[i] + 1)   # the length changes: no copy
    return xs


def maybe(xs: Optional[list[int]], n: int) -> int:
    total = 0
    for i in range(n):
        if xs is not None:
            total += xs[i]
    return total


def bytes_sum(b: Buffer, stop: int) -> int:
    s = 0
    try:
        for i in range(stop):
            s += b[i] + b.get_u8(i)
    except IndexError as e:
        print("IndexError", e, s)
    return s


def nested(rows: list[list[int]]) -> int:
    t = 0
    for r in range(len(rows)):
        row = rows[r]
        for c in range(len(row)):
            t += row[c] * (r + 1)
    return t


f = bytearray(30)
print(mark(f, 2), mark(f, 3), mark(bytearray(5), 3), f.hex())
print(mark_to(bytearray(4), 1, 3), mark_to(bytearray(4), 2, 6))
print(mark_to(bytearray(4), -3, 0), mark_to(bytearray(4), -6, 1))
print(bad_byte(bytearray(3), 250), bad_byte(bytearray(8), 250))
print(squares([1, 2, 3, 4], 4), squares([1, 2, 3], 5), squares([5, 6], -1))
print(stale_index([3, 4, 5]), stale_index([]))
print(growing([1], 4), maybe([1, 2, 3], 3), maybe(None, 3))
buf = Buffer(bytes(range(10, 20)))
print(bytes_sum(buf, 10), bytes_sum(buf, 12), bytes_sum(buf.slice(2, 4), 2))
print(nested([[1, 2], [], [3, 4, 5]]))
