# error: 6:5: type() of a value of type None as a value is not supported by unicc
"""type(x) of a value that may be None has no class unicc can hold (type[None]);
`type(x) is C` and `type(x).__name__` work."""

x = None
t = type(x)
print(t)
