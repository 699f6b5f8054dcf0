# Ends with an uncaught KeyError raised by a dict lookup of a str key.

prices = {"apple": 3, "pear": 5}
order = ["apple", "pear", "apple", "mango", "pear"]
total = 0
for item in order:
    total += prices[item]
    print(item, total)
print("unreachable", total)
