# error: 12:6: Quiet.__exit__ must take (type[BaseException] | None, BaseException | None, TracebackType | None)
class Quiet:
    def __enter__(self) -> "Quiet":
        return self

    def __exit__(self, et: object, ev: object, tb: object) -> bool:
        print(et)
        return True


print("start")
with Quiet():
    print("inside")
