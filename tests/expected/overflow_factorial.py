# i64 overflow in multiplication: CPython keeps going with big ints, unicc raises OverflowError.

fact = 1
for n in range(1, 26):
    fact *= n
    print(n, fact)
print("done")
