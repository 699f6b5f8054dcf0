/* test_exit_panic.c -- rt_panic reports its location and exits 70.
 * expect-exit: 70
 * expect-stderr: panic: broken at here.c:12\n
 */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 1 << 20;

void unicc_main(void) { rt_panic("broken", "here.c", 12); }
