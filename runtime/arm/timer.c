/* timer.c -- the monotonic clock from the ARM generic timer.
 *
 * The virtual count is used rather than the physical one because Xen lets a
 * guest read it without trapping; on bare metal the two differ by a constant.
 * Firmware sets CNTFRQ; 24 MHz is the Allwinner crystal if it did not. */
#include "platform.h"

uint64_t plat_monotonic_ns(void)
{
    uint32_t freq, lo, hi;
    __asm__ volatile("isb; mrrc p15, 1, %0, %1, c14" : "=r"(lo), "=r"(hi));
    __asm__("mrc p15, 0, %0, c14, c0, 0" : "=r"(freq));
    if (freq == 0)
        freq = 24000000;
    uint64_t ticks = (uint64_t)hi << 32 | lo;
    return ticks / freq * 1000000000u + ticks % freq * 1000000000u / freq;
}
