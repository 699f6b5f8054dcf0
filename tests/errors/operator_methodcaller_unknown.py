# error: 4:16: operator.methodcaller('shout', ...) of a value of type str is not supported by unicc
# str has no method shout (CPython: AttributeError when called)
from operator import methodcaller
print(list(map(methodcaller("shout"), ["a"])))
