/* time.c -- the clock and idling for the PVH platform, under QEMU or Xen.
 *
 * Xen: the clock is Xen's system time (the pvclock in the shared info page),
 * because that is what SCHEDOP_poll's timeout counts in; polling no port
 * blocks the vCPU until the timeout or until any event channel fires, with
 * no interrupt to handle.  QEMU: the TSC clock and the local APIC timer of
 * runtime/arch/x86_64/timer.c. */
#include "panic.h"
#include "platform.h"
#include "pvh.h"

static uint64_t xen_time(void)
{
    static volatile struct xen_vcpu_time_info *t;
    if (!t) {
        uint8_t *page = xen_shared_info();
        if (!page)
            rt_fatal("cannot map Xen's shared info page");
        t = (volatile struct xen_vcpu_time_info *)(page + 32);
    }
    uint32_t version;
    uint64_t ns;
    do {
        version = t->version;
        __asm__ volatile("" ::: "memory"); /* x86 keeps loads in order */
        uint64_t d = rdtsc() - t->tsc_timestamp;
        d = t->tsc_shift < 0 ? d >> -t->tsc_shift : d << t->tsc_shift;
        ns = t->system_time + (uint64_t)(((unsigned __int128)d * t->tsc_to_system_mul) >> 32);
        __asm__ volatile("" ::: "memory");
    } while ((version & 1) || version != t->version);
    return ns;
}

uint64_t plat_monotonic_ns(void)
{
    return xen_cpuid_base ? xen_time() : x86_tsc_ns();
}

/* No calendar is read (Xen's wallclock in the shared info is not yet). */
uint64_t plat_time_ns(void)
{
    return plat_monotonic_ns();
}

void plat_block_until(uint64_t deadline_ns)
{
    if (xen_cpuid_base) {
        struct xen_sched_poll poll = {0, 0, deadline_ns};
        xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_POLL, &poll);
        return;
    }
    x86_apic_idle((int64_t)(deadline_ns - plat_monotonic_ns()));
}
