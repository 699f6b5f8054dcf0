# i64 overflow in addition near the top of the range.

x = 9223372036854775800
for i in range(5):
    x += 3
    print(i, x)
