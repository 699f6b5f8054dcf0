# Ends with an uncaught KeyError whose key is a tuple (its repr appears in the message).

grid: dict[tuple[int, int], int] = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
for x in range(4):
    print(x, grid[(x, 0)], grid[(x, 1)])
