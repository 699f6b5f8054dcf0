# error: 15:1: multiple inheritance where an exception class is not the first base
# Every exception starts with the same words, so an exception class may have
# several bases only when the first is an exception (class E(AppError, Mixin)).


class Swimmer:
    def swim(self) -> str:
        return "swims"


class Failure(Exception):
    pass


class SwimFailure(Swimmer, Failure):
    pass


print(SwimFailure().swim())
