# error: 4:8: a set or a dict keyed by exception classes is not supported by unicc
"""A class value is a type descriptor: a set cannot hash it."""

seen = {ValueError, KeyError}
print(len(seen))
