def main() -> None:
    for d in [3, 0, -2]:
        n = 2 ** d
        m = n + 1
        print(n, m, m * 2, 10 - n, n / 4, n // 1, n % 3, 2.5 * n, n + True)
        print("{} x {}".format(n, m))
    k = 2 ** len("abc")
    for i in range(1, k + 1):
        print("i", i)


main()
