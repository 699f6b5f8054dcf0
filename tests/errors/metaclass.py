# error: 8:1: metaclass


class Meta(type):
    pass


class Thing(metaclass=Meta):
    pass


print(Thing())
