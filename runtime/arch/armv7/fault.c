/* fault.c -- fatal CPU exceptions and the stack guard.
 *
 * The MMU stays off, so there are no guard pages: a canary below the stack
 * catches an overflow after the fact (checked on every fault and at exit),
 * and plat_stack_limit leaves slack above it so that compiled code's own
 * depth check fires first and runtime C frames still fit below that limit. */
#include "armv7.h"
#include "platform.h"
#include "unicc.h"

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

static void put(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    plat_write(2, s, n);
}

static void put_hex(const char *label, uint32_t v)
{
    char buf[8];
    for (int i = 7; i >= 0; i--, v >>= 4)
        buf[i] = "0123456789abcdef"[v & 15];
    put(label);
    plat_write(2, buf, 8);
}

static _Noreturn void die(void)
{
    put("\n");
    plat_exit(ARM_PANIC_STATUS);
}

void arm_check_stack(void)
{
    if (!stack_overflowed())
        return;
    rt_flush();
    put("panic: stack overflow");
    die();
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
    rt_flush(); /* the program's output comes before the crash report */
    put("panic: ");
    put(stack_overflowed() ? "stack overflow" : what[kind]);
    put_hex(" at 0x", pc);
    uint32_t far, fsr;
    if (kind == 2) {
        __asm__ volatile("mrc p15, 0, %0, c6, c0, 0" : "=r"(far));
        __asm__ volatile("mrc p15, 0, %0, c5, c0, 0" : "=r"(fsr));
        put_hex(" (DFAR=0x", far);
        put_hex(", DFSR=0x", fsr);
        put(")");
    } else if (kind == 1) {
        __asm__ volatile("mrc p15, 0, %0, c6, c0, 2" : "=r"(far));
        __asm__ volatile("mrc p15, 0, %0, c5, c0, 1" : "=r"(fsr));
        put_hex(" (IFAR=0x", far);
        put_hex(", IFSR=0x", fsr);
        put(")");
    }
    die();
}
