# Iterating over strings, ord/chr, and simple character arithmetic.

word = "Hello, World!"
for ch in word:
    print(ch, ord(ch), end="; ")
print()
print([ord(c) for c in "AZaz09"], "".join(chr(i) for i in range(65, 75)))
print(chr(233), chr(0x4e2d), ord("\u00e9"), ord("\u4e2d"), chr(10) == "\n")


def caesar(text: str, shift: int) -> str:
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


enc = caesar(word, 3)
print(enc, caesar(enc, -3), caesar("xyz", 30))
counts: dict[str, int] = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items()), max(counts, key=lambda k: counts[k]))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print("vowels", vowels)
for i, c in enumerate("xyz"):
    print(i, c, c * (i + 1))
print(list("abc"), tuple("hi"), sorted("banana"), "".join(sorted("banana", reverse=True)))
digits = "4096"
value = 0
for d in digits:
    value = value * 10 + (ord(d) - ord("0"))
    print("parse", d, value)
