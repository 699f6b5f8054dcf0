# error: 5:7: calling a value of type type[int] is not supported by unicc
"""A class value is called only when it holds a class the program defines."""

c: type[int] = int
print(c("3"))
