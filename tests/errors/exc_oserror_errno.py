# error: 4:15: OSError(errno, ...: CPython picks the subclass by errno) is not supported by unicc
def f(n: int) -> None:
    try:
        raise OSError(n, "no such file")
    except FileNotFoundError:
        print("found")


f(2)
