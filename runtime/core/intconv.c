/* intconv.c -- int <-> text and bytes: str(), int(s, base), hex/oct/bin,
 * ** on ints and pow(a, b, m), round(int, n), int.to_bytes / int.from_bytes.
 *
 * unicc ints are 64-bit: where CPython would produce a bigger int the
 * runtime raises OverflowError instead (the documented deviation); every
 * other result and message is CPython's.
 */
#include "core.h"

static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Digits of u in base b, written backwards from end; returns the start. */
static char *utoa(uint64_t u, unsigned b, char *end)
{
    do *--end = digs[u % b]; while ((u /= b) != 0);
    return end;
}

rt_obj *rt_u64_to_str(uint64_t v)
{
    char buf[24], *e = buf + sizeof buf;
    char *p = utoa(v, 10, e);
    return rt_str_new(p, e - p);
}

rt_obj *rt_int_to_str(i64 v)
{
    char buf[24], *e = buf + sizeof buf;
    char *p = utoa(v < 0 ? -(uint64_t)v : (uint64_t)v, 10, e);
    if (v < 0) *--p = '-';
    return rt_str_new(p, e - p);
}

rt_obj *rt_int_to_base(i64 v, i64 base)
{
    char buf[72], *e = buf + sizeof buf;
    char *p = utoa(v < 0 ? -(uint64_t)v : (uint64_t)v, (unsigned)base, e);
    *--p = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    *--p = '0';
    if (v < 0) *--p = '-';
    return rt_str_new(p, e - p);
}

static int digit_val(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 32;
    return c >= 'a' && c <= 'z' ? c - 'a' + 10 : 99;
}

/* Skips a 0x/0o/0b prefix matching base (base 0: any, which sets it). */
static const char *skip_prefix(const char *p, const char *e, i64 *base)
{
    if (e - p < 2 || p[0] != '0') return p;
    char c = (char)(p[1] | 32);
    i64 b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (!b || (*base && *base != b)) return p;
    *base = b;
    return p + 2;
}

/* Returns 0 for a malformed literal, 1 for ok, 2 for out of range. */
static int parse_int(const char *p, const char *e, i64 base, i64 *out)
{
    int neg = 0, over = 0;
    if (p < e && (*p == '+' || *p == '-')) neg = *p++ == '-';
    const char *q = skip_prefix(p, e, &base);
    int prefixed = q != p, base0_dec = base == 0;
    if (base0_dec) base = 10;
    p = q;
    if (prefixed && p < e && *p == '_') p++;
    uint64_t v = 0, lim = neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
    const char *first = p;
    for (; p < e; p++) {
        if (*p == '_' && p > first && p + 1 < e && p[1] != '_') continue;
        int d = digit_val(*p);
        if (d >= base) return 0;
        if (v > (lim - (uint64_t)d) / (uint64_t)base) over = 1;
        else v = v * (uint64_t)base + (uint64_t)d;
    }
    if (p == first || (base0_dec && *first == '0' && (v || over))) return 0;
    *out = neg ? (i64)(0 - v) : (i64)v;
    return over ? 2 : 1;
}

