/* time.c -- the clock and idling for the PVH platform, under QEMU or Xen.
 *
 * Xen: the clock is Xen's system time (the pvclock in the shared info page),
 * because that is what SCHEDOP_poll's timeout counts in; polling no port
 * blocks the vCPU until the timeout or until any event channel fires, with
 * no interrupt to handle.  QEMU: the clock is the TSC, timed against the
 * local APIC timer, which QEMU runs at a fixed 1 GHz (divide-by-1); idling
 * arms that timer one-shot and halts until its interrupt. */
#include "panic.h"
#include "platform.h"
#include "pvh.h"
#include "../../xen/xen.h"

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

static uint64_t xen_time(void)
{
    static uint8_t page[4096] __attribute__((aligned(4096)));
    static volatile struct xen_vcpu_time_info *t;
    if (!t) {
        struct xen_add_to_physmap map = {XEN_DOMID_SELF, 0, XEN_MAPSPACE_SHARED_INFO, 0,
                                         (uint64_t)page >> 12};
        if (xen_hypercall(XEN_HC_MEMORY_OP, XEN_XENMEM_ADD_TO_PHYSMAP, &map) != 0)
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

uint64_t plat_monotonic_ns(void)
{
    static uint64_t ns_per_tick; /* 32.32 fixed point */
    if (xen_cpuid_base)
        return xen_time();
    if (!ns_per_tick)
        ns_per_tick = ((uint64_t)1000000000 << 32) / tsc_hz();
    return (uint64_t)(((unsigned __int128)rdtsc() * ns_per_tick) >> 32);
}

void plat_block_until(uint64_t deadline_ns)
{
    if (xen_cpuid_base) {
        struct xen_sched_poll poll = {0, 0, deadline_ns};
        xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_POLL, &poll);
        return;
    }
    int64_t ns = (int64_t)(deadline_ns - plat_monotonic_ns());
    APIC[APIC_SVR] = APIC_ENABLE | APIC_SPURIOUS_VECTOR;
    APIC[APIC_LVT_TIMER] = APIC_TIMER_VECTOR; /* one-shot, unmasked */
    APIC[APIC_INIT_COUNT] = ns < 1 ? 1 : ns > 0xffffffff ? 0xffffffff : (uint32_t)ns;
    /* sti takes effect after hlt has begun, so the interrupt cannot slip in
     * between and leave us halted; a longer wait comes back early. */
    __asm__ volatile("sti; hlt; cli" ::: "memory");
    APIC[APIC_EOI] = 0;
}
