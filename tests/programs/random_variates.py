# random's continuous distributions beyond gauss: the same sequences as CPython
# for a seed (paretovariate, weibullvariate, vonmisesvariate, gammavariate on
# its three branches, betavariate), through the module and a Random instance.
import random


def show(name: str, xs: list[float]) -> None:
    print(name, [repr(x) for x in xs])


random.seed(2024)
show("pareto", [random.paretovariate(a) for a in (0.5, 1.0, 3.0, 10.0)])
show("weibull", [random.weibullvariate(a, b) for a, b in ((1.0, 0.5), (2.0, 1.0), (0.3, 5.0))])
show("vonmises", [random.vonmisesvariate(mu, k) for mu, k in ((0.0, 0.0), (1.0, 1e-7), (3.0, 0.5),
                                                              (-2.0, 4.0), (10.0, 100.0))])
show("gamma<1", [random.gammavariate(0.3, 2.0) for _ in range(5)])
show("gamma=1", [random.gammavariate(1.0, 3.0) for _ in range(3)])
show("gamma>1", [random.gammavariate(a, 0.5) for a in (1.5, 2.0, 9.0, 100.0)])
show("beta", [random.betavariate(a, b) for a, b in ((0.5, 0.5), (2.0, 5.0), (1.0, 1.0), (0.01, 3.0))])
r = random.Random(7)
show("instance", [r.gammavariate(2.5, 1.0), r.betavariate(3.0, 0.7), r.vonmisesvariate(0.5, 2.0),
                  r.paretovariate(2.0), r.weibullvariate(1.5, 2.5)])
total = 0.0
for _ in range(2000):
    total += r.gammavariate(0.7, 1.0) + r.betavariate(1.2, 0.8)
print(repr(total))
for a, b in ((0.0, 1.0), (1.0, -1.0), (-3.0, 0.0)):
    try:
        random.gammavariate(a, b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    random.betavariate(0.0, 1.0)
except ValueError as e:
    print(type(e).__name__, e)
