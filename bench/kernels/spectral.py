"""spectral-norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j)(i + j + 1) / 2 + i + 1), cut to N x N, by ten steps
of the power method on A^T A; float loops over list[float].

argv: N REPEAT.  Computes the norm REPEAT times (each from scratch) and
prints their mean, to nine decimals.
"""

import math
import sys


def eval_a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v: list[float], out: list[float]) -> None:
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v: list[float], out: list[float]) -> None:
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v: list[float], out: list[float], tmp: list[float]) -> None:
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 100
    repeat = int(argv[2]) if len(argv) > 2 else 1
    total = 0.0
    for _ in range(repeat):
        total += spectral_norm(n)
    print(f"{total / repeat:.9f}")


if __name__ == "__main__":
    main(sys.argv)
