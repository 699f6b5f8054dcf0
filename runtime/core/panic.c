/* panic.c -- the one place that writes a "panic: ..." line and exits with
 * RT_EXIT_PANIC (panic.h): the core's rt_panic with its source location, and
 * the pieces the platforms' fault handlers build their lines from.
 *
 * Everything goes straight to plat_write: no allocation, no formatting
 * buffer, so a panic still comes out when the heap or the stack is what
 * failed. */
#include "panic.h"
#include "platform.h"
#include "unicc.h"

void rt_panic_str(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    plat_write(2, s, n);
}

/* A fault inside the flush (a broken console) must not flush again. */
void rt_panic_begin(void)
{
    static int panicking;
    if (!panicking++)
        rt_flush(); /* the program's output comes before the crash report */
    rt_panic_str("panic: ");
}

static void put_digits(uint64_t v, unsigned base, int min_digits)
{
    char buf[24], *p = buf + sizeof buf;
    do
        *--p = "0123456789abcdef"[v % base];
    while ((v /= base) || buf + sizeof buf - p < min_digits);
    plat_write(2, p, (size_t)(buf + sizeof buf - p));
}

void rt_panic_dec(uint64_t v) { put_digits(v, 10, 1); }

void rt_panic_hex(uint64_t v, int min_digits)
{
    rt_panic_str("0x");
    put_digits(v, 16, min_digits);
}

_Noreturn void rt_panic_end(void)
{
    rt_panic_str("\n");
    plat_exit(RT_EXIT_PANIC);
}

_Noreturn void rt_fatal(const char *msg)
{
    rt_panic_begin();
    rt_panic_str(msg);
    rt_panic_end();
}

/* An internal error of the runtime, with the C source line that found it. */
_Noreturn void rt_panic(const char *msg, const char *file, i64 line)
{
    rt_panic_begin();
    rt_panic_str(msg);
    rt_panic_str(" at ");
    rt_panic_str(file);
    rt_panic_str(":");
    rt_panic_dec((uint64_t)line);
    rt_panic_end();
}
