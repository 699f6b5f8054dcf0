/* C twin of digest.py for md5 and sha256: the same data, passes and
   chaining, each hash written as a C programmer would without assembly or
   CPU extensions (the compression loops as in digest.py's hashlib). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t rotr(uint32_t x, int n) { return x >> n | x << (32 - n); }
static uint32_t rotl(uint32_t x, int n) { return x << n | x >> (32 - n); }

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static const uint32_t K256[64] = {
    0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
    0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
    0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
    0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
    0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
    0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
    0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
    0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2};

static void sha256_block(uint32_t s[8], const uint8_t *p)
{
    uint32_t w[64];
    for (int t = 0; t < 16; t++)
        w[t] = be32(p + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t x = w[t - 15], y = w[t - 2];
        w[t] = w[t - 16] + (rotr(x, 7) ^ rotr(x, 18) ^ x >> 3) + w[t - 7] + (rotr(y, 17) ^ rotr(y, 19) ^ y >> 10);
    }
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
    for (int t = 0; t < 64; t++) {
        uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K256[t] + w[t];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    s[0] += a; s[1] += b; s[2] += c; s[3] += d; s[4] += e; s[5] += f; s[6] += g; s[7] += h;
}

/* floor(abs(sin(i + 1)) * 2**32), as RFC 1321 */
static const uint32_t KMD5[64] = {
    0xD76AA478, 0xE8C7B756, 0x242070DB, 0xC1BDCEEE, 0xF57C0FAF, 0x4787C62A, 0xA8304613, 0xFD469501,
    0x698098D8, 0x8B44F7AF, 0xFFFF5BB1, 0x895CD7BE, 0x6B901122, 0xFD987193, 0xA679438E, 0x49B40821,
    0xF61E2562, 0xC040B340, 0x265E5A51, 0xE9B6C7AA, 0xD62F105D, 0x02441453, 0xD8A1E681, 0xE7D3FBC8,
    0x21E1CDE6, 0xC33707D6, 0xF4D50D87, 0x455A14ED, 0xA9E3E905, 0xFCEFA3F8, 0x676F02D9, 0x8D2A4C8A,
    0xFFFA3942, 0x8771F681, 0x6D9D6122, 0xFDE5380C, 0xA4BEEA44, 0x4BDECFA9, 0xF6BB4B60, 0xBEBFBC70,
    0x289B7EC6, 0xEAA127FA, 0xD4EF3085, 0x04881D05, 0xD9D4D039, 0xE6DB99E5, 0x1FA27CF8, 0xC4AC5665,
    0xF4292244, 0x432AFF97, 0xAB9423A7, 0xFC93A039, 0x655B59C3, 0x8F0CCC92, 0xFFEFF47D, 0x85845DD1,
    0x6FA87E4F, 0xFE2CE6E0, 0xA3014314, 0x4E0811A1, 0xF7537E82, 0xBD3AF235, 0x2AD7D2BB, 0xEB86D391};

#define STEP(a, b, f, k, m, r) a = b + rotl(a + (f) + (k) + (m), r)

