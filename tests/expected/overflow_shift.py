# i64 overflow in a left shift that moves bits past bit 63, after a caught one.

x = 1
for i in range(62, 65):
    try:
        print(i, (x << i) - 1)
    except OverflowError:
        print(i, "caught")
print(x << 70)
