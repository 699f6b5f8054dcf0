/* C twin of spectral.py: spectral norm by the power method on A^T A. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_a(long i, long j)
{
    return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av(long n, const double *v, double *out)
{
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (long j = 0; j < n; j++)
            s += eval_a(i, j) * v[j];
        out[i] = s;
    }
}

static void mul_atv(long n, const double *v, double *out)
{
    for (long i = 0; i < n; i++) {
        double s = 0;
        for (long j = 0; j < n; j++)
            s += eval_a(j, i) * v[j];
        out[i] = s;
    }
}

static void mul_atav(long n, const double *v, double *out, double *tmp)
{
    mul_av(n, v, tmp);
    mul_atv(n, tmp, out);
}

static double spectral_norm(long n)
{
    double *u = malloc((size_t)n * sizeof *u), *v = calloc((size_t)n, sizeof *v);
    double *tmp = calloc((size_t)n, sizeof *tmp), vbv = 0, vv = 0;
    for (long i = 0; i < n; i++)
        u[i] = 1;
    for (int k = 0; k < 10; k++) {
        mul_atav(n, u, v, tmp);
        mul_atav(n, v, u, tmp);
    }
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    free(u);
    free(v);
    free(tmp);
    return sqrt(vbv / vv);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 100;
    long repeat = argc > 2 ? atol(argv[2]) : 1;
    double total = 0;
    for (long r = 0; r < repeat; r++)
        total += spectral_norm(n);
    printf("%.9f\n", total / (double)repeat);
    return 0;
}
