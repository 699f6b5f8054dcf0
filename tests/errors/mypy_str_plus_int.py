# error: 4:21: Unsupported operand types for + ("str" and "int")

count = 3
label = "items: " + count
print(label)
