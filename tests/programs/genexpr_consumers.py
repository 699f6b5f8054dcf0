# Generator expressions consumed by list, sum, any, all, min, max, sorted, join, tuple.

nums = [3, 8, -2, 7, 0, 15, -6, 4]
print(sum(x for x in nums), sum(x * x for x in nums if x > 0))
print(any(x < 0 for x in nums), all(x < 100 for x in nums), any(x > 100 for x in nums))
print(all(x != 0 for x in nums), any(False for _ in range(3)), all(True for _ in []))
print(list(x // 2 for x in nums), tuple(x for x in nums if x % 2), sorted(-x for x in nums))
print(min(x for x in nums if x > 0), max(abs(x) for x in nums))
print(",".join(str(x) for x in nums), "".join(c.upper() for c in "gen" if c != "e"))
words = ["alpha", "beta", "gamma", "delta"]
print(sum(len(w) for w in words), max(len(w) for w in words), list(w[0] for w in words))
total = sum(i * j for i in range(5) for j in range(5) if i < j)
print(total)
print(" ".join(w.upper() for w in words if "l" in w), list(w for w in words if w < "c"))
calls = 0


def check(v: int) -> bool:
    global calls
    calls += 1
    return v > 5


print(any(check(v) for v in nums), calls)
calls = 0
print(all(check(v) for v in nums), calls)
