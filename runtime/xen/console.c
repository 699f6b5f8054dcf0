/* console.c -- the PV console ring and the end of a Xen guest, shared by the
 * x86-64 PVH and 32-bit ARM platforms.
 *
 * The console page and its event channel come from HVM params 17/18; the
 * guest writes into the ring's out half and kicks xenconsoled through the
 * event channel.  Xen's shutdown carries no exit status, so the status is
 * printed as a last line "EXIT=<n>" that the harness reads. */
#include "platform.h"
#include "xen.h"

static volatile struct xen_console *ring;
static uint32_t ring_port;

uint64_t xen_hvm_param(uint32_t index)
{
    struct xen_hvm_param p = {XEN_DOMID_SELF, index, 0};
    return xen_hypercall(XEN_HC_HVM_OP, XEN_HVMOP_GET_PARAM, &p) == 0 ? p.value : 0;
}

static void notify(void)
{
    uint32_t port = ring_port;
    xen_hypercall(XEN_HC_EVENT_CHANNEL_OP, XEN_EVTCHNOP_SEND, &port);
}

static void yield(void)
{
    xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_YIELD, 0);
}

int xen_console_attach(uint64_t max_pfn)
{
    uint64_t pfn = xen_hvm_param(XEN_HVM_PARAM_CONSOLE_PFN);
    if (pfn == 0 || pfn >= max_pfn)
        return 0;
    ring_port = (uint32_t)xen_hvm_param(XEN_HVM_PARAM_CONSOLE_EVTCHN);
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
        XEN_RING_BARRIER(); /* read out_cons before reusing slots */
        uint32_t n = len < space ? (uint32_t)len : space;
        for (uint32_t i = 0; i < n; i++)
            ring->out[(prod + i) % size] = buf[i];
        XEN_RING_BARRIER(); /* data before the index */
        ring->out_prod = prod + n;
        buf += n;
        len -= n;
    }
    notify();
}

void xen_print_exit(int status)
{
    char buf[16], *p = buf + sizeof buf;
    unsigned v = status < 0 ? 0u - (unsigned)status : (unsigned)status;
    *--p = '\n';
    do
        *--p = (char)('0' + v % 10);
    while (v /= 10);
    if (status < 0)
        *--p = '-';
    plat_write(1, "EXIT=", 5);
    plat_write(1, p, (size_t)(buf + sizeof buf - p));
}

/* Lets xenconsoled drain the ring before the domain disappears. */
_Noreturn void xen_shutdown(int status)
{
    for (int i = 0; ring && ring->out_cons != ring->out_prod && i < 100000; i++)
        yield();
    uint32_t reason = status == 0 ? XEN_SHUTDOWN_POWEROFF : XEN_SHUTDOWN_CRASH;
    for (;;)
        xen_hypercall(XEN_HC_SCHED_OP, XEN_SCHEDOP_SHUTDOWN, &reason);
}
