/* hello.c -- a hand-written stand-in for a compiled program, to boot the
 * x86-64 platforms (unix, xen) before and independently of the compiler.
 *
 * It prints sys.argv, uses the heap, the clock and SSE arithmetic, then
 * exits with status 3.  FAULT selects a crash instead: 1 stack overflow,
 * 2 NULL dereference, 3 an LLVM trap (ud2), 4 hang (for the runner's
 * timeout). */
#include "platform.h"
#include "unicc.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 8 << 20;

#if FAULT == 1
static int deep(volatile int n)
{
    volatile char frame[512];
    frame[0] = (char)n;
    return deep(n + 1) + frame[0];
}
#endif

static void say(const char *label, i64 ok)
{
    rt_write_cstr(1, label);
    rt_write_cstr(1, ok ? " ok\n" : " FAILED\n");
}

void unicc_main(void)
{
    rt_write_cstr(1, "hello from unicc\n");
    rt_obj *argv = rt_sys_argv();
    rt_write_cstr(1, "argv:");
    for (i64 i = 1; i < rt_list_len(argv); i++) {
        rt_write_cstr(1, " ");
        rt_write_str(1, (rt_obj *)(uintptr_t)rt_list_get(argv, i));
    }
    rt_write_cstr(1, "\n");
    rt_obj *big = rt_alloc(&rt_type_raw, 4 << 20);
    ((rt_raw *)big)->data[(4 << 20) - 64] = 1;
    say("heap", big != NULL && rt_gc_heap_used() >= 4 << 20);
    volatile double x = 2.0;
    say("sse", x * 1.5 == 3.0);
    i64 t0 = rt_monotonic_ns();
    for (volatile int i = 0; i < 100000; i++) {}
    say("clock", rt_monotonic_ns() > t0);
    say("stack limit", plat_stack_limit() < (uintptr_t)&x);
#if FAULT == 1
    deep(0);
#elif FAULT == 2
    *(volatile int *)(uintptr_t)rt_exc = 1; /* rt_exc is NULL here */
#elif FAULT == 3
    __builtin_trap();
#elif FAULT == 4
    rt_flush();
    for (;;) {}
#endif
    rt_exit(3);
}
