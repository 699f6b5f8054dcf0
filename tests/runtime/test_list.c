/* test_list.c -- list operations against CPython's results and messages. */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 4 << 20;

static rt_obj *range(i64 n) {
    rt_obj *l = rt_list_new(RT_I64, 0);
    for (i64 i = 0; i < n; i++)
        rt_list_append(l, (rt_word)i);
    return l;
}

static void basics(void) {
    begin("list_basics");
    rt_obj *l = range(5);
    CHECK(rt_list_len(l) == 5);
    CHECK(rt_list_get(l, -1) == 4);
    rt_list_get(l, 5);
    CHECK_RAISED(IndexError, "list index out of range");
    rt_list_set(l, -6, 0);
    CHECK_RAISED(IndexError, "list assignment index out of range");
    rt_list_insert(l, -100, 9);
    rt_list_insert(l, 100, 8);
    rt_list_insert(l, -1, 7);
    CHECK_REPR(l, RT_OBJ, "[9, 0, 1, 2, 3, 4, 7, 8]");
    CHECK(rt_list_pop(l, 0, 0) == 8);
    CHECK(rt_list_pop(l, 1, 1) == 0);
    rt_list_pop(l, 10, 1);
    CHECK_RAISED(IndexError, "pop index out of range");
    rt_list_pop(rt_list_new(RT_I64, 0), 0, 0);
    CHECK_RAISED(IndexError, "pop from empty list");
    rt_list_del(l, 0);
    CHECK_REPR(l, RT_OBJ, "[1, 2, 3, 4, 7]");
    CHECK(rt_list_index(l, 7) == 4);
    rt_list_index(l, 99);
    CHECK_RAISED(ValueError, "99 is not in list");
    rt_list_remove(l, 99);
    CHECK_RAISED(ValueError, "list.remove(x): x not in list");
    rt_list_remove(l, 3);
    CHECK(rt_list_count(l, 2) == 1 && rt_list_contains(l, 4) && !rt_list_contains(l, 3));
    rt_list_reverse(l);
    CHECK_REPR(l, RT_OBJ, "[7, 4, 2, 1]");
    rt_list_extend(l, l);
    CHECK_REPR(l, RT_OBJ, "[7, 4, 2, 1, 7, 4, 2, 1]");
    rt_list_clear(l);
    CHECK_REPR(l, RT_OBJ, "[]");
    CHECK_REPR(rt_list_repeat(range(2), 3), RT_OBJ, "[0, 1, 0, 1, 0, 1]");
    CHECK_REPR(rt_list_repeat(range(2), -1), RT_OBJ, "[]");
    CHECK_REPR(rt_list_concat(range(2), range(1)), RT_OBJ, "[0, 1, 0]");
    CHECK_NO_EXC();
    end();
}

