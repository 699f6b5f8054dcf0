/* platform.h -- what every runtime/<platform>/ directory provides to the core.
 *
 * A platform is: an entry point (assembly or C) that sets up a stack, clears
 * .bss, enables the FPU, finds memory and calls rt_start(); a linker script;
 * and these few functions.  Nothing else in the runtime knows the platform.
 */
#ifndef UNICC_PLATFORM_H
#define UNICC_PLATFORM_H

#include <stddef.h>
#include <stdint.h>

/* Write bytes to the console.  fd 1 = stdout, 2 = stderr (on a board both
 * go to the same console). */
void plat_write(int fd, const char *buf, size_t len);

/* End the program with an exit status (semihosting / isa-debug-exit /
 * SCHEDOP_shutdown / exit_group).  Never returns. */
_Noreturn void plat_exit(int status);

/* Monotonic clock in nanoseconds since an arbitrary origin. */
uint64_t plat_monotonic_ns(void);

/* Calendar time (time.time()) in nanoseconds since 1970-01-01 UTC, where the
 * platform has a calendar clock; elsewhere plat_monotonic_ns(), as though it
 * booted at the epoch. */
uint64_t plat_time_ns(void);

/* Idle the CPU until plat_monotonic_ns() reaches deadline_ns or an event
 * arrives; returning early is allowed, late is not.  Called only with a
 * deadline in the future. */
void plat_block_until(uint64_t deadline_ns);

/* Lowest address the stack may grow to (for the overflow check), or 0 if
 * unknown. */
uintptr_t plat_stack_limit(void);

#endif
