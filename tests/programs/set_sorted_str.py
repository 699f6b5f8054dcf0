# Sets of strings, printed only through sorted() since str hashes are randomized.

text = "the quick brown fox jumps over the lazy dog the end"
words = set(text.split())
print(len(words), sorted(words))
letters = set(text.replace(" ", ""))
print(len(letters), "".join(sorted(letters)), len(letters) == 26)
vowels = {"a", "e", "i", "o", "u"}
print(sorted(letters & vowels), sorted(letters - vowels)[:5], "q" in letters, "!" in letters)
seen: set[str] = set()
dups: list[str] = []
for w in text.split():
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups, sorted(seen))
a = {"x", "y", "z"}
b = {"y", "z", "w"}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a == {"z", "y", "x"})
tags = {("py", 3), ("c", 1), ("py", 3)}
print(len(tags), sorted(tags))
bs = {b"k1", b"k2", b"k1"}
print(len(bs), sorted(bs))
uniq = sorted({w.lower() for w in ["A", "a", "B", "b", "C"]})
print(uniq)
