/* float.c -- float <-> text and float arithmetic that C does not give us:
 * repr (shortest round-trip digits), float(str) (correctly rounded),
 * round(), floor/ceil/trunc/fmod/sqrt (also exported under their C names
 * because LLVM lowers its intrinsics to calls to them), Python's % and //,
 * abs(), and the exact float -> int check (** is in pow.c).
 *
 * Exactness comes from a small fixed-size bignum: the digits of a double
 * are generated from its exact value (Steele & White / dragon4 with
 * round-half-even ties), and decimal strings are converted by exact
 * division.  Slow but simple and always correctly rounded.
 */
#include "core.h"

/* Exact-error tricks (two_prod) must not be fused into FMAs. */
#pragma STDC FP_CONTRACT OFF

#define BN_LIMBS 180
#define MANT ((uint64_t)1 << 52)

typedef struct {
    i64 n; /* limbs in use; d[n-1] != 0 */
    uint32_t d[BN_LIMBS];
} bn;

static uint64_t bits_of(double v) { union { double d; uint64_t u; } x = {v}; return x.u; }
static double from_bits(uint64_t u) { union { uint64_t u; double d; } x = {u}; return x.d; }

static void bn_set(bn *a, uint64_t v)
{
    a->d[0] = (uint32_t)v;
    a->d[1] = (uint32_t)(v >> 32);
    a->n = v >> 32 ? 2 : v ? 1 : 0;
}

static void bn_muladd(bn *a, uint32_t m, uint32_t add)
{
    uint64_t c = add;
    for (i64 i = 0; i < a->n; i++) {
        c += (uint64_t)a->d[i] * m;
        a->d[i] = (uint32_t)c;
        c >>= 32;
    }
    if (c) a->d[a->n++] = (uint32_t)c;
}

static void bn_pow10(bn *a, i64 k)
{
    static const uint32_t p10[10] = {1, 10, 100, 1000, 10000, 100000, 1000000,
                                     10000000, 100000000, 1000000000};
    for (; k >= 9; k -= 9) bn_muladd(a, p10[9], 0);
    bn_muladd(a, p10[k], 0);
}

static void bn_shl(bn *a, i64 k)
{
    i64 w = k / 32, b = k % 32;
    if (!a->n || k <= 0) return;
    a->d[a->n] = 0;
    for (i64 i = a->n; i >= 0; i--) {
        uint32_t lo = i > 0 && b ? a->d[i - 1] >> (32 - b) : 0;
        a->d[i + w] = (b ? a->d[i] << b : a->d[i]) | lo;
    }
    for (i64 i = 0; i < w; i++) a->d[i] = 0;
    a->n += w + 1;
    while (a->n && !a->d[a->n - 1]) a->n--;
}

static void bn_shr1(bn *a)
{
    for (i64 i = 0; i < a->n; i++)
        a->d[i] = a->d[i] >> 1 | (i + 1 < a->n ? a->d[i + 1] << 31 : 0);
    if (a->n && !a->d[a->n - 1]) a->n--;
}

