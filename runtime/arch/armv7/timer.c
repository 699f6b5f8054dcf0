/* timer.c -- the monotonic clock and idling, from the ARM generic timer.
 *
 * The virtual count is used rather than the physical one because Xen lets a
 * guest read it without trapping; on bare metal the two differ by a constant.
 * Firmware sets CNTFRQ; 24 MHz is the Allwinner crystal if it did not.
 *
 * Idling arms the virtual timer (PPI 27, which Xen also gives its guests)
 * and waits in wfi with IRQs masked: a pending interrupt ends wfi whatever
 * CPSR.I says, so no IRQ vector is needed, only the GIC set to signal it. */
#include "armv7.h"
#include "platform.h"

#define NS 1000000000u
#define VTIMER_PPI 27
#define GICD_CTLR 0
#define GICD_ISENABLER0 (0x100 / 4)
#define GICC_CTLR 0
#define GICC_PMR (0x4 / 4)
#define GICC_IAR (0xc / 4)
#define GICC_EOIR (0x10 / 4)
#define GIC_SPURIOUS 1023

volatile uint32_t *arm_gicd, *arm_gicc;
void (*arm_idle_woken)(void);

static uint64_t counter_hz(void)
{
    uint32_t freq;
    __asm__("mrc p15, 0, %0, c14, c0, 0" : "=r"(freq));
    return freq ? freq : 24000000;
}

uint64_t plat_monotonic_ns(void)
{
    uint32_t lo, hi;
    __asm__ volatile("isb; mrrc p15, 1, %0, %1, c14" : "=r"(lo), "=r"(hi));
    uint64_t freq = counter_hz(), ticks = (uint64_t)hi << 32 | lo;
    return ticks / freq * NS + ticks % freq * NS / freq;
}

/* No calendar on the boards: the time counts from boot. */
uint64_t plat_time_ns(void)
{
    return plat_monotonic_ns();
}

static void set_vtimer_ctl(uint32_t ctl)
{
    __asm__ volatile("mcr p15, 0, %0, c14, c3, 1; isb" : : "r"(ctl));
}

void plat_block_until(uint64_t deadline_ns)
{
    if (!arm_gicd)
        return;
    arm_gicd[GICD_CTLR] = 1;
    arm_gicd[GICD_ISENABLER0] = 1u << VTIMER_PPI;
    arm_gicc[GICC_PMR] = 0xff; /* let every priority through */
    arm_gicc[GICC_CTLR] = 1;
    /* Round up: waking a tick early would only mean waiting again. */
    uint64_t freq = counter_hz();
    uint64_t cval = deadline_ns / NS * freq + (deadline_ns % NS * freq + NS - 1) / NS;
    __asm__ volatile("mcrr p15, 3, %0, %1, c14" : : "r"((uint32_t)cval),
                     "r"((uint32_t)(cval >> 32)));
    set_vtimer_ctl(1); /* enabled, not masked */
    __asm__ volatile("dsb; wfi" ::: "memory");
    set_vtimer_ctl(0);
    if (arm_idle_woken)
        arm_idle_woken();
    /* Complete the interrupt, else it would end the next wfi at once. */
    uint32_t iar = arm_gicc[GICC_IAR];
    if ((iar & 0x3ff) != GIC_SPURIOUS)
        arm_gicc[GICC_EOIR] = iar;
}
