# error: 3:43: zip(strict=...) other than True or False
strict = len("ab") == 2
print(list(zip([1, 2], ["a", "b"], strict=strict)))
