/* guest.c -- what the Xen drivers of stdlib/unicc_devices/xen/ cannot say
 * in Python: the hypercall instruction with three word arguments, where
 * the event channels' bits are in the shared info page, and a
 * compare-and-swap on memory Xen writes at the same time; and, for the
 * idle loop, re-arming the upcall that ends it (xen_events_rearm).
 * Everything else (the hypercalls' structures, rings, xenstore) is in the
 * subset.  Loads and stores of shared pages are unicc_devices.mmio's. */
#include "unicc.h"
#include "xen.h"

static uint8_t page[4096] __attribute__((aligned(4096)));
static int mapped;

void *xen_shared_info(void)
{
    if (!mapped) {
        struct xen_add_to_physmap map = {XEN_DOMID_SELF, 0, XEN_MAPSPACE_SHARED_INFO, 0,
                                         (uint64_t)(uintptr_t)page >> 12};
        if (xen_hypercall(XEN_HC_MEMORY_OP, XEN_XENMEM_ADD_TO_PHYSMAP, &map) != 0)
            return NULL;
        mapped = 1;
    }
    return page;
}

/* a2 is a pointer (a structure in a bytearray, see rt_mmio_addr) or 0. */
i64 rt_xen_hypercall(i64 nr, i64 a1, i64 a2, i64 a3)
{
    return xen_hypercall3((unsigned)nr, (uintptr_t)a1, (void *)(uintptr_t)a2, (uintptr_t)a3);
}

/* The address of the event channels' pending bits in the shared info
 * page (port n: bit n % 32 of the n / 32-th 32-bit word; the mask bits
 * follow 512 bytes later), or 0 when Xen refused to map it.  After the
 * legacy vcpu_info array: 32 entries of 64 bytes on x86, one of 48 on ARM. */
i64 rt_xen_event_bits(void)
{
#if defined(__arm__)
    const uintptr_t offset = 48;
#else
    const uintptr_t offset = 2048;
#endif
    static int used;
    if (!xen_shared_info())
        return 0;
    if (!used) {
        used = 1;
        xen_events_used();
    }
    return (i64)(uintptr_t)(page + offset);
}

__attribute__((weak)) void xen_events_used(void) {}

/* vcpu_info[0] starts the page: upcall_pending (byte 0), pending_sel
 * (the 64-bit word at 8) on both architectures. */
void xen_events_rearm(void)
{
    if (!mapped)
        return;
    __atomic_store_n(&page[0], 0, __ATOMIC_SEQ_CST);
    __atomic_store_n((uint32_t *)(page + 8), 0, __ATOMIC_SEQ_CST);
    __atomic_store_n((uint32_t *)(page + 12), 0, __ATOMIC_SEQ_CST);
}

/* Atomically: if the 32-bit word at addr holds `expected`, store `value`.
 * Returns what the word held (== expected: stored).  Bit operations on
 * event channels and grant entries that Xen writes at the same time. */
i64 rt_xen_cmpxchg32(i64 addr, i64 expected, i64 value)
{
    uint32_t old = (uint32_t)expected;
    __atomic_compare_exchange_n((uint32_t *)(uintptr_t)addr, &old, (uint32_t)value, 0,
                                __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return old;
}
