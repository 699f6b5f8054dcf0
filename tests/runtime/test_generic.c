/* test_generic.c -- boxing, repr/str, ==, <, CPython's hash values,
 * tuples, and the exception hierarchy. */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 2 << 20;

static rt_word f(double d) {
    rt_word w;
    __builtin_memcpy(&w, &d, 8);
    return w;
}

static const rt_type point_type = {"Point", "__main__", &rt_type_object, RT_L_FIELDS, 0,
                                   0, 0, 0, 0, 0, 0, 0};
static const rt_type my_error = {"MyError", "pkg.mod", &rt_type_ValueError, RT_L_FIELDS, 1,
                                 (const uint8_t[]){RT_OBJ}, 0, 0, 0, 0, 0, 0};

static void hashes(void) {
    begin("hashes");
    CHECK(rt_hash((rt_word)-1, RT_I64) == -2);
    CHECK(rt_hash((rt_word)0x1fffffffffffffff, RT_I64) == 0);
    CHECK(rt_hash((rt_word)INT64_MIN, RT_I64) == -4);
    CHECK(rt_hash((rt_word)INT64_MAX, RT_I64) == 3);
    CHECK(rt_hash(UINT64_MAX, RT_U64) == 7);
    CHECK(rt_hash(1, RT_BOOL) == 1);
    CHECK(rt_hash(f(1.0), RT_F64) == 1 && rt_hash(f(-2.0), RT_F64) == -2);
    CHECK(rt_hash(f(1.5), RT_F64) == 1152921504606846977);
    CHECK(rt_hash(f(0.1), RT_F64) == 230584300921369408);
    CHECK(rt_hash(f(-0.5), RT_F64) == -1152921504606846976);
    CHECK(rt_hash(f(1e300), RT_F64) == 1224995262755759164);
    CHECK(rt_hash(f(5e-324), RT_F64) == 16777216);
    CHECK(rt_hash(f(-1e-310), RT_F64) == -615709907932414099);
    CHECK(rt_hash(f(123456789.123), RT_F64) == 283618680910892309);
    CHECK(rt_hash(f(1.0 / 0.0), RT_F64) == 314159);
    static const uint8_t k3[] = {RT_F64, RT_BOOL, RT_I64}, k0[] = {0}, k1[] = {RT_I64},
                         kt[] = {RT_OBJ, RT_OBJ};
    rt_obj *t = rt_tuple_new(3, k3);
    ((rt_tuple *)t)->items[0] = f(1.5);
    ((rt_tuple *)t)->items[1] = 1;
    ((rt_tuple *)t)->items[2] = (rt_word)-7;
    CHECK(rt_hash(W(t), RT_OBJ) == -4981249767773850778);
    CHECK(rt_hash(W(rt_tuple_new(0, k0)), RT_OBJ) == 5740354900026072187);
    rt_obj *one = rt_tuple_new(1, k1), *nest = rt_tuple_new(2, kt);
    ((rt_tuple *)one)->items[0] = 1;
    ((rt_tuple *)nest)->items[0] = W(rt_tuple_new(0, k0));
    ((rt_tuple *)nest)->items[1] = W(one);
    CHECK(rt_hash(W(nest), RT_OBJ) == -7715943332640168325);
    CHECK_REPR(nest, RT_OBJ, "((), (1,))");
    CHECK_REPR(t, RT_OBJ, "(1.5, True, -7)");
    CHECK(rt_hash(W(rt_box_float(2.0)), RT_OBJ) == 2 && rt_hash(W(rt_box_int(-1)), RT_OBJ) == -2);
    rt_hash(W(rt_dict_new(RT_I64, RT_I64)), RT_OBJ);
    CHECK_RAISED(TypeError, "unhashable type: 'dict'");
    rt_hash(W(rt_set_new(RT_I64)), RT_OBJ);
    CHECK_RAISED(TypeError, "unhashable type: 'set'");
    end();
}

