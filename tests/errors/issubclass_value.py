# error: 10:16: issubclass() of self.kind is not supported
class Base:
    pass


class Holder:
    kind: type[Base]

    def derived(self) -> bool:
        return issubclass(self.kind, Base)


print(issubclass(Base, Base))
