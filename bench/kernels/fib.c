/* C twin of fib.py: recursive Fibonacci, REPEAT times. */
#include <stdio.h>
#include <stdlib.h>

static long fib(long n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 30;
    long repeat = argc > 2 ? atol(argv[2]) : 1, total = 0;
    for (long r = 0; r < repeat; r++)
        total += fib(n + (total >> 62));
    printf("%ld\n", total);
    return 0;
}