static void reprs(void) {
    begin("reprs");
    CHECK_REPR(0, RT_OBJ, "None");
    CHECK_REPR(1, RT_BOOL, "True");
    CHECK_REPR(-5, RT_I64, "-5");
    CHECK_REPR(UINT64_MAX, RT_U64, "18446744073709551615");
    CHECK_REPR(rt_box_u64(UINT64_MAX), RT_OBJ, "18446744073709551615");
    CHECK_REPR(rt_box_bool(0), RT_OBJ, "False");
    CHECK_REPR(rt_box_float(2.5), RT_OBJ, "2.5");
    CHECK(str_is(rt_to_str(W(S("hi")), RT_OBJ), "hi"));
    CHECK_REPR(S("hi"), RT_OBJ, "'hi'");
    rt_obj *p = rt_alloc(&point_type, sizeof(rt_obj));
    rt_obj *r = rt_repr(W(p), RT_OBJ);
    CHECK(r && rt_str_startswith(r, S("<__main__.Point object at 0x")) &&
          rt_str_endswith(r, S(">")));
    rt_obj *e = rt_exc_new(&rt_type_ValueError, S("bad"));
    CHECK_REPR(e, RT_OBJ, "ValueError('bad')");
    CHECK(str_is(rt_to_str(W(e), RT_OBJ), "bad"));
    CHECK_REPR(rt_exc_new(&rt_type_KeyError, 0), RT_OBJ, "KeyError()");
    CHECK(str_is(rt_to_str(W(rt_exc_new(&rt_type_KeyError, 0)), RT_OBJ), ""));
    end();
}

static void compare(void) {
    begin("compare");
    CHECK(rt_eq(f(0.0), f(-0.0), RT_F64) && !rt_eq(f(0.0 / 0.0), f(0.0 / 0.0), RT_F64));
    CHECK(rt_lt((rt_word)-1, 0, RT_I64) && rt_lt(0, UINT64_MAX, RT_U64));
    CHECK(rt_eq(W(rt_box_int(1)), W(rt_box_float(1.0)), RT_OBJ));
    CHECK(rt_eq(W(rt_box_bool(1)), W(rt_box_int(1)), RT_OBJ));
    CHECK(!rt_eq(W(rt_box_int(1)), W(S("1")), RT_OBJ) && !rt_eq(0, W(rt_box_int(0)), RT_OBJ));
    CHECK(rt_lt(W(rt_box_int(-1)), W(rt_box_u64(1)), RT_OBJ));
    CHECK(rt_lt(W(rt_box_float(0.5)), W(rt_box_int(1)), RT_OBJ));
    rt_lt(0, 0, RT_OBJ);
    CHECK_RAISED(TypeError, "'<' not supported between instances of 'NoneType' and 'NoneType'");
    rt_lt(W(rt_box_int(1)), W(S("a")), RT_OBJ);
    CHECK_RAISED(TypeError, "'<' not supported between instances of 'int' and 'str'");
    static const uint8_t ks[] = {RT_I64, RT_OBJ};
    rt_obj *a = rt_tuple_new(2, ks), *b = rt_tuple_new(2, ks);
    ((rt_tuple *)a)->items[1] = W(S("x"));
    ((rt_tuple *)b)->items[1] = W(S("y"));
    CHECK(rt_lt(W(a), W(b), RT_OBJ) && !rt_eq(W(a), W(b), RT_OBJ));
    ((rt_tuple *)b)->items[1] = W(S("x"));
    CHECK(rt_eq(W(a), W(b), RT_OBJ) && !rt_lt(W(a), W(b), RT_OBJ));
    ((rt_tuple *)b)->items[1] = 0;
    rt_lt(W(a), W(b), RT_OBJ);
    CHECK_RAISED(TypeError, "'<' not supported between instances of 'str' and 'NoneType'");
    CHECK_NO_EXC();
    end();
}

