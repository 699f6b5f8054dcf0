# error: 9:23: hasattr() with the name attr: only a str literal as the name is supported by unicc
class Box:
    def __init__(self) -> None:
        self.width = 1


def has(b: Box, attr: str) -> bool:
    # the name is known only at run time: unicc keeps no table of names
    return hasattr(b, attr)


print(has(Box(), "width"))
