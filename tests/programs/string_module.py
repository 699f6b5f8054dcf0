"""string module constants and capwords (stdlib/cpython/string.py when
compiled, CPython's own under CPython); str.maketrans(x, y) and translate."""

import string

rot13 = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase,
    string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13],
)
print("Hello, World!".translate(rot13), string.digits, string.capwords("hello big  world"))
print(repr(string.whitespace), string.punctuation, len(string.printable), string.hexdigits, string.octdigits)
print(sorted(str.maketrans("ab", "xy").items()))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(e)
