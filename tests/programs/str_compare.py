# String comparison, ordering, sorting, min/max and equality.

words = ["banana", "Apple", "cherry", "apple", "Banana", "a", "", "ab", "\u00e9clair", "zebra"]
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
pairs = [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("Z", "a"), ("", "a"), ("same", "same")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print("apple" < "apples" < "b", "10" < "9", "A" < "a", "\u00e9" > "z")
names = ["bob", "alice", "carol", "dave", "alice"]
print(names.index("carol"), names.count("alice"), sorted(set(names)))
names.sort()
print(names)
names.sort(key=lambda n: (len(n), n), reverse=True)
print(names)
print("abc" == "ab" + "c", "ABC".lower() == "abc")
print(sorted(["b10", "b9", "a100", "a2"]), sorted(["b10", "b9", "a100", "a2"], key=lambda s: (s[0], int(s[1:]))))
