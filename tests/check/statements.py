import shutil


def several() -> None:
    print(shutil.which("a"))
    try:
        print(shutil.which("b"))
    finally:
        print(shutil.copy("c", "e"))
    print(shutil.disk_usage("d"))


several()


def gen() -> list[int]:
    def g() -> object:
        yield shutil.get_terminal_size()
        yield shutil.get_terminal_size()
    return [1 for _ in [g()]]


print(gen())
