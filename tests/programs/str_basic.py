# String literals, escapes, concatenation, repetition, len and indexing.

s = "hello"
t = 'world'
print(s + " " + t, len(s), len(s + t), s * 3, 2 * t, "-" * 20)
print(s[0], s[4], s[-1], s[-5], t[2])
print("tab\there", "quote\"s", 'single\'s', "back\\slash", "nl\\n")
print("multi\nline")
print("""triple
quoted""")
print("unicode: \u00e9\u00e8 caf\xe9 \u4e2d\u6587", len("\u4e2d\u6587"), len("caf\xe9"))
print("" + "", len(""), "" * 5, "ab" * 0, "ab" * -1)
words = ["alpha", "beta", "gamma"]
sentence = ""
for w in words:
    sentence += w
    sentence += ","
    print(sentence)
print(str(42), str(-3), str(2.5), str(True), str(None), str([1, 2]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("a\nb\tc\\"))
print(repr("\x00\x1f\x7f"), repr("\u00e9"), repr(""))
c = "abc"
c2 = c
c += "d"
print(c, c2, c is not None)
name = "unicc"
print("Name: " + name.upper() + "!", "x" "y" "z")
print(len("a\tb\n"), "é" == "\u00e9")
