# error: 4:10: this functools.partial() is not supported by unicc
import functools

to_int = functools.partial(int, base=2)
print(to_int("101"))
