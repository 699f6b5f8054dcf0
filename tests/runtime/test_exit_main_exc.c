/* test_exit_main_exc.c -- __main__ exceptions print as Name: msg.
 * expect-exit: 1
 * expect-stderr: \nMainError: went wrong\n
 */
#include "check.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 1 << 20;

static const rt_type main_error = {"MainError", "__main__", &rt_type_Exception, RT_L_FIELDS,
                                   1, (const uint8_t[]){RT_OBJ}, 0, 0, 0, 0, 0, 0};

void unicc_main(void) { rt_raise(rt_exc_new(&main_error, S("went wrong"))); }
