"""An attribute __init__ sets on one branch only: reading it on an instance that
never got it raises AttributeError (naming the instance's own class)."""


class C:
    def __init__(self, flag: bool) -> None:
        if flag:
            self.a = [1, 2]
            self.n = 5
        self.always = "yes"
        if not flag:
            return
        self.late = 2.5


class D(C):
    def __init__(self) -> None:
        super().__init__(False)
        self.n = 9


class Node:
    label: str = "?"

    def __init__(self, v: int) -> None:
        try:
            self.v = 100 // v
        except ZeroDivisionError:
            self.v = -1
        if v > 3:
            self.big = True
        else:
            raise ValueError("small")


class Early:
    """A method of self runs before __init__ assigns x: x is not yet there."""

    def __init__(self, show: bool) -> None:
        self.items = [3, 4]
        self.size = len(self.items)
        if show:
            self.show()
        self.x = 1

    def show(self) -> None:
        print("size", self.size, self.items)
        print(self.x)


print(Early(False).x)
try:
    Early(True)
except AttributeError as e:
    print("AttributeError:", e)
c1, c0, d = C(True), C(False), D()
print(c1.a, c1.n, c1.late, c0.always, d.n, d.always)
for obj in (c0, d):
    for attr in ("a", "n", "late"):
        try:
            if attr == "a":
                print(obj.a)
            elif attr == "n":
                print(obj.n)
            else:
                print(obj.late)
        except AttributeError as e:
            print("AttributeError:", e)
c0.n = 3
c0.a = []
print(c0.n, c0.a)
nd = Node(5)
print(nd.v, nd.big, nd.label)
try:
    Node(0)
except ValueError as e:
    print("ValueError:", e)
print(C(False).late)
