/* check.h -- tiny assertion helpers for the runtime's C unit tests.
 * Each test program prints "ok <name>" per passing section and
 * "FAIL <name>: line N: <expr>" per failed check; the pytest runner
 * (tests/test_runtime_c.py) fails on any FAIL line or non-zero exit. */
#include "unicc.h"

static const char *section;
static int section_failed;

static __attribute__((unused)) void fail_at(int line, const char *what) {
    rt_write_cstr(1, "FAIL ");
    rt_write_cstr(1, section);
    rt_write_cstr(1, ": line ");
    rt_write_str(1, rt_int_to_str(line));
    rt_write_cstr(1, ": ");
    rt_write_cstr(1, what);
    rt_write_cstr(1, "\n");
    section_failed = 1;
}

static __attribute__((unused)) void begin(const char *name) {
    section = name;
    section_failed = 0;
}

static __attribute__((unused)) void end(void) {
    if (!section_failed) {
        rt_write_cstr(1, "ok ");
        rt_write_cstr(1, section);
        rt_write_cstr(1, "\n");
    }
}

static __attribute__((unused)) int str_is(rt_obj *s, const char *c) {
    if (!s)
        return 0;
    rt_str *p = (rt_str *)s;
    i64 i = 0;
    for (; c[i]; i++)
        if (i >= p->len || p->data[i] != c[i])
            return 0;
    return i == p->len;
}

/* Clears and checks the pending exception's type and str(). */
static __attribute__((unused)) int raised(const rt_type *t, const char *msg) {
    rt_obj *e = rt_exc;
    rt_exc = 0;
    if (!e || e->type != t)
        return 0;
    return !msg || str_is(rt_to_str((rt_word)(uintptr_t)e, RT_OBJ), msg);
}

#define CHECK(c)                  \
    do {                          \
        if (!(c))                 \
            fail_at(__LINE__, #c); \
    } while (0)
#define CHECK_REPR(w, kind, s) CHECK(str_is(rt_repr((rt_word)(w), kind), s))
#define CHECK_RAISED(t, msg) CHECK(raised(&rt_type_##t, msg))
#define CHECK_NO_EXC() CHECK(!rt_exc)
#define W(p) ((rt_word)(uintptr_t)(p))
#define S(c) rt_str_from_cstr(c)
