# error: 2:7: SyntaxError(msg, details) is not supported by unicc
raise SyntaxError("bad", ("f.py", 1, 2, "x y"))
