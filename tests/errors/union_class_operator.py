# error: 19:12: operator '+' on a value of type __main__.V | int (a union with a class of the program)
class V:
    def __init__(self, x: int) -> None:
        self.x = x

    def __add__(self, o: "V") -> "V":
        return V(self.x + o.x)

    def __radd__(self, o: int) -> "V":
        if o == 0:
            return self
        return NotImplemented


# CPython picks V.__add__ or V.__radd__ by x's class at run time; unicc's
# operator code took the int item's and called __radd__ for a V too, so it
# is refused until the operator code tests the class
def f(x: V | int) -> V:
    return x + V(2)


print(f(V(1)).x, f(0).x)