static int bn_cmp(const bn *a, const bn *b)
{
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (i64 i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static void bn_add(bn *a, const bn *b)
{
    uint64_t c = 0;
    for (i64 i = 0; i < b->n || (c && i < a->n) || i < a->n; i++) {
        c += (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        a->d[i] = (uint32_t)c;
        c >>= 32;
        if (i >= a->n) a->n = i + 1;
    }
    if (c) a->d[a->n++] = (uint32_t)c;
}

static void bn_sub(bn *a, const bn *b) /* a >= b */
{
    int64_t c = 0;
    for (i64 i = 0; i < a->n; i++) {
        c += (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0);
        a->d[i] = (uint32_t)c;
        c = c < 0 ? -1 : 0;
    }
    while (a->n && !a->d[a->n - 1]) a->n--;
}

static i64 bn_bits(const bn *a)
{
    return a->n ? 32 * (a->n - 1) + 32 - __builtin_clz(a->d[a->n - 1]) : 0;
}

/* ---- exact decimal digits of a double ---------------------------------- */

/* Rounds the digit string up by one unit in its last place. */
static void round_up(char *buf, i64 *n, i64 *k)
{
    i64 i = *n - 1;
    while (i >= 0 && buf[i] == '9') i--;
    if (i < 0) {
        buf[0] = '1';
        *n = 1;
        ++*k;
        return;
    }
    buf[i]++;
    *n = i + 1;
}

/* Digits of v > 0 (finite) into buf (RT_FLOAT_DIGITS bytes), trailing zeros
 * dropped; v = 0.buf * 10^decpt.  mode 0: shortest string that reads back
 * as v (nearest one on ties of length); mode 2: `prec` significant digits;
 * mode 3: `prec` digits after the point (may be <= 0).  Returns the digit
 * count; 0 means the rounded value is zero. */
i64 rt_float_digits(double v, i64 mode, i64 prec, char *buf, i64 *decpt)
{
    uint64_t u = bits_of(v), f = u & (MANT - 1);
    i64 be = (i64)(u >> 52 & 0x7FF);
    if (be) f |= MANT; else be = 1;
    i64 e = be - 1075, n = 0;
    int even = !(f & 1), unequal = mode == 0 && f == MANT && be > 1;
    bn r, s, mp, mm, t;
    /* v = r/s; mp, mm = half the gaps to the neighbours (mode 0 only) */
    bn_set(&r, f << 2);
    bn_set(&s, 4);
    bn_set(&mp, mode == 0 ? 2 : 0);
    bn_set(&mm, mode == 0 ? 2 - unequal : 0);
    if (e >= 0) { bn_shl(&r, e); bn_shl(&mp, e); bn_shl(&mm, e); }
    else bn_shl(&s, -e);
    i64 e2 = 64 - __builtin_clzll(f) + e, k = e2 >= 0 ? e2 * 1233 / 4096 : -((-e2 * 1233 + 4095) / 4096);
    if (k >= 0) bn_pow10(&s, k);
    else { bn_pow10(&r, -k); bn_pow10(&mp, -k); bn_pow10(&mm, -k); }
    for (;;) { /* make the (upper bound of the) value < 10^k ... */
        t = r;
        bn_add(&t, &mp);
        int c = bn_cmp(&t, &s);
        if (c < 0 || (c == 0 && mode == 0 && !even)) break;
        bn_muladd(&s, 10, 0);
        k++;
    }
    for (;;) { /* ... and >= 10^(k-1) */
        t = r;
        bn_add(&t, &mp);
        bn_muladd(&t, 10, 0);
        int c = bn_cmp(&t, &s);
        if (c > 0 || (c == 0 && (mode != 0 || even))) break;
        bn_muladd(&r, 10, 0); bn_muladd(&mp, 10, 0); bn_muladd(&mm, 10, 0);
        k--;
    }
    i64 want = mode == 0 ? RT_FLOAT_DIGITS - 1 : mode == 2 ? prec : k + prec;
    if (want < 0) return 0;
    if (want > RT_FLOAT_DIGITS - 1) want = RT_FLOAT_DIGITS - 1;
    int low = 0, high = 0;
    while (n < want && r.n) {
        bn_muladd(&r, 10, 0); bn_muladd(&mp, 10, 0); bn_muladd(&mm, 10, 0);
        int d = 0;
        while (bn_cmp(&r, &s) >= 0) { bn_sub(&r, &s); d++; }
        buf[n++] = (char)('0' + d);
        if (mode != 0) continue;
        int cl = bn_cmp(&r, &mm);
        low = cl < 0 || (cl == 0 && even);
        t = r;
        bn_add(&t, &mp);
        int ch = bn_cmp(&t, &s);
        high = ch > 0 || (ch == 0 && even);
        if (low || high) break;
    }
    *decpt = k;
    if (r.n && (mode != 0 || high)) { /* decide the last digit by the remainder */
        bn_shl(&r, 1);
        int c = mode != 0 || low ? bn_cmp(&r, &s) : 1;
        if (c > 0 || (c == 0 && n && (buf[n - 1] & 1))) round_up(buf, &n, decpt);
    }
    while (n && buf[n - 1] == '0') n--;
    return n;
}

/* Writes 0.d * 10^decpt in fixed or exponent notation with at least `frac`
 * digits after the point; `dot` forces the point. */
void rt_put_decimal(rt_wbuf *w, const char *d, i64 nd, i64 decpt, int expo, i64 frac, int dot,
                    char ech)
{
    if (expo) {
        char eb[8];
        i64 x = decpt - 1, m = x < 0 ? -x : x, i = 8;
        rt_wbuf_put(w, d, 1);
        if (nd > 1 || frac > 0 || dot) rt_wbuf_put(w, ".", 1);
        rt_wbuf_put(w, d + 1, nd - 1);
        rt_wbuf_fill(w, '0', frac - (nd - 1));
        do eb[--i] = (char)('0' + m % 10); while ((m /= 10) != 0 || i > 6);
        eb[--i] = x < 0 ? '-' : '+';
        eb[--i] = ech;
        rt_wbuf_put(w, eb + i, 8 - i);
        return;
    }
    i64 ip = decpt < nd ? decpt : nd, after = nd - decpt > 0 ? nd - decpt : 0;
    if (decpt <= 0) rt_wbuf_put(w, "0", 1);
    else { rt_wbuf_put(w, d, ip); rt_wbuf_fill(w, '0', decpt - nd); }
    if (after > 0 || frac > 0 || dot) rt_wbuf_put(w, ".", 1);
    rt_wbuf_fill(w, '0', after > 0 && decpt < 0 ? -decpt : 0);
    if (after > 0) rt_wbuf_put(w, d + (decpt > 0 ? decpt : 0), nd - (decpt > 0 ? decpt : 0));
    rt_wbuf_fill(w, '0', frac - after);
}

struct repr_ctx { double v; char *d; i64 nd, k; };

static void gen_repr(rt_wbuf *w, const void *cx)
{
    const struct repr_ctx *x = cx;
    if (x->v != x->v) { rt_wbuf_put(w, "nan", 3); return; }
    if (bits_of(x->v) >> 63) rt_wbuf_put(w, "-", 1);
    if (x->v - x->v != 0) { rt_wbuf_put(w, "inf", 3); return; }
    int expo = x->k <= -4 || x->k > 16;
    rt_put_decimal(w, x->d, x->nd, x->k, expo, !expo, 0, 'e');
}

rt_obj *rt_float_repr(double v)
{
    if (v != v && rt_num_kind(v)) return rt_num_repr(v);   /* an int held where float is declared */
    char buf[RT_FLOAT_DIGITS];
    struct repr_ctx x = {v, buf, 1, 1};
    buf[0] = '0';
    if (v == v && v - v == 0 && v != 0) x.nd = rt_float_digits(v < 0 ? -v : v, 0, 0, buf, &x.k);
    return rt_str_build(gen_repr, &x);
}

/* ---- text to double ----------------------------------------------------- */

/* round(p/q * 2^bexp) to a double, half-even; p, q are clobbered. */
static double ratio_to_double(bn *p, bn *q, i64 bexp)
{
    if (!p->n) return 0.0;
    i64 t = bn_bits(p) - bn_bits(q);
    if (t + bexp + 1 < -1075) return 0.0;
    if (t - 1 + bexp > 1025) return from_bits(0x7FFull << 52);
    i64 b = 53 - t; /* p/q * 2^b in [2^52, 2^54) */
    if (b > bexp + 1074) b = bexp + 1074;
    if (b >= 0) bn_shl(p, b); else bn_shl(q, -b);
    bn top = *q;
    bn_shl(&top, 53);
    if (bn_cmp(p, &top) >= 0) { bn_shl(q, 1); bn_shl(&top, 1); b--; }
    uint64_t m = 0;
    for (int i = 53; i >= 0; i--, bn_shr1(&top))
        if (bn_cmp(p, &top) >= 0) { bn_sub(p, &top); m |= (uint64_t)1 << i; }
    bn_shl(p, 1);
    int c = bn_cmp(p, q);
    if (c > 0 || (c == 0 && (m & 1))) m++;
    i64 ex = bexp - b; /* value = m * 2^ex */
    if (m == MANT << 1) { m >>= 1; ex++; }
    if (m < MANT) return from_bits(m);
    if (ex + 52 + 1023 >= 2047) return from_bits(0x7FFull << 52);
    return from_bits((uint64_t)(ex + 52 + 1023) << 52 | (m & (MANT - 1)));
}

/* The double nearest to the integer d[0..nd) * 10^ex. */
static double dec_to_double(const char *d, i64 nd, i64 ex)
{
    bn p, q;
    if (nd == 0 || nd + ex < -330) return 0.0;
    if (nd + ex > 310) return from_bits(0x7FFull << 52);
    bn_set(&p, 0);
    for (i64 i = 0; i < nd; i++) bn_muladd(&p, 10, (uint32_t)(d[i] - '0'));
    bn_set(&q, 1);
    if (ex >= 0) bn_pow10(&p, ex); else bn_pow10(&q, -ex);
    return ratio_to_double(&p, &q, 0);
}

static int ieq(const char *p, i64 n, const char *word)
{
    i64 i = 0;
    for (; i < n && word[i]; i++)
        if ((p[i] | 32) != word[i]) return 0;
    return i == n && !word[i];
}

/* Reads digits with single underscores between them; returns the end. */
static const char *scan_digits(const char *p, const char *e, void (*each)(char, void *), void *cx)
{
    const char *s = p;
    for (; p < e; p++) {
        if (*p == '_' && p > s && p + 1 < e && p[1] >= '0' && p[1] <= '9') continue;
        if (*p < '0' || *p > '9') break;
        each(*p, cx);
    }
    return p;
}

#define KEEP 800 /* more significant digits than any tie can depend on */
struct mant { char d[KEEP + 1]; i64 nd, ex, ndig; int sticky, frac; };

static void add_digit(char c, void *cx)
{
    struct mant *m = cx;
    m->ndig++;
    if (m->nd == 0 && c == '0') { m->ex -= m->frac; return; }
    if (m->nd < KEEP) { m->d[m->nd++] = c; m->ex -= m->frac; return; }
    m->ex += !m->frac;
    m->sticky |= c != '0';
}

static void add_exp(char c, void *cx)
{
    i64 *x = cx;
    if (*x < 100000000) *x = *x * 10 + (c - '0');
}

/* Returns 0 if [p, e) is not a float literal as float() accepts it. */
static int parse_float(const char *p, const char *e, double *out)
{
    int neg = p < e && *p == '-';
    if (p < e && (*p == '-' || *p == '+')) p++;
    double r;
    if (ieq(p, e - p, "inf") || ieq(p, e - p, "infinity")) r = from_bits(0x7FFull << 52);
    else if (ieq(p, e - p, "nan")) r = from_bits(0x7FF8ull << 48);
    else {
        struct mant m = {.nd = 0};
        p = scan_digits(p, e, add_digit, &m);
        if (p < e && *p == '.') {
            m.frac = 1;
            p = scan_digits(p + 1, e, add_digit, &m);
        }
        if (!m.ndig) return 0;
        if (p < e && (*p | 32) == 'e') {
            i64 x = 0;
            int xneg = ++p < e && *p == '-';
            if (p < e && (*p == '-' || *p == '+')) p++;
            const char *s = p;
            p = scan_digits(p, e, add_exp, &x);
            if (p == s) return 0;
            m.ex += xneg ? -x : x;
        }
        if (p != e) return 0;
        if (m.sticky) { m.d[m.nd++] = '1'; m.ex--; }
        r = dec_to_double(m.d, m.nd, m.ex);
    }
    *out = neg ? -r : r;
    return 1;
}

double rt_float_from_str(rt_obj *s)
{
    rt_str *t = (rt_str *)rt_str_strip(s, NULL);
    double r;
    if (!t) return 0.0;
    if (parse_float(t->data, t->data + t->len, &r)) return r;
    rt_raisef(&rt_type_ValueError, "could not convert string to float: %R", (rt_word)(uintptr_t)s, (i64)RT_OBJ);
    return 0.0;
}

/* ---- rounding ----------------------------------------------------------- */

double rt_float_trunc(double v)
{
    uint64_t u = bits_of(v);
    i64 ex = (i64)(u >> 52 & 0x7FF) - 1023;
    if (ex >= 52) return v;
    if (ex < 0) return from_bits(u & (uint64_t)1 << 63);
    return from_bits(u & ~((MANT - 1) >> ex));
}

double rt_float_floor(double v)
{
    double t = rt_float_trunc(v);
    return v < 0 && t != v ? t - 1.0 : t;
}

double rt_float_ceil(double v)
{
    double t = rt_float_trunc(v);
    return v > 0 && t != v ? t + 1.0 : t;
}

double trunc(double v) { return rt_float_trunc(v); }
double floor(double v) { return rt_float_floor(v); }
double ceil(double v) { return rt_float_ceil(v); }
double sqrt(double v) { return __builtin_elementwise_sqrt(v); }

static int is_finite(double v) { return v - v == 0; }

static i64 to_i64(double t)
{
    if (t != t) {
        rt_raise_msg(&rt_type_ValueError, "cannot convert float NaN to integer");
        return 0;
    }
    if (!is_finite(t)) {
        rt_raise_msg(&rt_type_OverflowError, "cannot convert float infinity to integer");
        return 0;
    }
    if (t >= 9223372036854775808.0 || t < -9223372036854775808.0) {
        rt_raise_msg(&rt_type_OverflowError, "int too large to convert to a 64-bit int");
        return 0;
    }
    return (i64)t;
}

i64 rt_float_to_int(double v) { return to_i64(rt_float_trunc(v)); }

i64 rt_float_round_int(double v)
{
    double t = rt_float_trunc(v), d = v - t; /* exact */
    double one = v < 0 ? -1.0 : 1.0;
    if (d * one > 0.5 || (d * one == 0.5 && rt_float_fmod(t, 2.0) != 0)) t += one;
    return to_i64(is_finite(v) ? t : v);
}

/* CPython's double_round: exact decimal rounding, then read back. */
double rt_float_round(double v, i64 nd)
{
    char buf[RT_FLOAT_DIGITS];
    i64 k;
    if (nd > 323 || v == 0 || !is_finite(v)) return v;
    if (nd < -308) return 0.0 * v;
    i64 n = rt_float_digits(v < 0 ? -v : v, 3, nd, buf, &k);
    double r = dec_to_double(buf, n, k - n);
    if (!is_finite(r)) {
        rt_raise_msg(&rt_type_OverflowError, "rounded value too large to represent");
        return 0.0;
    }
    return v < 0 ? -r : r;
}

/* ---- fmod, %, //, ** ------------------------------------------------------ */

/* Exact remainder by shift-and-subtract on the integer mantissas. */
double fmod(double a, double b)
{
    uint64_t ua = bits_of(a), ub = bits_of(b), sign = ua & (uint64_t)1 << 63;
    i64 ea = (i64)(ua >> 52 & 0x7FF), eb = (i64)(ub >> 52 & 0x7FF);
    if (b == 0 || !is_finite(a) || b != b) return (a * b) / (a * b);
    if ((ua << 1) <= (ub << 1)) return (ua << 1) == (ub << 1) ? 0.0 * a : a;
    uint64_t ma = ua & (MANT - 1), mb = ub & (MANT - 1);
    if (ea) ma |= MANT; else { ea = 1; while (ma < MANT) { ma <<= 1; ea--; } }
    if (eb) mb |= MANT; else { eb = 1; while (mb < MANT) { mb <<= 1; eb--; } }
    for (; ea > eb; ea--) {
        if (ma >= mb) ma -= mb;
        ma <<= 1;
    }
    if (ma >= mb) ma -= mb;
    if (!ma) return from_bits(sign);
    while (ma < MANT) { ma <<= 1; ea--; }
    if (ea > 0) return from_bits(sign | (uint64_t)ea << 52 | (ma & (MANT - 1)));
    return from_bits(sign | ma >> (1 - ea));
}

double rt_float_fmod(double a, double b) { return fmod(a, b); }

/* A float's bits as an int and back (stdlib/cpython/math.py, struct.py). */
i64 rt_float_bits(double v) { return (i64)bits_of(v); }
double rt_float_from_bits(i64 u) { return from_bits((uint64_t)u); }

static double copysign0(double v) { return from_bits(bits_of(v) & (uint64_t)1 << 63); }

double rt_float_mod(double a, double b)
{
    if (b == 0) {
        rt_raise_msg(&rt_type_ZeroDivisionError, "float modulo");
        return 0.0;
    }
    double m = fmod(a, b);
    if (m == 0) return copysign0(b);
    return (b < 0) != (m < 0) ? m + b : m;
}

double rt_float_floordiv(double a, double b)
{
    if (b == 0) {
        rt_raise_msg(&rt_type_ZeroDivisionError, "float floor division by zero");
        return 0.0;
    }
    double m = fmod(a, b), div = (a - m) / b;
    if (m != 0 && (b < 0) != (m < 0)) div -= 1.0;
    if (div == 0) return copysign0(a / b);
    double fl = rt_float_floor(div);
    return div - fl > 0.5 ? fl + 1.0 : fl;
}

double rt_float_fabs(double x) { return __builtin_fabs(x); }

/* A float's value as an int when it is integral; anything else gives a value
 * that does not convert back (the caller compares). */
i64 rt_float_to_int_exact(double x) {
    if (!(x > -9223372036854775808.0 && x < 9223372036854775808.0))
        return 0;
    return (i64)x;
}
