# error: 3:1: starred assignment is not supported by unicc
xs = [1, 2, 3]
a, *b = xs
print(a)
