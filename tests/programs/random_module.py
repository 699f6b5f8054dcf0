"""random: CPython's Mersenne Twister, seeded by ints, and the functions over
it (stdlib/cpython/random.py), compared number for number with CPython."""

import random
from typing import Callable


def attempt(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, f())
    except (ValueError, IndexError, TypeError) as e:
        print(label, type(e).__name__, e)


for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**40 + 7, 9223372036854775807, 123456789]:
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(32), random.getrandbits(7))
    print(" ", [random.randrange(10) for _ in range(8)], random.randint(-5, 5), random.getrandbits(0))
    print(" ", random.getrandbits(33), random.getrandbits(63), random.randrange(0, 2**40), random.randbytes(5))

random.seed(7)
xs = list(range(20))
random.shuffle(xs)
print(xs)
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words, random.choice(words), random.choice("xyz"), random.choice((1.5, 2.5)))
print(random.sample(range(100), 10), random.sample(words, 3), random.sample(range(10), 10))
print(random.sample(range(1000), 30))      # n > setsize: the set-based algorithm
picked = random.sample(range(50), 5)
weighted = random.choices([0.5, 1.5, 2.5], k=4)
print(sum(picked), picked[0] + 1, sum(weighted), random.choice(range(5)) * 2, random.choice([2.5]) / 2)
print(random.sample(range(50), 7), random.sample(xs, 0))
print(random.sample(["r", "b"], 5, counts=[4, 2]))
print(random.choices(words, k=4), random.choices(range(3)), random.choices([], k=0))
print(random.choices(words, weights=[1, 0, 0, 5, 2], k=6))
print(random.choices(words, [0.5, 0.5, 3.0, 0.0, 1.0], k=6))
print(random.choices(words, cum_weights=[1, 2, 3, 4, 10], k=6))
print(random.uniform(1.0, 3.0), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 9))
print(random.triangular(2.0, 2.0, 2.0), random.randrange(10, 100, 7), random.randrange(100, 10, -9))
print(random.randbytes(0), random.randbytes(9).hex())

r1 = random.Random(2024)
r2 = random.Random(2024)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), r1.choice([3, 1, 4]))
state = r1.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)], r1.getrandbits(16))
r3 = random.Random()
r3.seed(99)
print(r3.random(), random.Random(99).random())
big = random.Random(5)
print(sum(big.getrandbits(32) for _ in range(2000)), big.random())   # several twists

unseeded = random.Random()
v = unseeded.random()
print(0.0 <= v < 1.0, 0 <= random.randrange(3) < 3)

attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(-3)", lambda: random.randrange(-3))
attempt("randrange(5, 5)", lambda: random.randrange(5, 5))
attempt("randrange(9, 2)", lambda: random.randrange(9, 2))
attempt("randrange(0, 10, 0)", lambda: random.randrange(0, 10, 0))
attempt("randrange(0, 10, -1)", lambda: random.randrange(0, 10, -1))
attempt("randrange(3, step=2)", lambda: random.randrange(3, step=2))
attempt("randint(3, 2)", lambda: random.randint(3, 2))
attempt("choice([])", lambda: random.choice([]))
attempt("choice('')", lambda: random.choice(""))
attempt("sample 6 of 5", lambda: random.sample(range(5), 6))
attempt("sample -1", lambda: random.sample(range(5), -1))
attempt("sample counts", lambda: random.sample(["a", "b"], 1, counts=[1]))
attempt("sample counts 0", lambda: random.sample(["a", "b"], 1, counts=[0, 0]))
attempt("choices both", lambda: random.choices(words, [1.0] * 5, cum_weights=[1.0] * 5))
attempt("choices len", lambda: random.choices(words, [1.0, 2.0]))
attempt("choices zero", lambda: random.choices(words, [0, 0, 0, 0, 0]))
attempt("choices inf", lambda: random.choices(words, [1.0, float("inf"), 1.0, 1.0, 1.0]))
attempt("choices empty", lambda: random.choices([], k=1))
attempt("getrandbits(-1)", lambda: random.getrandbits(-1))
attempt("randbytes(-1)", lambda: random.randbytes(-1))
attempt("setstate", lambda: random.setstate((4, (), None)))
attempt("setstate size", lambda: random.setstate((3, (1, 2), None)))
attempt("choice(set())", lambda: random.choice(set()))
attempt("choice({1})", lambda: random.choice({1}))
attempt("sample(set)", lambda: random.sample({1, 2}, 1))
random.seed()
random.seed(None)
print(random.random() < 1.0)

# str, bytes and bytearray seeds: CPython's version 2 (the bytes and their SHA-512)
for text in ["", "a", "hello world", "éß→"]:
    random.seed(text)
    print(repr(text), random.random(), random.randint(1, 1000))
for data in [b"", b"\x00\x00", b"abc" * 50]:
    random.seed(data)
    print(data[:6], random.getrandbits(40))
seeded = random.Random("seed")
print(seeded.random(), seeded.choice([1, 2, 3]))
random.seed(bytearray(b"xyz"))
print(random.random())
for text in ["", "a", "hello world", "éß→"]:     # version 1: Python 2's 64-bit hash
    random.seed(text, version=1)
    print(random.random())
random.seed(b"bytes v1", 1)
print(random.random())
attempt("seed(bytearray, 1)", lambda: random.seed(bytearray(b"x"), version=1))
