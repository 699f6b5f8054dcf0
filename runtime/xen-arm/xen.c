/* xen.c -- the Xen interface a 32-bit ARM guest needs: hypercalls, the PV
 * console ring and shutdown (ABI values shared with x86 in ../xen/xen.h).
 *
 * The console page and its event channel come from HVM params 17/18; the
 * guest writes into the ring's out half and kicks xenconsoled.  The MMU is
 * off, so guest-physical addresses are used as pointers (fine under TCG; real
 * hardware would need the ring mapped cacheable, as Xen and dom0 map it). */
#include "xen-arm.h"
#include "../xen/xen.h"

static volatile struct xen_console *ring;
static uint32_t ring_port;

/* hvc #0xEA1 with the call number in r12; Xen may clobber r1-r4. */
static int32_t hypercall(uint32_t nr, uint32_t a1, void *a2)
{
    register uint32_t r0 __asm__("r0") = a1;
    register void *r1 __asm__("r1") = a2;
    register uint32_t r12 __asm__("r12") = nr;
    __asm__ volatile(".arch_extension virt\n\thvc #0xea1"
                     : "+r"(r0), "+r"(r1), "+r"(r12)
                     :
                     : "r2", "r3", "r4", "memory");
    return (int32_t)r0;
}

static uint64_t hvm_param(uint32_t index)
{
    struct xen_hvm_param p = {XEN_DOMID_SELF, index, 0};
    return hypercall(XEN_HC_HVM_OP, XEN_HVMOP_GET_PARAM, &p) == 0 ? p.value : 0;
}

static void notify(void)
{
    uint32_t port = ring_port;
    hypercall(XEN_HC_EVENT_CHANNEL_OP, XEN_EVTCHNOP_SEND, &port);
}

static void yield(void)
{
    hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_YIELD, 0);
}

int xen_console_init(void)
{
    uint64_t pfn = hvm_param(XEN_HVM_PARAM_CONSOLE_PFN);
    if (pfn == 0 || pfn >= (1u << 20)) /* above 4 GiB: unreachable, MMU off */
        return 0;
    ring_port = (uint32_t)hvm_param(XEN_HVM_PARAM_CONSOLE_EVTCHN);
    ring = (volatile struct xen_console *)(uintptr_t)(pfn << 12);
    return 1;
}

void xen_console_write(const char *buf, size_t len)
{
    const uint32_t size = sizeof ring->out;
    while (len > 0) {
        uint32_t prod = ring->out_prod;
        uint32_t space = size - (prod - ring->out_cons);
        if (space == 0) {
            notify();
            yield();
            continue;
        }
        __asm__ volatile("dmb" ::: "memory"); /* read out_cons before reusing slots */
        uint32_t n = len < space ? (uint32_t)len : space;
        for (uint32_t i = 0; i < n; i++)
            ring->out[(prod + i) % size] = buf[i];
        __asm__ volatile("dmb" ::: "memory"); /* data before the index */
        ring->out_prod = prod + n;
        buf += n;
        len -= n;
    }
    notify();
}

/* Lets xenconsoled drain the ring before the domain disappears. */
_Noreturn void xen_shutdown(int status)
{
    for (int i = 0; ring && ring->out_cons != ring->out_prod && i < 100000; i++)
        yield();
    uint32_t reason = status == 0 ? XEN_SHUTDOWN_POWEROFF : XEN_SHUTDOWN_CRASH;
    for (;;)
        hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_SHUTDOWN, &reason);
}
