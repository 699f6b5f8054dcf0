# error: 3:9: ExceptionGroup() (builtins.ExceptionGroup, a class unicc does not compile) is not supported
def f() -> None:
    e = ExceptionGroup("g", [ValueError("a")])
    print(e)


f()
