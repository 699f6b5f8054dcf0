"""import time: the clocks and sleep.  Only properties are printed (the
values differ run to run): types, order, elapsed time, errors."""
import time


def main() -> None:
    t0 = time.time()
    m0 = time.monotonic()
    p0 = time.perf_counter()
    n0 = time.monotonic_ns()
    pn0 = time.perf_counter_ns()
    w0 = time.time_ns()
    print(isinstance(t0, float), isinstance(m0, float), isinstance(p0, float))
    print(isinstance(n0, int), isinstance(pn0, int), isinstance(w0, int), w0 > 0, t0 > 0.0)
    last = time.monotonic()
    ok = True
    for _ in range(1000):
        now = time.monotonic()
        ok = ok and now >= last
        last = now
    lastp = time.perf_counter_ns()
    for _ in range(1000):
        nowp = time.perf_counter_ns()
        ok = ok and nowp >= lastp
        lastp = nowp
    print("monotonic", ok)
    s0 = time.perf_counter()
    sm = time.monotonic_ns()
    time.sleep(0.01)
    elapsed = time.perf_counter() - s0
    print("slept", elapsed >= 0.01, time.monotonic_ns() - sm >= 10_000_000, elapsed < 5.0)
    time.sleep(0)
    time.sleep(0.0)
    s1 = time.monotonic()
    time.sleep(1 / 50)
    print("int or float", time.monotonic() - s1 >= 0.02)
    t1 = time.time()
    print("wall", t1 >= t0, abs((t1 - t0) - (time.monotonic() - m0)) < 1.0)
    for bad in [-1.0, -0.001, float("nan"), 1e10, float("inf")]:
        try:
            time.sleep(bad)
        except ValueError as e:
            print("ValueError:", e)
        except OverflowError as e:
            print("OverflowError:", e)
    time.sleep(-5)


main()
