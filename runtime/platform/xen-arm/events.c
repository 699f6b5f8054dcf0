/* events.c -- event channels end the idle wfi of a xen-arm guest.
 *
 * Xen signals a domU's events with PPI 31 (GUEST_EVTCHN_PPI, arch-arm.h),
 * raised when vcpu 0's evtchn_upcall_pending goes from 0 to 1.  The guest
 * takes no IRQs: the PPI enabled in the GIC is enough to end timer.c's wfi,
 * and after each wake the upcall flags are cleared (xen_events_rearm) so
 * that the next event raises it again.  Until a driver uses event channels
 * the PPI stays disabled, as before. */
#include "xen-arm.h"

#define GICD_ISENABLER0 (0x100 / 4)
#define EVTCHN_PPI 31

void xen_events_used(void)
{
    if (!arm_gicd)
        return; /* no GIC known: the idle loop polls anyway */
    arm_idle_woken = xen_events_rearm;
    arm_gicd[GICD_ISENABLER0] = 1u << EVTCHN_PPI;
}
