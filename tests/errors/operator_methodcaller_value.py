# error: 5:9: operator.methodcaller() is supported by unicc where it is passed as key=
# kept in a variable, nothing says what it will be given: its method is not known
from operator import methodcaller

strip = methodcaller("strip")
print(list(map(strip, [" a "])))
