# isinstance checks on user classes and builtins, used for dispatch and narrowing.


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Dog(Animal):
    def bark(self) -> str:
        return self.name + " says woof"


class Cat(Animal):
    def meow(self) -> str:
        return self.name + " says meow"


class Puppy(Dog):
    pass


zoo: list[Animal] = [Dog("rex"), Cat("tom"), Puppy("bit"), Animal("generic")]
for a in zoo:
    print(a.name, isinstance(a, Animal), isinstance(a, Dog), isinstance(a, Cat), isinstance(a, Puppy))
    if isinstance(a, Dog):
        print("  ", a.bark())
    elif isinstance(a, Cat):
        print("  ", a.meow())
    else:
        print("   silent")
print(isinstance(zoo[2], (Cat, Puppy)), isinstance(zoo[3], (Dog, Cat)))


def describe(v: int | str | list[int] | None) -> str:
    if v is None:
        return "none"
    if isinstance(v, int):
        return f"int {v + 1}"
    if isinstance(v, str):
        return f"str {v.upper()}"
    return f"list of {len(v)}"


samples: list[int | str | list[int] | None] = [3, "abc", [1, 2], None]
for v in samples:
    print(describe(v))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, float), isinstance("", str))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(b"", bytes))
