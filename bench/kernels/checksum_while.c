/* C twin of checksum_while.py: the RFC 1071 checksum as a while loop. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static long checksum(const uint8_t *data, long n)
{
    long s = 0;
    long i = 0;
    while (i < n - 1) {
        s += ((long)data[i] << 8) + data[i + 1];
        i += 2;
    }
    if (n % 2)
        s += (long)data[n - 1] << 8;
    while (s >> 16)
        s = (s & 0xFFFF) + (s >> 16);
    return ~s & 0xFFFF;
}

int main(int argc, char **argv)
{
    long size = argc > 1 ? atol(argv[1]) : 1500;
    long iters = argc > 2 ? atol(argv[2]) : 1000;
    uint8_t *data = calloc((size_t)size, 1);
    long long x = 12345;
    long long total = 0; /* more than 32 bits, also where long has 32 */
    for (long i = 0; i < size; i++) {
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF;
        data[i] = (uint8_t)(x >> 16);
    }
    for (long k = 0; k < iters; k++) {
        data[k % size] = (uint8_t)k;
        total += checksum(data, size);
    }
    printf("%lld\n", total);
    free(data);
    return 0;
}
