/* timer.c -- a monotonic clock and idling for x86-64 on bare (virtual)
 * hardware: the TSC and the local APIC timer.
 *
 * The TSC's rate is timed against the APIC timer, which QEMU runs at a
 * fixed 1 GHz (divide-by-1).  Idling arms that timer one-shot and halts
 * until its interrupt (vector APIC_TIMER_VECTOR, whose handler only
 * returns). */
#include "x86_64.h"

#define APIC ((volatile uint32_t *)0xfee00000)
#define APIC_EOI (0xb0 / 4)
#define APIC_SVR (0xf0 / 4)
#define APIC_LVT_TIMER (0x320 / 4)
#define APIC_INIT_COUNT (0x380 / 4)
#define APIC_COUNT (0x390 / 4)
#define APIC_DIVIDE (0x3e0 / 4)
#define APIC_ENABLE 0x100
#define LVT_MASKED 0x10000
#define DIVIDE_BY_1 0xb

static uint64_t tsc_hz(void)
{
    APIC[APIC_LVT_TIMER] = LVT_MASKED; /* one-shot */
    APIC[APIC_DIVIDE] = DIVIDE_BY_1;
    APIC[APIC_INIT_COUNT] = 0xffffffff;
    uint32_t c0 = APIC[APIC_COUNT], c1 = c0;
    uint64_t t0 = rdtsc();
    for (int i = 0; i < 10000000 && c0 - c1 < 1000000; i++)
        c1 = APIC[APIC_COUNT];
    uint64_t t1 = rdtsc();
    if (c0 == c1)
        return 1000000000; /* no APIC timer: assume 1 GHz */
    return (t1 - t0) * 1000000000 / (c0 - c1);
}

uint64_t x86_tsc_ns(void)
{
    static uint64_t ns_per_tick; /* 32.32 fixed point */
    if (!ns_per_tick)
        ns_per_tick = ((uint64_t)1000000000 << 32) / tsc_hz();
    return (uint64_t)(((unsigned __int128)rdtsc() * ns_per_tick) >> 32);
}

void x86_apic_idle(int64_t ns)
{
    APIC[APIC_SVR] = APIC_ENABLE | APIC_SPURIOUS_VECTOR;
    APIC[APIC_LVT_TIMER] = APIC_TIMER_VECTOR; /* one-shot, unmasked */
    APIC[APIC_INIT_COUNT] = ns < 1 ? 1 : ns > 0xffffffff ? 0xffffffff : (uint32_t)ns;
    /* sti takes effect after hlt has begun, so the interrupt cannot slip in
     * between and leave us halted; a longer wait comes back early. */
    __asm__ volatile("sti; hlt; cli" ::: "memory");
    APIC[APIC_EOI] = 0;
}
