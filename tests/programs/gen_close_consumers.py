"""Generators closed where CPython drops them: try/finally with return in a
generator, yield from, close() twice and before start, nested owned loops
left by return, an exception from the loop body, and consumers that stop
early on a generator made for them: any(), all(), `in`, next(g())."""

from typing import Generator, Iterator


def g1() -> Generator[int, None, str]:
    try:
        yield 1
        raise ValueError("inside")
    finally:
        return "swallowed"


def g2() -> Iterator[int]:
    for i in range(3):
        try:
            yield i
        finally:
            print("g2 step", i)


def g3() -> Iterator[int]:
    try:
        yield from g2()
    finally:
        print("g3 done")


def g4() -> Generator[int, None, None]:
    try:
        yield 1
    except GeneratorExit:
        print("g4 exit seen")
        raise


x = g1()
print(next(x))
try:
    next(x)
except StopIteration as s:
    print("stop", s.value)
for v in g3():
    if v == 1:
        break
print("after g3")
y = g4()
next(y)
y.close()
y.close()
print("closed twice")
z = g4()
z.close()
print("closed unstarted")
try:
    next(z)
except StopIteration:
    print("z exhausted")


def consume() -> list[int]:
    out: list[int] = []
    for a in g2():
        for b in g2():
            if b == 1:
                break
            out.append(a * 10 + b)
        if a == 1:
            return out
    return out


print(consume())
total = 0
try:
    for v in g3():
        total += 10 // (1 - v)
except ZeroDivisionError as e:
    print("zde", e, total)
print([v for v in g3() if v < 2])
print(any(v == 1 for v in g3()))
print("end")
print(1 in g3())
print("after in")
print(next(g3()))
print("after next")
print(all(v < 1 for v in g3()))
print(any(g3()))
print("end2")
