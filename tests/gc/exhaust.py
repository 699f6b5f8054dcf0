# Keeps everything it allocates alive: built with --heap 2M it must end with
# an uncaught MemoryError (CPython, with no such limit, finishes).

def main() -> None:
    keep: list[str] = []
    for i in range(50000):
        keep.append("x" * 1000 + str(i))
    print("kept", len(keep), "strings")


main()
