# `while` loops with an index, as people write them: the compiled program
# runs a copy without index checks, sum checks or step checks when the
# compares in front of the loop prove them moot (unicc/transform/
# versioning.py); every other case must behave as CPython does.


def checksum(data: bytearray) -> int:
    n = len(data)
    s = 0
    i = 0
    while i < n - 1:
        s += (data[i] << 8) + data[i + 1]
        i += 2
    if n % 2:
        s += data[n - 1] << 8
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def total_le(xs: list[int], last: int) -> int:
    s = 0
    i = 0
    while i <= last:          # IndexError once last >= len(xs)
        s += xs[i]
        i += 1
    return s


def total_ne(b: bytes, start: int, stop: int) -> int:
    s = 0
    i = start
    while i != stop:
        s += b[i]
        i += 1
    return s


def total_reversed(b: bytes) -> int:
    s = 0
    i = 0
    while len(b) > i:         # the bound on the left
        s += b[i] * 3
        i += 1
    return s


def xor_copy(src: bytes, key: bytes, dst: bytearray) -> None:
    i = 0
    n = len(src)
    while i < n:
        dst[i] = src[i] ^ key[i & 3]
        i += 1


def first_zero(b: bytes) -> int:
    i = 0
    while i < len(b):         # an early exit
        if b[i] == 0:
            return i
        i += 1
    return -1


def until_marker(b: bytearray) -> int:
    s = 0
    i = 0
    while i < len(b):
        if b[i] == 255:
            break
        s += b[i]
        i += 1
    else:
        s = -s
    return s


def countdown(b: bytes) -> int:
    s = 0
    i = len(b) - 1
    while i >= 0:             # a negative step: the checked loop
        s = s * 3 + b[i]
        i -= 1
    return s


def shrinking(xs: list[int]) -> int:
    s = 0
    i = 0
    n = len(xs)
    while i < n:              # the bound changes in the loop
        s += xs[i]
        n -= 1
        i += 1
    return s


def growing(b: bytearray) -> int:
    s = 0
    i = 0
    while i < len(b):         # the length changes in the loop
        s += b[i]
        if len(b) < 12:
            b.append(i)
        i += 1
    return s


def step_in_branch(b: bytes) -> int:
    s = 0
    i = 0
    while i < len(b):         # stepped by different amounts on two paths
        if b[i] & 1:
            i += 3
        else:
            s += b[i]
            i += 1
    return s


def offsets(b: bytes, start: int) -> int:
    s = 0
    i = start
    while i < len(b) - 3:
        s += b[i] + b[i + 1] * 2 + b[i + 3] * 5
        i += 4
    return s


def past_end(b: bytes, n: int) -> int:
    s = 0
    i = 0
    while i < n:              # IndexError in the middle
        s += b[i + 2]
        i += 1
    return s


def negative_start(b: bytes, i: int) -> int:
    s = 0
    while i < 3:              # negative indices count from the end
        s = s * 7 + b[i]
        i += 1
    return s


def big_start(n: int) -> int:
    i = n
    k = 0
    while i < n + 20:
        k += 1
        i += 7
    return k


def squares(n: int) -> int:
    s = 0
    i = 1
    while i * i <= n:         # not a plain bound: the checked loop
        s += i
        i += 1
    return s


def main() -> None:
    data = bytearray((i * 37 + 11) & 0xFF for i in range(1501))
    print(checksum(data), checksum(data[:1500]), checksum(bytearray()), checksum(bytearray(b"\xff")))
    xs = [i * i - 50 for i in range(20)]
    print(total_le(xs, 19), total_le(xs, 0), total_le(xs, -1))
    try:
        print(total_le(xs, 20))
    except IndexError as e:
        print(type(e).__name__, e)
    b = bytes(range(40, 140))
    print(total_ne(b, 0, 100), total_ne(b, 5, 5), total_ne(b, -10, 0))
    try:
        print(total_ne(b, 95, 101))
    except IndexError as e:
        print(type(e).__name__, e)
    print(total_reversed(b), total_reversed(b""))
    dst = bytearray(10)
    xor_copy(b"0123456789", b"\x01\x02\x03\x04", dst)
    print(dst)
    try:
        xor_copy(b"0123456789ab", b"kkkk", dst)
    except IndexError as e:
        print(type(e).__name__, e, dst)
    print(first_zero(b"abc\x00de"), first_zero(b"abc"))
    print(until_marker(bytearray(b"\x01\x02\xff\x04")), until_marker(bytearray(b"\x01\x02")))
    print(countdown(b"\x01\x02\x03"), countdown(b""))
    print(shrinking(list(range(10))))
    print(growing(bytearray(b"\x05\x06")))
    print(step_in_branch(bytes(range(30))))
    print(offsets(b, 0), offsets(b, 2), offsets(b, 98))
    try:
        print(offsets(b, -7))
    except IndexError as e:
        print(type(e).__name__, e)
    print(past_end(b, 98))
    try:
        print(past_end(b, 99))
    except IndexError as e:
        print(type(e).__name__, e)
    print(negative_start(b, -3), negative_start(b, 1))
    try:
        print(negative_start(b, -101))
    except IndexError as e:
        print(type(e).__name__, e)
    print(big_start(0), big_start(9223372036854775700 - 200), big_start(-9223372036854775800))
    print(squares(1000))


main()
