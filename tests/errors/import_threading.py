# error: 3:1: module 'threading' cannot exist in a unikernel: a unikernel runs one thread
import sys
import threading


def main() -> None:
    t = threading.Thread(target=main)
    print(t, sys.argv)


main()
