# error: 3:7: str.format() with attribute, item or nested fields
width = 6
print("[{:{}}]".format("x", width))
