/* C twin of sha1.py: SHA-1 over LCG data, each pass after the first
   hashing the data with the previous digest in its first 20 bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint32_t H0[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};

static uint32_t rotl(uint32_t x, int n)
{
    return x << n | x >> (32 - n);
}

static uint32_t get_u32_be(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void compress(uint32_t state[5], uint32_t w[80], const uint8_t *block)
{
    for (int t = 0; t < 16; t++)
        w[t] = get_u32_be(block + 4 * t);
    for (int t = 16; t < 80; t++)
        w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
    for (int t = 0; t < 80; t++) {
        uint32_t f, k;
        if (t < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999;
        } else if (t < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1;
        } else if (t < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDC;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6;
        }
        uint32_t temp = rotl(a, 5) + f + e + k + w[t];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = temp;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
}

static void sha1(const uint8_t *data, long n, uint8_t out[20])
{
    uint32_t state[5], w[80];
    uint8_t tail[128] = {0};
    memcpy(state, H0, sizeof state);
    long whole = n - n % 64, rest = n - whole;
    for (long off = 0; off < whole; off += 64)
        compress(state, w, data + off);
    /* The padding: 0x80, zeros up to 56 mod 64, the length in bits. */
    memcpy(tail, data + whole, (size_t)rest);
    tail[rest] = 0x80;
    long len = rest + 1 <= 56 ? 64 : 128;
    uint64_t bits = (uint64_t)n * 8;
    for (int i = 0; i < 8; i++)
        tail[len - 1 - i] = (uint8_t)(bits >> 8 * i);
    for (long off = 0; off < len; off += 64)
        compress(state, w, tail + off);
    for (int i = 0; i < 5; i++)
        for (int j = 0; j < 4; j++)
            out[4 * i + j] = (uint8_t)(state[i] >> (24 - 8 * j));
}

static void hex(const uint8_t d[20], char s[41])
{
    for (int i = 0; i < 20; i++)
        sprintf(s + 2 * i, "%02x", d[i]);
}

int main(int argc, char **argv)
{
    long size = argc > 1 ? atol(argv[1]) : 1 << 20;
    long repeat = argc > 2 ? atol(argv[2]) : 1;
    uint8_t *data = calloc((size_t)size, 1), first[20], last[20];
    char s1[41], s2[41];
    long x = 12345;
    for (long i = 0; i < size; i++) {
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF;
        data[i] = (uint8_t)(x >> 16);
    }
    sha1(data, size, first);
    memcpy(last, first, 20);
    for (long r = 1; r < repeat; r++) {
        memcpy(data, last, 20);
        sha1(data, size, last);
    }
    hex(first, s1);
    hex(last, s2);
    printf("%s %s\n", s1, s2);
    free(data);
    return 0;
}