static void exceptions(void) {
    begin("exceptions");
    static const rt_type *const chain[][4] = {
        {&rt_type_KeyError, &rt_type_LookupError, &rt_type_Exception, &rt_type_BaseException},
        {&rt_type_ZeroDivisionError, &rt_type_ArithmeticError, &rt_type_Exception, 0},
        {&rt_type_RecursionError, &rt_type_RuntimeError, &rt_type_Exception, 0},
        {&rt_type_UnicodeDecodeError, &rt_type_UnicodeError, &rt_type_ValueError, 0},
        {&rt_type_TimeoutError, &rt_type_OSError, &rt_type_Exception, 0},
        {&rt_type_SystemExit, &rt_type_BaseException, 0, 0},
        {&rt_type_CancelledError, &rt_type_BaseException, 0, 0},
        {&rt_type_StopAsyncIteration, &rt_type_Exception, 0, 0},
        {&rt_type_NotImplementedError, &rt_type_RuntimeError, 0, 0},
    };
    for (unsigned i = 0; i < sizeof chain / sizeof chain[0]; i++) {
        rt_obj *e = rt_exc_new(chain[i][0], 0);
        for (int j = 0; j < 4 && chain[i][j]; j++)
            CHECK(rt_isinstance(e, chain[i][j]));
    }
    CHECK(!rt_isinstance(rt_exc_new(&rt_type_SystemExit, 0), &rt_type_Exception));
    CHECK(!rt_isinstance(rt_exc_new(&rt_type_CancelledError, 0), &rt_type_Exception));
    CHECK(rt_isinstance(rt_box_bool(1), &rt_type_int) && rt_isinstance(0, &rt_type_NoneType));
    rt_obj *mine = rt_exc_new(&my_error, S("m"));
    CHECK(rt_isinstance(mine, &rt_type_ValueError) && !rt_isinstance(mine, &rt_type_KeyError));
    rt_raise_msg(&rt_type_IndexError, "idx");
    CHECK_RAISED(IndexError, "idx");
    static const char parse[] = "parse";
    rt_raise_at(mine, "x.py", 3, parse);
    CHECK(rt_exc == mine && rt_exc_line == 3 && rt_exc_func == parse);
    rt_exc = 0;
    rt_reraise(mine);   /* raised again: keeps where it was raised */
    CHECK(rt_exc == mine && rt_exc_file && rt_exc_line == 3);
    rt_raise(rt_exc_new(&rt_type_KeyError, 0));   /* a new one from the runtime: no location */
    CHECK(rt_exc != mine && !rt_exc_file);
    rt_exc = 0;
    end();
}

static void tuples(void) {
    begin("tuples");
    static const uint8_t k5[] = {RT_I64, RT_OBJ, RT_F64, RT_BOOL, RT_OBJ};
    rt_obj *t = rt_tuple_new(5, k5);
    rt_word *it = ((rt_tuple *)t)->items;
    it[0] = 1, it[1] = W(S("a")), it[2] = f(2.0), it[3] = 1, it[4] = 0;
    CHECK(rt_tuple_get(t, -5, RT_I64) == 1 && rt_tuple_get(t, 3, RT_BOOL) == 1);
    rt_word b = rt_tuple_get(t, 0, RT_OBJ);   /* an item read as another kind is converted */
    CHECK(b && ((rt_obj *)(uintptr_t)b)->type == &rt_type_int && rt_tuple_get(t, 2, RT_F64) == it[2]);
    rt_tuple_get(t, 5, RT_I64);
    CHECK_RAISED(IndexError, "tuple index out of range");
    CHECK_REPR(t, RT_OBJ, "(1, 'a', 2.0, True, None)");
    rt_obj *s = rt_tuple_slice(t, 0, 0, -2, 0);
    for (int i = 0; i < 30; i++)
        rt_list_repeat(rt_list_new(RT_I64, 1000), 1); /* a strided slice's kinds survive */
    rt_gc_collect();
    CHECK_REPR(s, RT_OBJ, "(None, 2.0, 1)");
    CHECK_REPR(rt_tuple_slice(t, 1, 3, 1, 3), RT_OBJ, "('a', 2.0)");
    CHECK_REPR(rt_tuple_slice(t, 4, 1, 1, 3), RT_OBJ, "()");
    CHECK(rt_tuple_contains(t, f(1.0), RT_F64) && rt_tuple_contains(t, 2, RT_I64));
    CHECK(rt_tuple_contains(t, W(S("a")), RT_OBJ) && rt_tuple_contains(t, 0, RT_OBJ));
    CHECK(!rt_tuple_contains(t, 3, RT_I64) && !rt_tuple_contains(t, W(S("b")), RT_OBJ));
    CHECK_NO_EXC();
    end();
}

static void argv(void) {
    begin("sys_argv");
    rt_obj *a = rt_sys_argv(); /* the unix runner passes arg1; boards their own */
    CHECK(a == rt_sys_argv());
    for (i64 i = 0; i < rt_list_len(a); i++)
        CHECK(((rt_obj *)(uintptr_t)rt_list_get(a, i))->type == &rt_type_str);
    CHECK(rt_list_len(a) != 2 || str_is(rt_repr(rt_list_get(a, 1), RT_OBJ), "'arg1'"));
    end();
}

void unicc_main(void) {
    hashes();
    reprs();
    compare();
    exceptions();
    tuples();
    argv();
}
