# Loops whose index checks the compiled program drops in a copy chosen in
# front of the loop (unicc/transform/versioning.py): accesses at negative
# and positive offsets of the index, masked indices, calls that cannot
# change a length and calls that do, stores of values that are not bytes.
# Every case must behave as CPython does, errors included.


def rotr(x: int, n: int) -> int:
    return ((x >> n) | (x << (32 - n))) & 0xFFFFFFFF


def schedule(w: list[int], start: int) -> None:
    for t in range(start, len(w)):       # w[t - 16] is w[-...] if start < 16
        x = w[t - 15]
        y = w[t - 2]
        s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
        s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & 0xFFFFFFFF


def grow(xs: list[int], x: int) -> int:
    xs.append(x)
    return x


def calls_grow(xs: list[int]) -> int:
    s = 0
    n = len(xs)
    for i in range(n):                   # the call appends to the list indexed
        s += xs[i] + grow(xs, i) if i < 3 else xs[i]
    return s + len(xs)


def shrink(xs: list[int]) -> int:
    return xs.pop()


def calls_shrink(xs: list[int]) -> int:
    s = 0
    i = 0
    n = len(xs)
    while i < n:                         # IndexError once the list has shrunk
        s += xs[i]
        if i == 2:
            shrink(xs)
            shrink(xs)
        i += 1
    return s


def masked(src: bytes, key: bytes) -> bytes:
    out = bytearray(len(src))
    i = 0
    while i < len(src):
        out[i] = src[i] ^ key[i & 7]     # IndexError if key is shorter than 8
        i += 1
    return bytes(out)


def store(dst: bytearray, vals: list[int]) -> None:
    for i in range(len(vals)):           # ValueError for a non-byte, IndexError past dst
        dst[i] = vals[i]


def window(b: bytes, lo: int) -> int:
    s = 0
    i = lo
    while i < len(b):
        s += b[i - 3] * 2 + b[i - 1]     # negative offsets: b[-3] when lo is 0
        i += 1
    return s


def main() -> None:
    w = [(i * 0x9E3779B9) & 0xFFFFFFFF for i in range(64)]
    schedule(w, 16)
    print(w[16], w[63], sum(w) & 0xFFFFFFFF)
    v = [(i * 7 + 1) & 0xFFFFFFFF for i in range(20)]
    schedule(v, 3)                       # negative indices count from the end
    print(v)
    try:
        schedule([1, 2, 3], 1)
    except IndexError as e:
        print(type(e).__name__, e)
    print(calls_grow([5, 6, 7, 8, 9]))
    try:
        print(calls_shrink([1, 2, 3, 4, 5]))
    except IndexError as e:
        print(type(e).__name__, e)
    print(calls_shrink([1, 2, 3]))
    print(masked(b"hello, world", b"01234567").hex())
    try:
        masked(b"hello, world", b"0123")
    except IndexError as e:
        print(type(e).__name__, e)
    print(masked(b"abc", b"0123").hex())   # i & 7 stays below 3: no error
    d = bytearray(4)
    store(d, [1, 2, 3])
    print(d)
    for vals in ([1, 256, 3], [1, 2, 3, 4, 5], [1, 2, -1], [9, 9, 9, 9, 300]):
        try:
            store(d, vals)
        except (IndexError, ValueError) as e:
            print(type(e).__name__, e, d)
    b = bytes(range(1, 30))
    print(window(b, 3), window(b, 0), window(b, 29), window(b, 40))
    try:
        print(window(b"ab", 0))
    except IndexError as e:
        print(type(e).__name__, e)


main()
