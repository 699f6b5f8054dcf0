# error: 3:1: unpacking a bytes is not supported
data = b"xy"
a, b = data
print(a, b)
