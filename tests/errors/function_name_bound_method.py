# error: 11:7: attribute '__qualname__' of a bound method is not supported by unicc
class Shop:
    def total(self) -> int:
        return 3


class Outlet(Shop):
    pass


print(Outlet().total.__qualname__)
