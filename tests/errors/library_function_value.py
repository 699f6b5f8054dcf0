# error: 5:5: using 'os.getcwd' as a value is not supported
import os

# a function of a library module unicc does not compile, named by its module
f = os.getcwd
print(f())
