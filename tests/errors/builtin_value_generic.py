# error: 4:5: 'abs' as a value of a generic type is not supported
# CPython prints 3; the value's type is generic, so its argument's
# representation is not known where it is called
g = abs
print(g(-3))
