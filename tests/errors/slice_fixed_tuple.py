# error: 8:7: a fixed-length tuple indexed by a slice object is not supported by unicc
# mypy types `t[s]` of a tuple[int, int, int] as int when s is a slice
# object (not `t[1:3]` as written); CPython gives a tuple: compiling it
# would read a tuple as an int.
t = (3, 4, 5)
s = slice(1, 3)
print(t[1:3])
print(t[s])
