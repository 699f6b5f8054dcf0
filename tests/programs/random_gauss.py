"""random.gauss, normalvariate, lognormvariate, expovariate: CPython's
algorithms over its Mersenne Twister, so int seeds give its exact numbers
(gauss keeps its second value for the next call; seed and setstate reset it)."""

import random


def show(xs: list[float]) -> None:
    print(" ".join(repr(x) for x in xs))


def main() -> None:
    for s in (0, 1, 42, 2**40 + 7, -5):
        random.seed(s)
        show([random.gauss() for _ in range(5)])
        show([random.gauss(10.0, 2.5) for _ in range(3)])
        random.seed(s)
        show([random.normalvariate() for _ in range(5)])
        show([random.normalvariate(-3.0, 0.5) for _ in range(3)])
        random.seed(s)
        show([random.lognormvariate(0.0, 1.0) for _ in range(3)])
        show([random.expovariate(1.5) for _ in range(3)])
        show([random.expovariate(-2.0) for _ in range(2)])
    random.seed(7)
    random.gauss()
    state = random.getstate()
    a = random.gauss()   # the kept second value
    random.setstate(state)
    print(a == random.gauss(), state[2] is not None)
    random.seed(7)
    random.gauss()
    random.seed(7)       # seed drops the kept value
    print(random.gauss() == random.Random(7).gauss())
    r = random.Random(123)
    show([r.gauss(1.0, 0.1), r.gauss(1.0, 0.1), r.normalvariate(), r.expovariate(0.25)])
    total = 0.0
    rr = random.Random(99)
    for _ in range(10000):
        total += rr.gauss()
    print(repr(total))
    try:
        random.expovariate(0.0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    print(repr(random.Random(5).gauss(0.0, 0.0)))


main()
