/* test_exit_sysexit_int.c -- SystemExit(3) exits with status 3, silently.
 * expect-exit: 3
 */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 1 << 20;

void unicc_main(void) { rt_raise(rt_exc_new(&rt_type_SystemExit, rt_box_int(3))); }
