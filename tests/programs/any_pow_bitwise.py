# Bitwise operators on typeshed's Any (int ** int with a non-literal
# exponent): an int box works as an int, a float box (negative exponent) is
# CPython's TypeError.


def main() -> None:
    vals = []
    for i in range(6):
        vals.append(i * i ** (i // 2) + 3)
    print(vals)
    n = 0
    for j in vals:
        for k in vals[1:4]:
            j |= k
            j &= ~(j ^ k)
            j ^= k << 2
            x = j >> 1
            n += x
            n += x << 1
            n &= 0xFFFF
            if (1 << 3) & j:
                n += 1
            n += j & 1
    print(n)
    e = 3
    p = 2 ** e
    print(p | 1, 1 | p, p & 12, p ^ p, p << 2, p >> 1, 1 << p, 1000 >> p, ~p, -p, +p, p & True)
    q = 2 ** (e - 5)
    print(q, -q, +q)
    for case in range(8):
        try:
            if case == 0:
                print(q | 1)
            elif case == 1:
                print(1 & q)
            elif case == 2:
                print(q ^ p)
            elif case == 3:
                print(p << q)
            elif case == 4:
                print(q >> q)
            elif case == 5:
                print(~q)
            elif case == 6:
                print(True | q)
            else:
                print(p | p, p & 7)
        except TypeError as ex:
            print(type(ex).__name__, ex)
    try:
        p <<= -e
    except ValueError as ex:
        print(type(ex).__name__, ex)
    try:
        p >>= q
    except TypeError as ex:
        print(type(ex).__name__, ex)
    print(p)


main()
