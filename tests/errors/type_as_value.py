# error: 3:5: type() is not supported
x = 1
t = type(x)
