class Base:
    def __init__(self, n: int) -> None:
        self.n = n


class Derived(Base):
    class Part:
        pass
