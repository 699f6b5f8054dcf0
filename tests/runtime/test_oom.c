/* test_oom.c -- running out of heap raises MemoryError (not a crash), and
 * the program can continue once the data is dropped. */
#include "check.h"

static rt_obj *hog;
rt_obj **const unicc_gc_roots[] = {&hog};
const i64 unicc_gc_nroots = 1;
const i64 unicc_heap_size = 512 << 10;

void unicc_main(void) {
    begin("oom_exhaust");
    hog = rt_list_new(RT_OBJ, 0);
    i64 n = 0;
    while (!rt_exc) {
        rt_obj *b = rt_box_int(n);
        if (b)
            rt_list_append(hog, W(b)), n++;
    }
    CHECK_RAISED(MemoryError, "");
    CHECK(n > 1000 && rt_list_len(hog) >= n - 1);
    CHECK(rt_list_get(hog, 1000) && !rt_exc);
    hog = 0;
    rt_gc_collect();
    CHECK(rt_box_int(1) && rt_list_new(RT_I64, 10000) && !rt_exc);
    end();

    begin("oom_huge");
    CHECK(!rt_list_new(RT_I64, (i64)1 << 40));
    CHECK_RAISED(MemoryError, "");
    CHECK(rt_list_len(rt_list_repeat(rt_list_new(RT_I64, 1), (i64)1 << 62)) == 0);
    rt_obj *l = rt_list_new(RT_I64, 0);
    rt_list_append(l, 1);
    CHECK(!rt_list_repeat(l, (i64)1 << 40));
    CHECK_RAISED(MemoryError, "");
    rt_list_append(l, 2);
    CHECK(!rt_list_repeat(l, (i64)1 << 62)); /* the size overflows */
    CHECK_RAISED(MemoryError, "");
    CHECK(!rt_list_new(RT_I64, INT64_MAX));
    CHECK_RAISED(MemoryError, "");
    end();
}
