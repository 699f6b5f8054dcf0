/* mem.c -- memcpy, memmove, memset, memcmp: there is no libc, and both
 * LLVM and clang emit calls to these for struct copies and zeroing.
 * Byte loops keep them correct at any alignment (ARM runs with strict
 * alignment); word loops on aligned data keep them fast. */
#include <stddef.h>
#include <stdint.h>

#define ALIGNED(a, b) ((((uintptr_t)(a) | (uintptr_t)(b)) & (sizeof(uintptr_t) - 1)) == 0)

void *memcpy(void *restrict d, const void *restrict s, size_t n) {
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (ALIGNED(dp, sp))
        for (; n >= sizeof(uintptr_t); n -= sizeof(uintptr_t)) {
            *(uintptr_t *)(void *)dp = *(const uintptr_t *)(const void *)sp;
            dp += sizeof(uintptr_t);
            sp += sizeof(uintptr_t);
        }
    while (n--)
        *dp++ = *sp++;
    return d;
}

void *memmove(void *d, const void *s, size_t n) {
    unsigned char *dp = d;
    const unsigned char *sp = s;
    if (dp <= sp || dp >= sp + n)
        return memcpy(d, s, n);
    while (n--)
        dp[n] = sp[n];
    return d;
}

void *memset(void *d, int c, size_t n) {
    unsigned char *dp = d;
    if (ALIGNED(dp, 0)) {
        uintptr_t w = (unsigned char)c;
        w *= (uintptr_t)-1 / 255; /* replicate the byte in every lane */
        for (; n >= sizeof(uintptr_t); n -= sizeof(uintptr_t)) {
            *(uintptr_t *)(void *)dp = w;
            dp += sizeof(uintptr_t);
        }
    }
    while (n--)
        *dp++ = (unsigned char)c;
    return d;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *p = a, *q = b;
    for (size_t i = 0; i < n; i++)
        if (p[i] != q[i])
            return p[i] - q[i];
    return 0;
}