i64 rt_int_from_str(rt_obj *s, i64 base)
{
    if (base != 0 && (base < 2 || base > 36)) {
        rt_raise_msg(&rt_type_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    rt_str *t = (rt_str *)rt_str_strip(s, NULL);
    i64 v = 0;
    int r = t ? parse_int(t->data, t->data + t->len, base, &v) : 0;
    if (r == 1) return v;
    if (r == 2) {
        rt_raise_msg(&rt_type_OverflowError, "int too large to convert to a 64-bit int");
    } else if (t) {
        rt_obj *rep = rt_str_repr(s); /* CPython cuts it at 200 characters */
        if (rep) rep = rt_str_slice(rep, 0, 200, 1, RT_HAS_STOP);
        if (rep) rt_raisef(&rt_type_ValueError, "invalid literal for int() with base %d: %S", base, rep);
    }
    return 0;
}

/* a ** b where the result must be an int: a negative b (CPython's float
 * result) cannot be held. */
i64 rt_int_pow(i64 a, i64 b)
{
    if (b < 0) {
        if (a == 0)
            rt_raise_msg(&rt_type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        else
            rt_raise_msg(&rt_type_TypeError,
                         "unicc: int ** negative int is a float, stored where an int is declared");
        return 0;
    }
    i64 r = 1;
    while (b > 0) {
        if ((b & 1) && __builtin_mul_overflow(r, a, &r)) goto over;
        if ((b >>= 1) && __builtin_mul_overflow(a, a, &a)) {
            if (r == 0) return 0;
            goto over;
        }
    }
    return r;
over:
    rt_raise_msg(&rt_type_OverflowError, "integer overflow");
    return 0;
}

rt_obj *rt_int_to_bytes(i64 v, i64 length, i64 little, i64 is_signed)
{
    if (length < 0) {
        rt_raise_msg(&rt_type_ValueError, "length argument must be non-negative");
        return NULL;
    }
    if (v < 0 && !is_signed) {
        rt_raise_msg(&rt_type_OverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    /* bits needed: magnitude bits, plus a sign bit when signed */
    uint64_t m = v < 0 ? ~(uint64_t)v : (uint64_t)v;
    i64 bits = 64 - (m ? __builtin_clzll(m) : 64) + (is_signed != 0);
    if (bits > length * 8) {
        rt_raise_msg(&rt_type_OverflowError, "int too big to convert");
        return NULL;
    }
    rt_bytes *b = (rt_bytes *)rt_bytes_zeros(length);
    for (i64 i = 0; b && i < length; i++) {
        uint8_t byte = i < 8 ? (uint8_t)((uint64_t)v >> (8 * i)) : (v < 0 ? 0xFF : 0);
        b->data[little ? i : length - 1 - i] = byte;
    }
    return (rt_obj *)b;
}

i64 rt_int_from_bytes(rt_obj *o, i64 little, i64 is_signed)
{
    i64 n;
    const uint8_t *d = rt_bytes_data(o, &n);
    int neg = is_signed && n && (d[little ? n - 1 : 0] & 0x80);
    /* v starts as all sign bits; a byte may only push sign bits out */
    uint64_t fill = neg ? ~(uint64_t)0 : 0, v = fill;
    for (i64 i = 0; i < n; i++) {
        if (v >> 56 != fill >> 56) goto over;
        v = v << 8 | d[little ? n - 1 - i : i];
    }
    if (v >> 63 != (uint64_t)neg) goto over;
    return (i64)v;
over:
    rt_raise_msg(&rt_type_OverflowError, "int too large to convert to a 64-bit int");
    return 0;
}

/* round(x, n) for an int and n < 0: to a multiple of 10**-n, halves to even. */
i64 rt_int_round(i64 x, i64 n) {
    if (n >= 0)
        return x;
    if (n < -18)
        return 0;
    i64 p = 1;
    for (i64 i = 0; i < -n; i++)
        p *= 10;
    i64 q = x / p, r = x % p;
    if (r < 0) {    /* floor division */
        q -= 1;
        r += p;
    }
    if (2 * r > p || (2 * r == p && (q & 1)))
        q += 1;
    return q * p;
}

/* (x * y) mod m without 128-bit division (no compiler-rt here). */
static uint64_t mulmod(uint64_t x, uint64_t y, uint64_t m) {
    uint64_t r = 0;
    for (x %= m; y; y >>= 1) {
        if (y & 1)
            r = (r >= m - x) ? r - (m - x) : r + x;
        x = (x >= m - x) ? x - (m - x) : x + x;
    }
    return r;
}

/* The inverse of x modulo um (x already reduced), or um when there is none. */
static uint64_t inverse_mod(uint64_t x, uint64_t um) {
    i64 r0 = (i64)um, r1 = (i64)x, t0 = 0, t1 = 1;   /* extended Euclid; um < 2**63 */
    while (r1) {
        i64 q = r0 / r1, r = r0 - q * r1, t = t0 - q * t1;
        r0 = r1, r1 = r, t0 = t1, t1 = t;
    }
    if (r0 != 1)
        return um;
    return (uint64_t)(t0 < 0 ? t0 + (i64)um : t0);
}

/* a ** b of ints as typeshed's Any: an int, or a float when b < 0. */
rt_obj *rt_int_pow_any(i64 a, i64 b)
{
    if (b < 0) {
        double r = rt_float_pow((double)a, (double)b);
        return rt_exc ? 0 : rt_box_float(r);
    }
    i64 r = rt_int_pow(a, b);
    return rt_exc ? 0 : rt_box_int(r);
}

/* pow(a, b, m) for ints, as CPython: a negative exponent inverts a first. */
i64 rt_int_powmod(i64 a, i64 b, i64 m) {
    if (m == 0) {
        rt_raise_msg(&rt_type_ValueError, "pow() 3rd argument cannot be 0");
        return 0;
    }
    uint64_t um = m < 0 ? (uint64_t)0 - (uint64_t)m : (uint64_t)m;
    uint64_t x = (uint64_t)(a % m < 0 ? a % m + (i64)um : a % m) % um, r = 1 % um;
    if (b < 0) {
        x = inverse_mod(x, um);
        if (x == um) {
            rt_raise_msg(&rt_type_ValueError, "base is not invertible for the given modulus");
            return 0;
        }
        b = -b;
    }
    for (; b; b >>= 1) {
        if (b & 1)
            r = mulmod(r, x, um);
        x = mulmod(x, x, um);
    }
    i64 res = (i64)r;
    if (res != 0 && m < 0)
        res -= (i64)um;   /* the result takes the modulus's sign */
    return res;
}
