# error: 6:13: a class held as object is not supported by unicc
# (a class value is a type descriptor: held as object, printing or hashing it
# would read it as an object)
kinds: tuple[type[Exception], ...] = (KeyError, ValueError)
print(len(kinds))
o: object = ValueError
print(o)
