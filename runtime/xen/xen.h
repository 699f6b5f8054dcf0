/* xen.h -- the few pieces of the Xen guest ABI the runtime uses, and what
 * runtime/xen/ gives the two Xen platforms (x86-64 PVH and 32-bit ARM).
 *
 * Values from Xen's public headers (xen.h, hvm/start_info.h, hvm/params.h,
 * io/console.h, sched.h, event_channel.h); architecture-neutral. */
#ifndef UNICC_XEN_H
#define UNICC_XEN_H

#include <stddef.h>
#include <stdint.h>

/* Provided by each Xen platform: its hypercall instruction (x86: the
 * hypercall page; ARM: hvc), with three arguments. */
long xen_hypercall3(unsigned nr, uintptr_t a1, void *a2, uintptr_t a3);

static inline long xen_hypercall(unsigned nr, uintptr_t a1, void *a2)
{
    return xen_hypercall3(nr, a1, a2, 0);
}

/* xen/guest.c: the shared info page, mapped on first use (NULL if Xen
 * refuses); the clock (x86) and the event channels of stdlib read it. */
void *xen_shared_info(void);
/* Called once, when a driver first asks where the event channels' bits
 * are (a weak no-op: x86's SCHEDOP_poll needs nothing; xen-arm enables its
 * event-channel PPI). */
void xen_events_used(void);
/* Clears vcpu 0's evtchn_upcall_pending, then its evtchn_pending_sel:
 * Xen raises the upcall (ARM: the PPI) for a port only while both are
 * clear.  The ports' own pending bits are the drivers'. */
void xen_events_rearm(void);

/* xen/console.c */
uint64_t xen_hvm_param(uint32_t index);            /* 0 when Xen refuses */
int xen_console_attach(uint64_t max_pfn);          /* 0: no PV console below max_pfn */
void xen_console_write(const char *buf, size_t len);
void xen_print_exit(int status);                   /* "EXIT=<n>": Xen's shutdown carries no code */
_Noreturn void xen_shutdown(int status);           /* after the console ring drained */

/* Orders the ring's data before its index (and the consumer's index before
 * reusing slots): x86 keeps stores in order, ARM needs a barrier. */
#if defined(__arm__)
#define XEN_RING_BARRIER() __asm__ volatile("dmb" ::: "memory")
#else
#define XEN_RING_BARRIER() __asm__ volatile("" ::: "memory")
#endif

/* Hypercall numbers. */
#define XEN_HC_MEMORY_OP 12
#define XEN_HC_SCHED_OP 29
#define XEN_HC_EVENT_CHANNEL_OP 32
#define XEN_HC_HVM_OP 34

#define XEN_SCHEDOP_YIELD 0
#define XEN_SCHEDOP_SHUTDOWN 2
#define XEN_SCHEDOP_POLL 3
#define XEN_SHUTDOWN_POWEROFF 0
#define XEN_SHUTDOWN_CRASH 3

#define XEN_EVTCHNOP_SEND 4

#define XEN_HVMOP_GET_PARAM 1
#define XEN_HVM_PARAM_CONSOLE_PFN 17
#define XEN_HVM_PARAM_CONSOLE_EVTCHN 18
#define XEN_DOMID_SELF 0x7ff0

struct xen_hvm_param {
    uint16_t domid;
    uint32_t index;
    uint64_t value;
};

/* Block until one of `ports` is pending, or any event channel fires when
 * there are none, or Xen's system time reaches `timeout` (0: never). */
struct xen_sched_poll {
    uint64_t ports; /* guest handle: a pointer in 64 bits */
    uint32_t nr_ports;
    uint64_t timeout;
};

/* Map the shared info page (space 0) at guest frame gpfn. */
#define XEN_XENMEM_ADD_TO_PHYSMAP 7
#define XEN_MAPSPACE_SHARED_INFO 0

struct xen_add_to_physmap {
    uint16_t domid, size;
    uint32_t space;
    uint64_t idx, gpfn;
};

/* vcpu 0's clock in the shared info page (at offset 32 on x86): system
 * time in ns = system_time + ((tsc - tsc_timestamp) << shift) * mul / 2^32,
 * valid while version is even and unchanged. */
struct xen_vcpu_time_info {
    uint32_t version, pad0;
    uint64_t tsc_timestamp, system_time;
    uint32_t tsc_to_system_mul;
    int8_t tsc_shift;
    uint8_t flags, pad1[2];
};

/* The PV console page: xenconsoled consumes `out`, we produce it. */
struct xen_console {
    char in[1024];
    char out[2048];
    uint32_t in_cons, in_prod;
    uint32_t out_cons, out_prod;
};

/* PVH boot: %ebx points to this at the 32-bit entry (x86 only). */
#define XEN_HVM_START_MAGIC 0x336ec578
#define XEN_E820_RAM 1

struct xen_start_info {
    uint32_t magic, version, flags, nr_modules;
    uint64_t modlist_paddr, cmdline_paddr, rsdp_paddr;
    uint64_t memmap_paddr; /* version >= 1 */
    uint32_t memmap_entries, reserved;
};

struct xen_memmap_entry {
    uint64_t addr, size;
    uint32_t type, reserved;
};

#endif
