"""Keeps a growing list of strings alive until the heap runs out.

Built with `--heap 2M` by tests/test_targets.py: it must end with an uncaught
MemoryError, not a crash.  (Never run it under CPython: it would eat the
machine's memory.)"""


def main() -> None:
    keep: list[str] = []
    i = 0
    while True:
        keep.append(str(i) * 100)
        i += 1
        if i % 1000 == 0:
            print(i, len(keep))


main()
