# error: 5:5: using 'shutil.get_terminal_size' as a value is not supported
import shutil

# a function of a library module unicc does not compile, named by its module
f = shutil.get_terminal_size
print(f())
