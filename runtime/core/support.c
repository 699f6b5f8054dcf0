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
