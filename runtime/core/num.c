/* num.c -- an int or bool held where float is declared.  mypy lets an int
 * go where a float is declared and CPython keeps it an int; the compiler's
 * numtags pass (unicc/transform/numtags.py) finds the float slots that can
 * receive one and keeps it there as a NaN whose payload tags it:
 *
 *   bits 63..50 all ones, bits 49..0 the int (two's complement, 50 bits)
 *   bits 63..51 all ones, bit 50 clear, bit 49 set, bit 0 the bool
 *
 * No arithmetic makes these NaNs (x86's default NaN has bits 49..0 clear,
 * ARM's a clear sign bit).  An int beyond 50 bits is kept as the nearest
 * double (a known difference).  The operations here take the slow path a
 * tagged operand needs and dispatch as CPython does: int op int stays an
 * int, anything with a real float gives a float. */
#include "core.h"

void *memcpy(void *d, const void *s, size_t n);

#define TAG_INT ((uint64_t)0x3FFF << 50)
#define TAG_BOOL ((uint64_t)0x7FFD << 49)
#define NUM_MIN (-((i64)1 << 49))
#define NUM_MAX (((i64)1 << 49) - 1)

static uint64_t bits(double d) {
    uint64_t w;
    memcpy(&w, &d, 8);
    return w;
}

static double from(uint64_t w) {
    double d;
    memcpy(&d, &w, 8);
    return d;
}

/* 0: a float, 1: an int, 2: a bool */
int rt_num_kind(double d) {
    uint64_t w = bits(d) >> 49;
    return w >= 0x7FFE ? 1 : w == 0x7FFD ? 2 : 0;
}

i64 rt_num_int(double d) {
    return rt_num_kind(d) == 2 ? (i64)(bits(d) & 1) : (i64)(bits(d) << 14) >> 14;
}

/* The tag of v; beyond 50 bits the nearest double (docs/conformance.md,
 * Known differences): its value stays right, only printing and type() show it. */
double rt_num_from_int(i64 v) {
    if (v < NUM_MIN || v > NUM_MAX)
        return (double)v;
    return from(TAG_INT | ((uint64_t)v & (((uint64_t)1 << 50) - 1)));
}

double rt_num_from_bool(i64 v) { return from(TAG_BOOL | (v != 0)); }

/* The value as a real double: what a float operation sees. */
double rt_num_float(double d) { return rt_num_kind(d) ? (double)rt_num_int(d) : d; }

static int both_int(double a, double b) { return rt_num_kind(a) && rt_num_kind(b); }

double rt_num_add(double a, double b) {
    if (!both_int(a, b))
        return rt_num_float(a) + rt_num_float(b);
    return rt_num_from_int(rt_num_int(a) + rt_num_int(b));
}

double rt_num_sub(double a, double b) {
    if (!both_int(a, b))
        return rt_num_float(a) - rt_num_float(b);
    return rt_num_from_int(rt_num_int(a) - rt_num_int(b));
}

double rt_num_mul(double a, double b) {
    if (!both_int(a, b))
        return rt_num_float(a) * rt_num_float(b);
    i64 r;
    if (__builtin_mul_overflow(rt_num_int(a), rt_num_int(b), &r))
        return (double)rt_num_int(a) * (double)rt_num_int(b);
    return rt_num_from_int(r);
}

double rt_num_neg(double a) {
    if (!rt_num_kind(a))
        return -a;
    return rt_num_from_int(-rt_num_int(a));
}

double rt_num_abs(double a) {
    if (!rt_num_kind(a))
        return rt_float_fabs(a);
    i64 v = rt_num_int(a);
    return rt_num_from_int(v < 0 ? -v : v);
}

double rt_num_truediv(double a, double b) {
    double x = rt_num_float(a), y = rt_num_float(b);
    if (y == 0) {
        rt_raise_msg(&rt_type_ZeroDivisionError, both_int(a, b) ? "division by zero" : "float division by zero");
        return 0.0;
    }
    return x / y;   /* ints of 50 bits are exact doubles: the quotient is rounded once, as CPython's */
}

double rt_num_floordiv(double a, double b) {
    if (!both_int(a, b))
        return rt_float_floordiv(rt_num_float(a), rt_num_float(b));
    i64 x = rt_num_int(a), y = rt_num_int(b);
    if (y == 0) {
        rt_raise_msg(&rt_type_ZeroDivisionError, "integer division or modulo by zero");
        return 0.0;
    }
    i64 q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0)))
        q--;
    return rt_num_from_int(q);
}

double rt_num_mod(double a, double b) {
    if (!both_int(a, b))
        return rt_float_mod(rt_num_float(a), rt_num_float(b));
    i64 x = rt_num_int(a), y = rt_num_int(b);
    if (y == 0) {
        rt_raise_msg(&rt_type_ZeroDivisionError, "integer modulo by zero");
        return 0.0;
    }
    i64 m = x % y;
    if (m != 0 && ((m < 0) != (y < 0)))
        m += y;
    return rt_num_from_int(m);
}

double rt_num_pow(double a, double b) {
    if (!both_int(a, b) || rt_num_int(b) < 0)
        return rt_float_pow(rt_num_float(a), rt_num_float(b));
    double f = rt_float_pow(rt_num_float(a), rt_num_float(b));
    if (rt_exc || !(f > -(double)((i64)1 << 49) && f < (double)((i64)1 << 49)))
        return f;   /* beyond 50 bits: the nearest double */
    return rt_num_from_int(rt_int_pow(rt_num_int(a), rt_num_int(b)));
}

double rt_num_round(double a, i64 nd) {
    if (!rt_num_kind(a))
        return rt_float_round(a, nd);
    return rt_num_from_int(rt_int_round(rt_num_int(a), nd));
}

/* type(x) of a value held where float is declared. */
const rt_type *rt_num_type(double d) {
    int k = rt_num_kind(d);
    return k == 1 ? &rt_type_int : k == 2 ? &rt_type_bool : &rt_type_float;
}

/* str/repr of a tagged value (rt_float_repr calls it for a NaN). */
rt_obj *rt_num_repr(double d) {
    if (rt_num_kind(d) == 2)
        return rt_num_int(d) ? rt_str_new("True", 4) : rt_str_new("False", 5);
    return rt_int_to_str(rt_num_int(d));
}
