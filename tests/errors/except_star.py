# error: 5:1: except* is not supported by unicc
def f() -> None:
    pass

try:
    f()
except* ValueError:
    pass
