# error: 3:19: encoding 'cp1252' is not supported by unicc
word = "caf\u00e9"
print(word.encode("cp1252"))
