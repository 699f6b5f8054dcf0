/* test_dict.c -- dict and set behaviour and messages as CPython's. */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 4 << 20;

static void dict_basics(void) {
    begin("dict_basics");
    rt_obj *d = rt_dict_new(RT_OBJ, RT_I64);
    CHECK_REPR(d, RT_OBJ, "{}");
    rt_dict_set(d, W(S("a")), 1);
    rt_dict_set(d, W(S("b")), 2);
    rt_dict_set(d, W(S("a")), 3);
    CHECK_REPR(d, RT_OBJ, "{'a': 3, 'b': 2}");
    CHECK(rt_dict_get(d, W(S("b"))) == 2 && rt_dict_len(d) == 2);
    rt_dict_get(d, W(S("missing")));
    CHECK_RAISED(KeyError, "'missing'");
    rt_dict_del(d, W(S("zz")));
    CHECK_RAISED(KeyError, "'zz'");
    CHECK(rt_dict_pop(d, W(S("a"))) == 3 && !rt_dict_contains(d, W(S("a"))));
    rt_dict_set(d, W(S("a")), 4);
    CHECK_REPR(d, RT_OBJ, "{'b': 2, 'a': 4}");
    CHECK(rt_dict_setdefault(d, W(S("b")), 9) == 2 && rt_dict_setdefault(d, W(S("c")), 9) == 9);
    rt_word out = 0;
    CHECK(rt_dict_lookup(d, W(S("c")), &out) && out == 9 && !rt_dict_lookup(d, 0, &out));
    static const uint8_t pk[] = {RT_OBJ, RT_I64};
    CHECK_REPR(rt_dict_items(d, pk), RT_OBJ, "[('b', 2), ('a', 4), ('c', 9)]");
    CHECK_REPR(rt_dict_keys(d), RT_OBJ, "['b', 'a', 'c']");
    CHECK_REPR(rt_dict_values(d), RT_OBJ, "[2, 4, 9]");
    rt_obj *c = rt_dict_copy(d);
    CHECK(rt_dict_eq(c, d));
    rt_dict_set(c, W(S("c")), 10);
    CHECK(!rt_dict_eq(c, d));
    rt_word k = 0;
    CHECK(rt_dict_popitem(c, &k) == 10 && str_is((rt_obj *)(uintptr_t)k, "c"));
    rt_dict_update(c, d);
    CHECK_REPR(c, RT_OBJ, "{'b': 2, 'a': 4, 'c': 9}");
    rt_dict_clear(c);
    CHECK_REPR(c, RT_OBJ, "{}");
    rt_dict_popitem(c, &k);
    CHECK_RAISED(KeyError, "'popitem(): dictionary is empty'");
    rt_dict_set(c, 0, 1);
    CHECK_REPR(c, RT_OBJ, "{None: 1}");
    CHECK_NO_EXC();
    end();
}

static void dict_iter(void) {
    begin("dict_iter");
    rt_obj *d = rt_dict_new(RT_I64, RT_I64);
    for (i64 i = 0; i < 1000; i++)
        rt_dict_set(d, (rt_word)(i * 7919 % 1000), (rt_word)i);
    for (i64 i = 0; i < 1000; i += 2)
        rt_dict_del(d, (rt_word)i);
    CHECK(rt_dict_len(d) == 500);
    i64 pos = 0, n = 0, ok = 1;
    rt_word k, v, prev = 0;
    while (rt_dict_next(d, &pos, 500, &k, &v)) {
        ok &= (i64)(k & 1) && (i64)v * 7919 % 1000 == (i64)k;
        ok &= n == 0 || v > prev; /* insertion order = increasing i */
        prev = v;
        n++;
    }
    CHECK(ok && n == 500 && !rt_exc);
    pos = 0;
    rt_dict_next(d, &pos, 500, &k, &v);
    rt_dict_set(d, 2, 2);
    rt_dict_next(d, &pos, 500, &k, &v);
    CHECK_RAISED(RuntimeError, "dictionary changed size during iteration");
    rt_obj *fd = rt_dict_new(RT_F64, RT_I64);
    double one = 1.0;
    rt_word w;
    __builtin_memcpy(&w, &one, 8);
    rt_dict_set(fd, w, 5);
    CHECK_REPR(fd, RT_OBJ, "{1.0: 5}");
    end();
}

static void sets(void) {
    begin("sets");
    rt_obj *s = rt_set_new(RT_I64);
    CHECK_REPR(s, RT_OBJ, "set()");
    rt_set_add(s, 2);
    rt_set_add(s, 1);
    rt_set_add(s, 2);
    CHECK_REPR(s, RT_OBJ, "{1, 2}");
    rt_set_remove(s, 5);
    CHECK_RAISED(KeyError, "5");
    rt_obj *e = rt_set_new(RT_I64);
    rt_set_pop(e);
    CHECK_RAISED(KeyError, "'pop from an empty set'");
    CHECK(rt_set_pop(s) == 1 && rt_set_len(s) == 1);
    rt_set_add(e, 2);
    CHECK(rt_set_eq(s, e) && rt_set_issubset(s, e) && rt_eq(W(s), W(e), RT_OBJ));
    rt_set_add(e, 3);
    CHECK(!rt_set_eq(s, e) && rt_set_issubset(s, e) && !rt_set_issubset(e, s));
    i64 pos = 0;
    rt_word item;
    rt_set_next(e, &pos, 2, &item);
    rt_set_add(e, 4);
    rt_set_next(e, &pos, 2, &item);
    CHECK_RAISED(RuntimeError, "Set changed size during iteration");
    rt_obj *strs = rt_set_new(RT_OBJ);
    rt_set_add(strs, W(S("x")));
    rt_set_add(strs, W(S("x")));
    CHECK(rt_set_len(strs) == 1 && rt_set_contains(strs, W(S("x"))));
    CHECK_REPR(strs, RT_OBJ, "{'x'}");
    rt_set_add(strs, W(rt_list_new(RT_I64, 0)));
    CHECK_RAISED(TypeError, "unhashable type: 'list'");
    CHECK_NO_EXC();
    end();
}

void unicc_main(void) {
    dict_basics();
    dict_iter();
    sets();
}
