# set[int]: construction, add/discard/remove, union/intersection/difference, printing.

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a, b, len(a), 3 in a, 9 in a, 9 not in b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5, 6}, {1, 2} < a, a >= {1}, a.issubset(b), a.isdisjoint({8, 9}))
s: set[int] = set()
for x in [5, 3, 5, 1, 3, 9, 1]:
    s.add(x)
    print("add", x, s, len(s))
s.discard(3)
s.discard(100)
s.remove(9)
print(s)
s.update([10, 20], {30})
print(s, sorted(s), sum(s), max(s), min(s))
u = set(range(10))
u -= {0, 2, 4}
u |= {100}
u &= set(range(1, 50))
print(u)
evens = {x for x in range(20) if x % 2 == 0}
print(evens, {x % 7 for x in range(30)})
print(set([3, 3, 3]), {1, 2} == {2, 1}, {1} != {1, 2}, set() == set())
neg = {-1, -5, 0, 64, 65, 33}
print(neg, sorted(neg, reverse=True))
copy = a.copy()
copy.clear()
print(a, copy, bool(copy), bool(a))
print(a.pop() in {1, 2, 3, 4, 5})
