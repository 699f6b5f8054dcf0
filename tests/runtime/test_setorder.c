/* test_setorder.c -- set iteration order and dict/set reprs must be
 * CPython's: the same pseudo-random operations run here and in
 * ref_setorder.py, and the printed lines are compared. */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 8 << 20;

static uint64_t seed = 42;

static i64 rnd(i64 n) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (i64)((seed >> 33) % (uint64_t)n);
}

static void show(rt_obj *o) {
    rt_write_str(1, rt_repr(W(o), RT_OBJ));
    rt_write_cstr(1, "\n");
}

static rt_obj *random_set(i64 n, i64 range, i64 scale) {
    rt_obj *s = rt_set_new(RT_I64);
    for (i64 i = 0; i < n; i++)
        rt_set_add(s, (rt_word)((rnd(range) - range / 2) * scale));
    return s;
}

static void churn(rt_obj *s, i64 rounds, i64 range) {
    for (i64 i = 0; i < rounds; i++) {
        i64 v = rnd(range);
        if (rnd(3) == 0)
            rt_set_discard(s, (rt_word)v);
        else
            rt_set_add(s, (rt_word)v);
    }
}

void unicc_main(void) {
    static const uint8_t ii[] = {RT_I64, RT_I64};
    for (int round = 0; round < 6; round++) {
        i64 scale = round < 3 ? 1 : 1000003 * round;
        rt_obj *a = random_set(5 + rnd(40), 200, scale), *b = random_set(3 + rnd(60), 200, scale);
        show(a);
        show(b);
        show(rt_set_union(a, b));
        show(rt_set_intersection(a, b));
        show(rt_set_difference(a, b));
        show(rt_set_difference(b, rt_set_new(RT_I64)));
        show(rt_set_symmetric_difference(a, b));
        churn(a, 300, 64);
        show(a);
        rt_obj *c = rt_set_copy(a);
        for (int i = 0; i < 5 && rt_set_len(c); i++)
            rt_set_pop(c);
        show(c);
        rt_set_update(c, b);
        show(c);
        rt_set_clear(c);
        rt_set_add(c, 7);
        show(c);
    }
    rt_obj *f = rt_set_new(RT_F64);
    double ds[] = {1.5, -0.25, 3.0, 1e100, 2.0, 0.1};
    for (int i = 0; i < 6; i++) {
        rt_word w;
        __builtin_memcpy(&w, &ds[i], 8);
        rt_set_add(f, w);
    }
    show(f);
    rt_obj *t = rt_set_new(RT_OBJ);
    for (int i = 0; i < 12; i++) {
        rt_obj *p = rt_tuple_new(2, ii);
        ((rt_tuple *)p)->items[0] = (rt_word)rnd(10);
        ((rt_tuple *)p)->items[1] = (rt_word)(rnd(10) - 5);
        rt_set_add(t, W(p));
    }
    show(t);
    rt_obj *bools = rt_set_new(RT_BOOL);
    rt_set_add(bools, 1);
    rt_set_add(bools, 0);
    show(bools);
    rt_obj *d = rt_dict_new(RT_I64, RT_OBJ);
    for (int i = 0; i < 40; i++) {
        i64 k = rnd(30);
        if (rnd(4) == 0)
            rt_dict_pop(d, (rt_word)k), rt_exc = 0;
        else
            rt_dict_set(d, (rt_word)k, W(rt_set_new(RT_I64)));
    }
    show(d);
    show(rt_dict_keys(d));
}
