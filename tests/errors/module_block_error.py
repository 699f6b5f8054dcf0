# error: 8:11: calling 'make', a value of type
# An unsupported statement nested in a block of the module's top level (a for
# loop's body) is reported like one in a function; it was dropped, and the
# block it left unfinished ended the program silently with status 0.

print("start")
for make in (lambda: 1, lambda: "a"):
    print(make())
print("end")
