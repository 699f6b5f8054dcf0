# Catches string/dict/list lookup errors, then ends with an uncaught string IndexError.

word = "abc"
d: dict[int, str] = {}
try:
    print(word[5])
except IndexError as e:
    print("str:", e)
try:
    print(d[7])
except KeyError as e:
    print("dict:", e)
try:
    print([1][1])
except IndexError as e:
    print("list:", e)
try:
    print(b"x"[3])
except IndexError as e:
    print("bytes:", e)
try:
    pair = (1, 2)
    k = len(pair)
    print(pair[k])
except IndexError as e:
    print("tuple:", e)
try:
    print([1, 2].index(3))
except ValueError as e:
    print("list.index:", e)
try:
    print("abc".index("z"))
except ValueError as e:
    print("str.index:", e)
for i in range(-3, 5):
    print(i, word[i])
