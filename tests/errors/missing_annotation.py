# error: 4:1: Function is missing a type annotation


def double(x):
    return x * 2


print(double(4))
