import os


def several() -> None:
    print(os.getpid())
    try:
        print(os.getppid())
    finally:
        print(os.getuid())
    print(os.getgid())


several()


def gen() -> list[int]:
    def g() -> object:
        yield os.getlogin()
        yield os.getlogin()
    return [1 for _ in [g()]]


print(gen())
