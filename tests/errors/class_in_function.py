# error: 6:22: class Scaler reads 'factor', a local variable of the function it is defined in
def main(factor: int) -> None:
    class Scaler:
        def __init__(self, x: int) -> None:
            self.x = x
            self.y = factor * x
    print(Scaler(3).y)


main(2)
