/* test_exit_sysexit_str.c -- SystemExit("bye") prints bye and exits 1.
 * expect-exit: 1
 * expect-stderr: bye\n
 */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 1 << 20;

void unicc_main(void) { rt_raise(rt_exc_new(&rt_type_SystemExit, S("bye"))); }
