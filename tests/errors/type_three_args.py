# error: 4:5: type() is not supported by unicc
"""type(name, bases, namespace) makes a class at run time."""

C = type("C", (), {})
print(C)
