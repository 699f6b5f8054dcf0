# i64 overflow in **: 3 ** 39 fits, 3 ** 40 does not.

for e in range(36, 45):
    print(e, 3 ** e)
