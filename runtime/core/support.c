/* support.c -- small helpers that only compiled code calls: taking the
 * pending exception in an `except`, unpacking errors, math with domain checks. */
#include "unicc.h"
#include "core.h"

/* An except/finally block owns the exception from here on. */
rt_obj *rt_exc_take(void) {
    rt_obj *e = rt_exc;
    rt_exc = 0;
    return e;
}

/* a, b = seq with the wrong number of items */
void rt_raise_unpack(i64 expected, i64 got) {
    if (got > expected)
        rt_raisef(&rt_type_ValueError, "too many values to unpack (expected %d)", expected);
    else
        rt_raisef(&rt_type_ValueError, "not enough values to unpack (expected %d, got %d)", expected, got);
}

double rt_math_sqrt(double x) {
    if (x < 0) {
        rt_raise_msg(&rt_type_ValueError, "math domain error");
        return 0;
    }
    return __builtin_sqrt(x);
}

double rt_float_fabs(double x) { return __builtin_fabs(x); }

/* bool(x) for a value whose static type is a union: None, zero numbers and
 * empty containers are false. */
i64 rt_truth(rt_word w, i64 kind) {
    if (kind != RT_OBJ)
        return w != 0 && !(kind == RT_F64 && (w << 1) == 0);
    rt_obj *o = (rt_obj *)(uintptr_t)w;
    if (!o)
        return 0;
    const rt_type *t = o->type;
    if (t == &rt_type_int || t == &rt_type_bool)
        return ((rt_word *)(o + 1))[0] != 0;
    if (t == &rt_type_float)
        return (((rt_word *)(o + 1))[0] << 1) != 0;
    switch (t->layout) {
    case RT_L_STR:
        return ((rt_str *)o)->len != 0;
    case RT_L_BYTES:
    case RT_L_BYTEARRAY:
    case RT_L_BUFFER:
        return rt_bytes_len(o) != 0;
    case RT_L_LIST:
        return ((rt_list *)o)->len != 0;
    case RT_L_TUPLE:
        return ((rt_tuple *)o)->len != 0;
    case RT_L_DICT:
        return rt_dict_len(o) != 0;
    case RT_L_SET:
        return rt_set_len(o) != 0;
    }
    return 1;
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
