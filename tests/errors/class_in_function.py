# error: 3:5: classes defined inside functions are not supported by unicc
def main() -> None:
    class P:
        def __init__(self, x: int) -> None:
            self.x = x
    print(P(3).x)


main()
