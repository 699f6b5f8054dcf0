# Imported first; prints while its module body runs.
print("first: running body")
NAME = "first"
loaded_after: list[str] = []
print("first: done")
