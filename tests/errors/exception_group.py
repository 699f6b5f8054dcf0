# error: 3:9: class builtins.ExceptionGroup is not supported
def f() -> None:
    e = ExceptionGroup("g", [ValueError("a")])
    print(e)


f()
