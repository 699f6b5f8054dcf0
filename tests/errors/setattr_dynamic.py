# error: 11:1: setattr


class Box:
    def __init__(self) -> None:
        self.size = 0


b = Box()
name = "size"
setattr(b, name, 5)
print(b.size)
