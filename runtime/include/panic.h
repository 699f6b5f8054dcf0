/* panic.h -- how the runtime stops on an error it cannot raise as a Python
 * exception: one "panic: ..." line on stderr, then exit status RT_EXIT_PANIC.
 *
 * core/panic.c is the one place that formats that line.  The core's
 * rt_panic (unicc.h) adds a source location; a platform's fault handler
 * (CPU exception, signal, failed boot step) writes its own details with the
 * pieces below.  Nothing here allocates: the heap may be what broke. */
#ifndef UNICC_PANIC_H
#define UNICC_PANIC_H

#include <stdint.h>

/* The runtime's own failure status on every target (EX_SOFTWARE of
 * sysexits.h); a Python program's errors end with 1, SystemExit with its code. */
#define RT_EXIT_PANIC 70

/* "panic: " on stderr, after what the program had printed to stdout. */
void rt_panic_begin(void);
void rt_panic_str(const char *s);
void rt_panic_dec(uint64_t v);
void rt_panic_hex(uint64_t v, int min_digits); /* "0x" and at least min_digits digits */
/* Ends the line and the program with RT_EXIT_PANIC. */
_Noreturn void rt_panic_end(void);

/* The whole line at once: "panic: <msg>". */
_Noreturn void rt_fatal(const char *msg);

#endif
