# error: 14:1: multiple inheritance


class Swimmer:
    def swim(self) -> str:
        return "swims"


class Flyer:
    def fly(self) -> str:
        return "flies"


class Duck(Swimmer, Flyer):
    pass


d = Duck()
print(d.swim(), d.fly())
