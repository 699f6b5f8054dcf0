# error: 7:7: type() of a class (its metaclass) is not supported by unicc
class A:
    pass


c = A
print(type(c))
