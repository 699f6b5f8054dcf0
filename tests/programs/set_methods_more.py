"""Set methods with other iterables than sets (each becomes a set of the
receiver's items first) and the in-place forms, in CPython's order."""

s = {1, 2, 3}
print(s.union([4, 5]), s.issubset([1, 2, 3, 4]), s.difference((1,)), s.intersection(range(2)))
print(s.issuperset({1, 2}), s.issuperset([1, 9]), s.isdisjoint([7, 8]), s.isdisjoint({3}), s.isdisjoint(set()))
s.update([9])
print(s, s.symmetric_difference([1, 10]))

a = set(range(0, 40, 3))
a.difference_update(range(0, 40, 2))
print(a, len(a))
a.intersection_update([3, 9, 15, 21, 33, 100])
print(a, len(a))
a.symmetric_difference_update({3, 5, 7, 9})
print(a)
a.symmetric_difference_update(a)
print(a)
b = {10, 20, 30}
b.difference_update(b)
print(b)
words = {"to", "be", "or", "not"}
words.intersection_update(("be", "not", "maybe"))
words.symmetric_difference_update(["not", "yes"])
print(sorted(words), words.issubset(["be", "yes", "x"]))
big = set(range(100))
big.intersection_update(range(50, 60))
print(big, big.pop(), big)
