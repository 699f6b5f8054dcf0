# error: 3:7: star expressions is not supported by unicc
xs = [1, 2, 3]
ys = [*xs, 4]
print(ys)
