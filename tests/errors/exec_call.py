# error: 4:1: exec

code = "print(42)"
exec(code)
