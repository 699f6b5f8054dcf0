# Circle with an integer area scaled by 100 (pi approximated as 314/100).
from .util.fmt import banner


class Circle:
    def __init__(self, r: int) -> None:
        self.r = r

    def area_x100(self) -> int:
        return 314 * self.r * self.r


def describe(c: Circle) -> str:
    return banner(f"circle r={c.r}", width=20)