static void md5_block(uint32_t s[4], const uint8_t *p)
{
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = le32(p + 4 * i);
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3];
    for (int i = 0; i < 16; i += 4) {
        STEP(a, b, (b & c) | (~b & d), KMD5[i], m[i], 7);
        STEP(d, a, (a & b) | (~a & c), KMD5[i + 1], m[i + 1], 12);
        STEP(c, d, (d & a) | (~d & b), KMD5[i + 2], m[i + 2], 17);
        STEP(b, c, (c & d) | (~c & a), KMD5[i + 3], m[i + 3], 22);
    }
    for (int i = 16; i < 32; i += 4) {
        STEP(a, b, (b & d) | (c & ~d), KMD5[i], m[(5 * i + 1) & 15], 5);
        STEP(d, a, (a & c) | (b & ~c), KMD5[i + 1], m[(5 * i + 6) & 15], 9);
        STEP(c, d, (d & b) | (a & ~b), KMD5[i + 2], m[(5 * i + 11) & 15], 14);
        STEP(b, c, (c & a) | (d & ~a), KMD5[i + 3], m[(5 * i + 16) & 15], 20);
    }
    for (int i = 32; i < 48; i += 4) {
        STEP(a, b, b ^ c ^ d, KMD5[i], m[(3 * i + 5) & 15], 4);
        STEP(d, a, a ^ b ^ c, KMD5[i + 1], m[(3 * i + 8) & 15], 11);
        STEP(c, d, d ^ a ^ b, KMD5[i + 2], m[(3 * i + 11) & 15], 16);
        STEP(b, c, c ^ d ^ a, KMD5[i + 3], m[(3 * i + 14) & 15], 23);
    }
    for (int i = 48; i < 64; i += 4) {
        STEP(a, b, c ^ (b | ~d), KMD5[i], m[(7 * i) & 15], 6);
        STEP(d, a, b ^ (a | ~c), KMD5[i + 1], m[(7 * i + 7) & 15], 10);
        STEP(c, d, a ^ (d | ~b), KMD5[i + 2], m[(7 * i + 14) & 15], 15);
        STEP(b, c, d ^ (c | ~a), KMD5[i + 3], m[(7 * i + 21) & 15], 21);
    }
    s[0] += a; s[1] += b; s[2] += c; s[3] += d;
}

/* Hashes n bytes into out (32 bytes for sha256, 16 for md5). */
static void hash(int md5, const uint8_t *data, size_t n, uint8_t *out)
{
    uint32_t s[8] = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};
    if (md5) {
        s[0] = 0x67452301; s[1] = 0xEFCDAB89; s[2] = 0x98BADCFE; s[3] = 0x10325476;
    }
    size_t whole = n - n % 64;
    for (size_t off = 0; off < whole; off += 64)
        md5 ? md5_block(s, data + off) : sha256_block(s, data + off);
    uint8_t tail[128] = {0};
    size_t rest = n - whole, len = rest < 56 ? 64 : 128;
    memcpy(tail, data + whole, rest);
    tail[rest] = 0x80;
    uint64_t bits = (uint64_t)n * 8;
    for (int i = 0; i < 8; i++)
        tail[len - 8 + i] = (uint8_t)(md5 ? bits >> (8 * i) : bits >> (56 - 8 * i));
    for (size_t off = 0; off < len; off += 64)
        md5 ? md5_block(s, tail + off) : sha256_block(s, tail + off);
    for (int i = 0; i < (md5 ? 4 : 8); i++)
        for (int j = 0; j < 4; j++)
            out[4 * i + j] = (uint8_t)(md5 ? s[i] >> (8 * j) : s[i] >> (24 - 8 * j));
}

int main(int argc, char **argv)
{
    const char *algo = argc > 1 ? argv[1] : "sha256";
    long size = argc > 2 ? atol(argv[2]) : 1L << 24;
    long repeat = argc > 3 ? atol(argv[3]) : 1;
    int md5 = strcmp(algo, "md5") == 0;
    if (!md5 && strcmp(algo, "sha256") != 0) {
        fprintf(stderr, "digest.c: md5 or sha256, not %s\n", algo);
        return 2;
    }
    uint8_t block[4096];
    long long x = 12345;
    for (int i = 0; i < 4096; i++) {
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF;
        block[i] = (uint8_t)(x >> 16);
    }
    size_t n = (size_t)(size / 4096) * 4096;
    uint8_t *data = malloc(n ? n : 1);
    for (size_t off = 0; off < n; off += 4096)
        memcpy(data + off, block, 4096);
    uint8_t last[32];
    size_t dlen = md5 ? 16 : 32;
    for (long r = 0; r < repeat; r++) {
        if (r > 0)
            memcpy(data, last, dlen);
        hash(md5, data, n, last);
    }
    if (!repeat)
        printf("-\n");
    else {
        for (size_t i = 0; i < dlen; i++)
            printf("%02x", last[i]);
        printf("\n");
    }
    free(data);
    return 0;
}
