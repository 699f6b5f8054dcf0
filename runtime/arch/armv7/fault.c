/* fault.c -- fatal CPU exceptions and the stack guard.
 *
 * The MMU stays off, so there are no guard pages: a canary below the stack
 * catches an overflow after the fact (checked on every fault and at exit),
 * and plat_stack_limit leaves slack above it so that compiled code's own
 * depth check fires first and runtime C frames still fit below that limit. */
#include "armv7.h"
#include "panic.h"
#include "platform.h"

extern uint32_t __stack_bottom[]; /* from link.ld */

#define GUARD_WORDS 64
#define CANARY 0xdeadc0deu
#define SLACK 16384

uintptr_t plat_stack_limit(void)
{
    return (uintptr_t)(__stack_bottom + GUARD_WORDS) + SLACK;
}

void arm_guard_stack(void)
{
    for (int i = 0; i < GUARD_WORDS; i++)
        __stack_bottom[i] = CANARY;
}

/* Re-plants the canary so that the exit path's own check passes. */
static int stack_overflowed(void)
{
    for (int i = 0; i < GUARD_WORDS; i++)
        if (__stack_bottom[i] != CANARY) {
            arm_guard_stack();
            return 1;
        }
    return 0;
}

static void put_hex(const char *label, uint32_t v)
{
    rt_panic_str(label);
    rt_panic_hex(v, 8);
}

void arm_check_stack(void)
{
    if (stack_overflowed())
        rt_fatal("stack overflow");
}

_Noreturn void arm_fault(int kind, uint32_t pc)
{
    static const char *const what[] = {
        "undefined instruction", "prefetch abort", "data abort",
        "unexpected exception",
    };
    static int nested;
    if (nested++)
        arm_halt(); /* the console or the exit path itself faulted */
    rt_panic_begin();
    rt_panic_str(stack_overflowed() ? "stack overflow" : what[kind]);
    put_hex(" at ", pc);
    uint32_t far, fsr;
    if (kind == 2) {
        __asm__ volatile("mrc p15, 0, %0, c6, c0, 0" : "=r"(far));
        __asm__ volatile("mrc p15, 0, %0, c5, c0, 0" : "=r"(fsr));
        put_hex(" (DFAR=", far);
        put_hex(", DFSR=", fsr);
        rt_panic_str(")");
    } else if (kind == 1) {
        __asm__ volatile("mrc p15, 0, %0, c6, c0, 2" : "=r"(far));
        __asm__ volatile("mrc p15, 0, %0, c5, c0, 1" : "=r"(fsr));
        put_hex(" (IFAR=", far);
        put_hex(", IFSR=", fsr);
        rt_panic_str(")");
    }
    rt_panic_end();
}
