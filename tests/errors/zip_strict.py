# error: 3:12: zip(strict=...) is not supported by unicc
pairs = [(1, 2)]
print(list(zip([1], [2], strict=True)), pairs)
