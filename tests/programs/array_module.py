"""array.array (stdlib/cpython/array.py when compiled): typecodes, range
checks with CPython's messages, indexing, iteration, *, repr, tobytes,
frombytes."""

from __future__ import annotations

import array


def num_primes_array(n: int) -> int:
    is_prime = array.array('b', [1]) * (n + 1)
    is_prime[0] = is_prime[1] = 0
    for i in range(2, n + 1):
        if is_prime[i] and i * i <= n:
            j = i * i
            while j <= n:
                is_prime[j] = 0
                j += i
    count = 0
    for b in is_prime:
        if b:
            count += 1
    return count


print(num_primes_array(1000))
a = array.array('B', [0] * 5)
a[2] = 255
print(a, len(a), a[2], a[-1], a.tolist())
d = array.array('d', [1.5, 2.0])
d.append(3.25)
print(d, sum(d))
print(array.array('i'))
for bad in (256, -1):
    try:
        a[0] = bad
    except OverflowError as e:
        print("OverflowError", e)
try:
    array.array('b', [1, 2, 300])
except OverflowError as e:
    print("OverflowError", e)
try:
    print(a[9])
except IndexError as e:
    print("IndexError", e)
for code, vals in (("b", [0, -1, 127, -128]), ("B", [0, 1, 255]), ("h", [-2, 300]), ("H", [65535, 7]),
                   ("i", [-5, 2**31 - 1]), ("I", [2**32 - 1]), ("l", [-9223372036854775807 - 1, 5]), ("q", [2**62])):
    arr = array.array(code, vals)
    raw = arr.tobytes()
    back: array.array[int] = array.array(code)
    back.frombytes(raw)
    back.frombytes(bytearray(raw[:arr.itemsize]))
    print(code, arr.itemsize, raw.hex(), back)
fl = array.array('d', [1.5, -0.25, 1e300])
print(fl.tobytes().hex(), array.array('f', [1.5, 0.1, 1e39]).tobytes().hex(), fl.itemsize)
pixels = array.array('B', [0] * 6)
pixels[2] = 255
print(pixels.tobytes())
try:
    array.array('H').frombytes(b"abc")
except ValueError as e:
    print("ValueError", e)
