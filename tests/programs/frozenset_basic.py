"""frozenset: construction, printing, set operations with sets (the result of
the left operand's type), hashing as CPython (sets and dicts of frozensets
iterate in its order), equality with sets."""
VOWELS = frozenset("aeiou")
EMPTY: frozenset[int] = frozenset()


def count_vowels(s: str) -> int:
    return sum(1 for c in s if c in VOWELS)


a = frozenset([3, 1, 2])
b = {2, 3, 4}
print(VOWELS == set("uoiea"), len(VOWELS), count_vowels("education"), sorted(VOWELS))
print(a, EMPTY, repr(a), str(EMPTY), type(a).__name__, isinstance(a, frozenset), isinstance(a, set))
print(a | b, a & b, a - b, a ^ b, b | a, b - a)
print(a.union(b), a.intersection([1, 9]), a.difference({1}), a.issubset({1, 2, 3, 4}), a.isdisjoint({7}))
print(hash(frozenset()) == hash(frozenset()), hash(a) == hash(frozenset({1, 2, 3})))
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b", frozenset({3}): "c"}
print(groups, len(groups))
nested = {frozenset({1}), frozenset({1, 2}), frozenset(), frozenset({5, 6, 7})}
print(sorted(sorted(x) for x in nested), frozenset({1, 2}) in nested)
words = [frozenset(w) for w in ["abc", "cab", "xyz", "zyx", "q"]]
print(len(set(words)), [sorted(w) for w in words][:2], a.copy() == a, set(a), list(set(a) | {9}))
for x in sorted(a):
    print(x, end=" ")
print()
print({frozenset({i, i + 1}) for i in range(6)})
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1})))
print(sorted(words[0]), [EMPTY], {"k": a}, (a, EMPTY))
o: object = a
print(o, repr(o), isinstance(o, frozenset), o == {1, 2, 3})
fs_list: list[frozenset[int]] = [frozenset(), frozenset(range(3))]
print(fs_list, max(len(f) for f in fs_list))
print(a.issuperset({1}), a.symmetric_difference([3, 5]), frozenset(x * x for x in range(4)))
