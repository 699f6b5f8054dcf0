# error: 11:28: super().__repr__() that reaches object for some subclasses and a method for others
# In a Tagged, super().__repr__() is object's (not a compiled method); in a
# Widget, whose order is Widget, Tagged, Named, it is Named.__repr__.
class Named:
    def __repr__(self) -> str:
        return "named"


class Tagged:
    def __repr__(self) -> str:
        return "tagged/" + super().__repr__()


class Widget(Tagged, Named):
    pass


print(Widget(), Tagged())
