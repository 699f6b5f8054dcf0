/* start.c -- program entry and exit, sys.argv, and buffered console output.
 *
 * stdout is buffered and flushed at exit and before anything goes to
 * stderr, so a piped run prints the same two streams as CPython. */
#include "core.h"
#include "platform.h"

i64 rt_stack_limit;
rt_obj *rt_argv_list;
static int saved_argc;
static char **saved_argv;

static char outbuf[4096];
static size_t outlen;

static size_t cstrlen(const char *s) {
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

void rt_flush(void) {
    if (outlen)
        plat_write(1, outbuf, outlen);
    outlen = 0;
}

static void write_bytes(i64 fd, const char *p, size_t n) {
    if (fd != 1) {
        rt_flush();
        plat_write((int)fd, p, n);
        return;
    }
    if (outlen + n > sizeof outbuf)
        rt_flush();
    if (n >= sizeof outbuf) {
        plat_write(1, p, n);
        return;
    }
    for (size_t i = 0; i < n; i++)
        outbuf[outlen++] = p[i];
}

void rt_write_str(i64 fd, rt_obj *s) {
    write_bytes(fd, ((rt_str *)s)->data, (size_t)((rt_str *)s)->len);
}

/* print(): the text goes out as UTF-8, which a lone surrogate is not. */
void rt_print_str(i64 fd, rt_obj *s) {
    if (!rt_str_check_utf8(s))
        rt_write_str(fd, s);
}

void rt_write_cstr(i64 fd, const char *s) { write_bytes(fd, s, cstrlen(s)); }

_Noreturn void rt_exit(i64 status) {
    rt_flush();
    plat_exit((int)status);
}

i64 rt_monotonic_ns(void) { return (i64)plat_monotonic_ns(); }

i64 rt_time_ns(void) { return (i64)plat_time_ns(); }

/* What the program printed must be visible while it idles. */
void rt_block_until(i64 deadline_ns) {
    if (deadline_ns <= rt_monotonic_ns())
        return;
    rt_flush();
    plat_block_until((uint64_t)deadline_ns);
}

rt_obj *rt_sys_argv(void) {
    if (rt_argv_list)
        return rt_argv_list;
    rt_obj *l = rt_list_new(RT_OBJ, saved_argc);
    for (int i = 0; l && i < saved_argc; i++) {
        rt_obj *s = rt_str_new(saved_argv[i], (i64)cstrlen(saved_argv[i]));
        if (!s)
            return 0;
        rt_list_append(l, (rt_word)(uintptr_t)s);
    }
    rt_argv_list = l;
    return l;
}

/* SystemExit's code: None -> 0, int -> itself, anything else is printed. */
static _Noreturn void system_exit(rt_obj *code) {
    if (!code)
        rt_exit(0);
    if (code->type == &rt_type_int || code->type == &rt_type_bool)
        rt_exit((i64)((rt_box *)code)->v);
    rt_obj *s = rt_to_str((rt_word)(uintptr_t)code, RT_OBJ);
    if (s) {
        rt_write_str(2, s);
        rt_write_cstr(2, "\n");
    }
    rt_exit(1);
}

/* Compiled code raises RecursionError when its stack pointer drops below
 * rt_stack_limit; the margin above the platform's floor is room for the
 * runtime's own frames (the collector, printing the traceback). */
#define STACK_MARGIN (32 * 1024)

_Noreturn void rt_start(int argc, char **argv, void *heap, i64 heap_size) {
    saved_argc = argc;
    saved_argv = argv;
    rt_gc_init(heap, heap_size, __builtin_frame_address(0));
    uintptr_t floor = plat_stack_limit();
    rt_stack_limit = floor ? (i64)(floor + STACK_MARGIN) : 0;
    unicc_main();
    rt_obj *e = rt_exc;
    if (!e)
        rt_exit(0);
    rt_exc = 0;
    if (rt_isinstance(e, &rt_type_SystemExit))
        system_exit(rt_exc_code(e));
    rt_print_uncaught(e);
    rt_exit(1);
}
