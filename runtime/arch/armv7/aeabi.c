/* aeabi.c -- the ARM EABI helper functions LLVM calls on 32-bit ARM, since
 * there is no compiler-rt: 64-bit division, 64-bit integer <-> double
 * conversion, and the __aeabi_mem* names for the core's mem.c.
 *
 * Conversions split a 64-bit integer into 32-bit halves that the VFP
 * converts exactly; the one rounding in the final add or subtraction keeps
 * them correctly rounded. */
#include <stddef.h>
#include <stdint.h>

void *memcpy(void *restrict d, const void *restrict s, size_t n);
void *memmove(void *d, const void *s, size_t n);
void *memset(void *d, int c, size_t n);

#define TWO32 4294967296.0
/* The EABI helpers take and return doubles in core registers even in the
 * hard-float variant of the procedure call standard. */
#define PCS __attribute__((pcs("aapcs")))

/* Shift-and-subtract, with the hardware divider for 32-bit operands.
 * Division by zero never reaches here: compiled code raises first. */
uint64_t arm_udivmod(uint64_t n, uint64_t d, uint64_t *rem)
{
    if (d == 0 || n < d) {
        *rem = n;
        return 0;
    }
    if ((n >> 32) == 0) {
        uint32_t q = (uint32_t)n / (uint32_t)d;
        *rem = n - (uint64_t)q * d;
        return q;
    }
    int shift = __builtin_clzll(d) - __builtin_clzll(n);
    uint64_t q = 0;
    for (d <<= shift; shift >= 0; shift--, d >>= 1) {
        q <<= 1;
        if (n >= d) {
            n -= d;
            q |= 1;
        }
    }
    *rem = n;
    return q;
}

/* C semantics: the quotient truncates, the remainder takes n's sign. */
int64_t arm_divmod(int64_t n, int64_t d, int64_t *rem)
{
    uint64_t r, q = arm_udivmod(n < 0 ? 0 - (uint64_t)n : (uint64_t)n,
                                d < 0 ? 0 - (uint64_t)d : (uint64_t)d, &r);
    *rem = n < 0 ? (int64_t)(0 - r) : (int64_t)r;
    return (n < 0) != (d < 0) ? (int64_t)(0 - q) : (int64_t)q;
}

PCS double __aeabi_ul2d(uint64_t v)
{
    return (double)(uint32_t)(v >> 32) * TWO32 + (double)(uint32_t)v;
}

PCS double __aeabi_l2d(int64_t v)
{
    return (double)(int32_t)(v >> 32) * TWO32 + (double)(uint32_t)v;
}

/* Truncates toward zero; the caller has checked the range. */
PCS uint64_t __aeabi_d2ulz(double x)
{
    if (!(x >= 1.0))
        return 0;
    uint32_t hi = (uint32_t)(x / TWO32);
    uint32_t lo = (uint32_t)(x - (double)hi * TWO32);
    return (uint64_t)hi << 32 | lo;
}

PCS int64_t __aeabi_d2lz(double x)
{
    return x < 0 ? (int64_t)(0 - __aeabi_d2ulz(-x)) : (int64_t)__aeabi_d2ulz(x);
}

/* The EABI names; the 4/8 variants only promise alignment. */
void __aeabi_memcpy(void *d, const void *s, size_t n) { memcpy(d, s, n); }
void __aeabi_memmove(void *d, const void *s, size_t n) { memmove(d, s, n); }
void __aeabi_memset(void *d, size_t n, int c) { memset(d, c, n); }
void __aeabi_memclr(void *d, size_t n) { memset(d, 0, n); }
#define ALIAS(name, of) __typeof__(of) name __attribute__((alias(#of)))
ALIAS(__aeabi_memcpy4, __aeabi_memcpy);
ALIAS(__aeabi_memcpy8, __aeabi_memcpy);
ALIAS(__aeabi_memmove4, __aeabi_memmove);
ALIAS(__aeabi_memmove8, __aeabi_memmove);
ALIAS(__aeabi_memset4, __aeabi_memset);
ALIAS(__aeabi_memset8, __aeabi_memset);
ALIAS(__aeabi_memclr4, __aeabi_memclr);
ALIAS(__aeabi_memclr8, __aeabi_memclr);
