/* prog.c -- a hand-written stand-in for a compiled program, to boot the ARM
 * platforms before (and independently of) the compiler.
 *
 * It exercises what compiled code leans on: console output, sys.argv, the
 * heap, the clock, VFP arithmetic and the 64-bit EABI helpers, then exits with
 * status 7.  FAULT selects a crash instead: 1 data abort, 2 undefined
 * instruction, 3 a smashed stack canary. */
#include "platform.h"
#include "unicc.h"

rt_obj **const unicc_gc_roots[] = {0};
const i64 unicc_gc_nroots = 0;
const i64 unicc_heap_size = 0;

static void put_int(const char *label, i64 v)
{
    char buf[24], *p = buf + sizeof buf;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    *--p = 0;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    rt_write_cstr(1, label);
    rt_write_cstr(1, p);
    rt_write_cstr(1, "\n");
}

void unicc_main(void)
{
    rt_write_cstr(1, "hello from unicc\n");
    rt_obj *argv = rt_sys_argv();
    for (i64 i = 0; i < rt_list_len(argv); i++) {
        rt_write_cstr(1, "argv ");
        rt_write_str(1, (rt_obj *)(uintptr_t)rt_list_get(argv, i));
        rt_write_cstr(1, "\n");
    }
    volatile i64 big = -1234567890123456789, div = 1000003;
    put_int("div ", big / div);
    put_int("mod ", big % div);
    volatile uint64_t ubig = 18000000000000000000u;
    put_int("udiv ", (i64)(ubig / 7));
    volatile double third = 1.0 / 3.0;
    put_int("f2i ", (i64)(third * 3e15));
    put_int("i2f ", (i64)((double)big / 1e9));
    rt_obj *o = rt_alloc(&rt_type_raw, 4096);
    put_int("alloc ", o != 0 && (uintptr_t)o >= 0x40000000u);
    i64 t0 = rt_monotonic_ns();
    for (volatile int i = 0; i < 10000; i++) {}
    put_int("clock ", rt_monotonic_ns() > t0);
    put_int("stack ", plat_stack_limit() > 0x40008000u);
#if FAULT == 1
    put_int("read ", *(volatile uint32_t *)0xf0000010u);
#elif FAULT == 2
    __builtin_trap();
#elif FAULT == 3
    extern uint32_t __stack_bottom[];
    __stack_bottom[3] = 0;
#endif
    rt_exit(7);
}
