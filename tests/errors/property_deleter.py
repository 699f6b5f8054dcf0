# error: 10:6: property deleters is not supported
class Box:
    def __init__(self) -> None:
        self._v = 1

    @property
    def v(self) -> int:
        return self._v

    @v.deleter
    def v(self) -> None:
        self._v = 0


print(Box().v)
