# error: 5:1: str() or repr() of a container of exception classes is not supported by unicc
"""A class value prints, but a list of them does not (its repr would ask each item)."""

kinds = [ValueError, KeyError]
print(kinds)
