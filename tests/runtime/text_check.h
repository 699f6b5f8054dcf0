/* text_check.h -- table-friendly checks for the test_text_*.c programs:
 * results are compared as text (a str, or the repr of an object), and an
 * expected exception is written "!Type: message".  Expected values were
 * produced by CPython 3.11. */
#include "check.h"

static inline int outcome_is(rt_obj *got, const char *want) {
    rt_obj *e = rt_exc;
    rt_exc = 0;
    if (want[0] != '!')
        return !e && str_is(got, want);
    if (!e)
        return 0;
    i64 n = 1;
    while (want[n] && want[n] != ':')
        n++;
    const char *name = e->type->name;
    for (i64 i = 1; i < n; i++)
        if (name[i - 1] != want[i])
            return 0;
    return !name[n - 1] && str_is(rt_to_str(W(e), RT_OBJ), want + n + 2);
}

static inline void expect_at(int line, rt_obj *got, const char *want) {
    if (!outcome_is(got, want))
        fail_at(line, want);
}

static inline void expect_int_at(int line, i64 got, i64 want) {
    rt_obj *e = rt_exc;
    rt_exc = 0;
    if (e || got != want)
        fail_at(line, "integer result");
}

static inline uint64_t bits(double d) {
    union { double d; uint64_t u; } x = {d};
    return x.u;
}

static inline double dbl(uint64_t u) {
    union { uint64_t u; double d; } x = {u};
    return x.d;
}

#define EXPECT(expr, want) expect_at(__LINE__, (expr), (want))
#define EXPECT_REPR(expr, want) expect_at(__LINE__, rt_repr(W(expr), RT_OBJ), (want))
#define EXPECT_INT(expr, want) expect_int_at(__LINE__, (i64)(expr), (want))
#define EXPECT_EXC(expr, want) ((void)(expr), expect_at(__LINE__, 0, (want)))
