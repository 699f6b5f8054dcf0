# Simple generators: lazy start, for loops, list()/sum()/join(), independent instances, infinite generators stopped with break.
from typing import Iterator


def count_up(start: int, stop: int) -> Iterator[int]:
    n = start
    while n < stop:
        yield n
        n += 1


def naturals() -> Iterator[int]:
    n = 0
    while True:
        yield n
        n += 1


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def words(text: str) -> Iterator[str]:
    word = ""
    for ch in text:
        if ch == " ":
            if word:
                yield word
            word = ""
        else:
            word += ch
    if word:
        yield word


def traced(n: int) -> Iterator[int]:
    print("  traced: started")
    for i in range(n):
        print("  traced: yielding", i)
        yield i * 10
    print("  traced: finished")


def grid(w: int, h: int) -> Iterator[tuple[int, int]]:
    for y in range(h):
        for x in range(w):
            if (x + y) % 2 == 0:
                yield (x, y)


def parse_ints(items: list[str]) -> Iterator[int]:
    for s in items:
        try:
            yield int(s)
        except ValueError:
            yield -1


print(list(count_up(3, 7)), sum(count_up(1, 101)), list(count_up(5, 5)))
for n in naturals():
    if n * n > 50:
        print("first square above 50:", n)
        break
print([f for _, f in zip(range(12), fib())])
for f in fib():
    if f > 1000:
        print("first fib above 1000:", f)
        break
print([w.upper() for w in words("the quick  brown fox ")], "-".join(words(" a bb ccc")))
print(sorted(words("pear apple fig")), max(words("x yyy zz"), key=len), tuple(count_up(0, 3)))
print(dict(enumerate(words("zero one two"))), 4 in count_up(0, 10), 12 in count_up(0, 10))

print("create")
t = traced(3)
print("first next")
print("got", next(t))
print("loop over the rest")
for v in t:
    print("got", v)
print("after loop", list(t))

a = count_up(0, 100)
b = count_up(100, 200)
print(next(a), next(b), next(a), next(b), next(a))
print(list(grid(3, 3)), len(list(grid(4, 2))))
print(list(parse_ints(["1", "x", "30", "4.5"])))
total = 0
evens = 0
for n in count_up(1, 1000):
    if n % 2 == 0:
        evens += 1
        continue
    total += n
    if total > 10000:
        break
print(total, evens)
