/* test_exit_user_exc.c -- exceptions from other modules print as
 * module.Name; an empty message prints the bare name.
 * expect-exit: 1
 * expect-stderr: pkg.mod.MyError\n
 */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 1 << 20;

static const rt_type my_error = {"MyError", "pkg.mod", &rt_type_ValueError, RT_L_FIELDS, 1,
                                 (const uint8_t[]){RT_OBJ}, 0, 0, 0, 0, 0, 0};

void unicc_main(void) { rt_raise(rt_exc_new(&my_error, S(""))); }
