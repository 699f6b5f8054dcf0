"""An uncaught NameError from a function reading a global not yet assigned
ends the program as CPython does."""


def show() -> None:
    print("zq_weight", zq_weight)


print("start")
show()
zq_weight = 0.5
