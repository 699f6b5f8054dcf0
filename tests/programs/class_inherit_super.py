# Single inheritance, method overriding, super().__init__ and super().method().


class Shape:
    name: str

    def __init__(self, name: str) -> None:
        self.name = name
        print("Shape.__init__", name)

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h


class Square(Rect):
    def __init__(self, side: float) -> None:
        super().__init__(side, side)
        self.name = "square"

    def describe(self) -> str:
        return "[" + super().describe() + "]"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


shapes: list[Shape] = [Shape("blob"), Rect(2.0, 3.0), Square(4.0), Circle(1.5)]
for s in shapes:
    print(s.describe())
print(sum(s.area() for s in shapes))
print([s.name for s in shapes])


class Base:
    def hello(self) -> str:
        return "base"

    def chain(self) -> str:
        return "B" + self.hello()


class Mid(Base):
    def hello(self) -> str:
        return "mid>" + super().hello()


class Leaf(Mid):
    def hello(self) -> str:
        return "leaf>" + super().hello()


for obj in [Base(), Mid(), Leaf()]:
    print(obj.hello(), obj.chain())
