# error: 2:20: bytes.index() with an argument of type int is not supported
print(b"abc".index(98))
