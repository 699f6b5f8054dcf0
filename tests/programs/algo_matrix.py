# Integer matrix operations on nested lists: multiply, transpose, power, determinant.

Matrix = list[list[int]]


def mat_mul(a: Matrix, b: Matrix) -> Matrix:
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]


def transpose(a: Matrix) -> Matrix:
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def identity(n: int) -> Matrix:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(a: Matrix, e: int) -> Matrix:
    result = identity(len(a))
    while e:
        if e & 1:
            result = mat_mul(result, a)
        a = mat_mul(a, a)
        e >>= 1
    return result


def det(a: Matrix) -> int:
    if len(a) == 1:
        return a[0][0]
    total = 0
    for j in range(len(a)):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        sign = -1 if j % 2 else 1
        total += sign * a[0][j] * det(minor)
    return total


def show(m: Matrix) -> None:
    for row in m:
        print(" ".join(f"{v:6d}" for v in row))


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
show(transpose(a))
fibm = [[1, 1], [1, 0]]
for e in [1, 2, 10, 50, 60]:
    print(e, mat_pow(fibm, e)[0][1])
print(det([[2]]), det([[1, 2], [3, 4]]), det([[6, 1, 1], [4, -2, 5], [2, 8, 7]]), det(identity(4)))
