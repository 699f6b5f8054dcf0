# error: 5:1: assigning math.pi, a name of a library module, is not supported by unicc
import math


math.pi = 3.0
print(math.pi)
