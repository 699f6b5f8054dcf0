# error: 6:8: class builtins.BaseExceptionGroup is not supported by unicc
try:
    print(1)
except ValueError:
    pass
except BaseExceptionGroup:
    pass
