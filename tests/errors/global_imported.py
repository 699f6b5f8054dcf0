# error: 6:5: global
from sys import argv


def reset_args() -> None:
    global argv
    argv = []


reset_args()
print(argv)
