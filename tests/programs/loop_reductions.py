# Sums in counted loops: the compiled code runs a copy without overflow
# checks when no sum can overflow, else the checked loop (near the i64
# limits: the overflows themselves are in tests/expected/overflow_reduction).
from unicc_buf import Buffer


def byte_sum(data: bytearray, start: int) -> int:
    s = start
    for i in range(len(data)):
        s += data[i]
    return s


def u16_sum(b: Buffer) -> int:
    s = 0
    for i in range(0, len(b) - 1, 2):
        s += b.get_u16_be(i)
    return s


def index_sums(n: int, s0: int) -> tuple[int, int, int]:
    total = s0
    count = 0
    down = 0
    for k in range(n):
        if k % 3 != 0:
            total += k
            count += 1
            down -= k & 7
    return total, count, down


def fresh_each_time(n: int) -> int:
    x = 1 << 40          # set before the loop: not a small increment
    s = 0
    for i in range(n):
        s += x
        x = i & 3
    return s


data = bytearray(range(256)) + bytearray(range(100, 200))
print(byte_sum(data, 0), byte_sum(data, -5), byte_sum(bytearray(), 7))
print(byte_sum(data, (1 << 62) - 1), byte_sum(data, 1 << 62))
b = Buffer(bytes(range(200, 255)))
print(u16_sum(b), u16_sum(b.slice(3, 10)), u16_sum(b.slice(0, 0)))
print(index_sums(1000, 0), index_sums(1000, -(1 << 62)), index_sums(0, 5))
print(fresh_each_time(10))


def list_sum(xs: list[int], start: int) -> tuple[int, int]:
    return sum(xs), sum(xs, start)


big = 1 << 62
print(list_sum([], 7), list_sum([1, -2, 3], 0), list_sum(list(range(-500, 1000)), -(1 << 62)))
print(list_sum([big, big - 1, -big, -big], 5), list_sum([-big, -big, big, -big], big))
# on the way the sums leave i64, the totals do not: CPython's totals
print(list_sum([9223372036854775807, 1, -2], -7), list_sum([-9223372036854775807 - 1, -1, 1], 0))
print(list_sum([big] * 3 + [-big] * 3, 1), list_sum([0xFFFFFFFF] * 1000 + [-(1 << 41)], -1))
