/* C twin of sieve.py: sieve of Eratosthenes over a byte array. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint8_t *sieve(long limit)
{
    uint8_t *composite = calloc((size_t)limit, 1);
    composite[0] = composite[1] = 1;
    for (long i = 2; i * i < limit; i++)
        if (!composite[i])
            for (long j = i * i; j < limit; j += i)
                composite[j] = 1;
    return composite;
}

int main(int argc, char **argv)
{
    long limit = argc > 1 ? atol(argv[1]) : 1000000;
    long repeat = argc > 2 ? atol(argv[2]) : 1, count = 0, total = 0;
    for (long r = 0; r < repeat; r++) {
        uint8_t *composite = sieve(limit);
        for (long n = 0; n < limit; n++)
            if (!composite[n]) {
                count++;
                total += n;
            }
        free(composite);
    }
    printf("%ld %ld\n", count, total);
    return 0;
}