static void slices(void) {
    begin("list_slices");
    rt_obj *l = range(10);
    CHECK_REPR(rt_list_slice(l, 2, 8, 3, 3), RT_OBJ, "[2, 5]");
    CHECK_REPR(rt_list_slice(l, 0, 0, -1, 0), RT_OBJ, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
    CHECK_REPR(rt_list_slice(l, -3, 0, 1, 1), RT_OBJ, "[7, 8, 9]");
    CHECK_REPR(rt_list_slice(l, 100, -100, -4, 3), RT_OBJ, "[9, 5, 1]");
    CHECK_REPR(rt_list_slice(l, 5, 2, 1, 3), RT_OBJ, "[]");
    rt_list_slice(l, 0, 0, 0, 0);
    CHECK_RAISED(ValueError, "slice step cannot be zero");
    rt_list_set_slice(l, 2, 5, 1, 3, range(1));
    CHECK_REPR(l, RT_OBJ, "[0, 1, 0, 5, 6, 7, 8, 9]");
    rt_list_set_slice(l, 6, 2, 1, 3, range(2));
    CHECK_REPR(l, RT_OBJ, "[0, 1, 0, 5, 6, 7, 0, 1, 8, 9]");
    rt_list_set_slice(l, 0, 0, 2, 0, range(5));
    CHECK_REPR(l, RT_OBJ, "[0, 1, 1, 5, 2, 7, 3, 1, 4, 9]");
    rt_list_set_slice(l, 0, 0, -3, 0, range(2));
    CHECK_RAISED(ValueError, "attempt to assign sequence of size 2 to extended slice of size 4");
    rt_list_set_slice(l, 0, 0, 1, 0, l);
    CHECK(rt_list_len(l) == 10);
    rt_list_del_slice(l, 0, 0, -3, 0);
    CHECK_REPR(l, RT_OBJ, "[1, 1, 2, 7, 1, 4]");
    rt_list_del_slice(l, 1, -1, 1, 3);
    CHECK_REPR(l, RT_OBJ, "[1, 4]");
    rt_list_set_slice(l, 1, 1, 1, 3, range(3));
    CHECK_REPR(l, RT_OBJ, "[1, 0, 1, 2, 4]");
    CHECK_NO_EXC();
    end();
}

static void sorting(void) {
    begin("list_sort");
    static const i64 v[] = {5, -2, 9, 0, 5, 3, -7, 1, 1, 8, 2};
    rt_obj *l = rt_list_new(RT_I64, 0);
    for (int i = 0; i < 11; i++)
        rt_list_append(l, (rt_word)v[i]);
    rt_list_sort(l, 0, 0);
    CHECK_REPR(l, RT_OBJ, "[-7, -2, 0, 1, 1, 2, 3, 5, 5, 8, 9]");
    rt_list_sort(l, 0, 1);
    CHECK_REPR(l, RT_OBJ, "[9, 8, 5, 5, 3, 2, 1, 1, 0, -2, -7]");
    /* stability through keys: sort words by length */
    static const char *const words[] = {"bb", "a", "ccc", "dd", "e", "fff"};
    rt_obj *ws = rt_list_new(RT_OBJ, 0), *keys = rt_list_new(RT_I64, 0);
    for (int i = 0; i < 6; i++) {
        rt_list_append(ws, W(S(words[i])));
        rt_list_append(keys, (rt_word)rt_str_len(S(words[i])));
    }
    rt_list_sort(ws, keys, 0);
    CHECK_REPR(ws, RT_OBJ, "['a', 'e', 'bb', 'dd', 'ccc', 'fff']");
    rt_list_clear(keys);
    for (int i = 0; i < 6; i++)
        rt_list_append(keys, (rt_word)rt_str_len((rt_obj *)(uintptr_t)rt_list_get(ws, i)));
    rt_list_sort(ws, keys, 1);
    CHECK_REPR(ws, RT_OBJ, "['ccc', 'fff', 'bb', 'dd', 'a', 'e']");
    CHECK_NO_EXC();
    rt_obj *mixed = rt_list_new(RT_OBJ, 0);
    rt_list_append(mixed, W(rt_box_int(1)));
    rt_list_append(mixed, W(S("x")));
    rt_list_sort(mixed, 0, 0);
    CHECK_RAISED(TypeError, "'<' not supported between instances of 'str' and 'int'");
    rt_obj *fl = rt_list_new(RT_F64, 0);
    double ds[] = {2.5, -1.0, 0.1};
    for (int i = 0; i < 3; i++) {
        rt_word w;
        __builtin_memcpy(&w, &ds[i], 8);
        rt_list_append(fl, w);
    }
    rt_list_sort(fl, 0, 0);
    CHECK_REPR(fl, RT_OBJ, "[-1.0, 0.1, 2.5]");
    end();
}

static void compare(void) {
    begin("list_compare");
    rt_obj *a = range(3), *b = range(3);
    CHECK(rt_list_eq(a, b) && !rt_list_lt(a, b));
    rt_list_append(b, 0);
    CHECK(!rt_list_eq(a, b) && rt_list_lt(a, b) && !rt_list_lt(b, a));
    rt_list_set(a, 2, 5);
    CHECK(rt_list_lt(b, a));
    CHECK(rt_eq(W(a), W(a), RT_OBJ) && !rt_eq(W(a), 0, RT_OBJ));
    rt_obj *nested = rt_list_new(RT_OBJ, 0);
    rt_list_append(nested, W(a));
    rt_list_append(nested, 0);
    rt_list_append(nested, W(S("it's")));
    CHECK_REPR(nested, RT_OBJ, "[[0, 1, 5], None, \"it's\"]");
    rt_obj *bl = rt_list_new(RT_BOOL, 0);
    rt_list_append(bl, 1);
    rt_list_append(bl, 0);
    CHECK_REPR(bl, RT_OBJ, "[True, False]");
    rt_hash(W(a), RT_OBJ);
    CHECK_RAISED(TypeError, "unhashable type: 'list'");
    rt_obj *cyc = rt_list_new(RT_OBJ, 0), *d = rt_dict_new(RT_I64, RT_OBJ);
    rt_list_append(cyc, W(cyc));
    rt_list_append(cyc, W(d));
    rt_list_append(cyc, W(rt_list_new(RT_OBJ, 0)));
    rt_dict_set(d, 1, W(cyc));
    rt_dict_set(d, 2, W(d));
    CHECK_REPR(cyc, RT_OBJ, "[[...], {1: [...], 2: {...}}, []]");
    end();
}

void unicc_main(void) {
    basics();
    slices();
    sorting();
    compare();
}
