/* test_exit_uncaught.c -- an uncaught exception prints CPython's last
 * traceback line and exits 1; stdout written before it is kept.
 * expect-exit: 1
 * expect-stderr: Traceback (most recent call last):\n  File "prog.py", line 7, in <module>\nKeyError: 'missing'\n
 */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 1 << 20;

void unicc_main(void) {
    rt_write_cstr(1, "before\n");
    rt_obj *d = rt_dict_new(RT_OBJ, RT_I64);
    rt_dict_get(d, W(S("missing")));
    rt_raise_at(rt_exc, "prog.py", 7, "<module>");
}
