# error: 5:11: NotImplemented other than returned by an operator
def main() -> None:
    x = 1
    print(x)
    print(NotImplemented)


main()
