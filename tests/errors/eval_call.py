# error: 4:1: eval

expr = "1 + 2"
eval(expr)
print(expr)
